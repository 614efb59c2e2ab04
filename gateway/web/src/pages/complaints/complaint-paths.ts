export const complaintPaths = {
  inbox: "/klagomal",
  complaint: (id: string) => `/klagomal/${encodeURIComponent(id)}`,
};
