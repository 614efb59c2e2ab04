export const riskPaths = {
  overview: "/risker",
  risk: (id: string) => `/risker/${encodeURIComponent(id)}`,
};
