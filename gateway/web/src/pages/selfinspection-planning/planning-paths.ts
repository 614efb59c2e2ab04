export const planningPaths = {
  plans: "/egenkontroll/planer",
  plan: (id: string) => `/egenkontroll/planer/${encodeURIComponent(id)}`,
  checklists: "/egenkontroll/checklistor",
  checklist: (id: string) => `/egenkontroll/checklistor/${encodeURIComponent(id)}`,
};
