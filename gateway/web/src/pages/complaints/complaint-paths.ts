export const complaintPaths = {
  inbox: "/klagomal",
  register: "/klagomal/ta-emot",
  complaint: (id: string) => `/klagomal/${encodeURIComponent(id)}`,
};
