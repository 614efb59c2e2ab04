export const riskPlanningPaths = {
  analyses: "/risker/analyser",
  analysis: (id: string) => `/risker/analyser/${encodeURIComponent(id)}`,
  rov: "/risker/vasentlighetsanalys",
  matrix: "/risker/matris",
};
