/** The Reporting service's pages (docs/web.md). */
export const reportingPaths = {
  statistics: "/statistik",
  council: "/kvalitetsrad",
  jointAnalysis: "/halvarsanalys",
  annualReports: "/berattelse",
  annualReport: (id: string) => `/berattelse/${encodeURIComponent(id)}`,
  comparison: "/jamforelse",
};
