import { AnnualReportKind } from "../../gen/ledningssystem/reporting/v1/annual_report_pb";

/** The public pages of published berättelser, reached without logging in (like /synpunkter). */
const kindSlugs: Record<string, AnnualReportKind> = {
  patientsakerhetsberattelse: AnnualReportKind.PATIENT_SAFETY,
  kvalitetsberattelse: AnnualReportKind.QUALITY,
};

const root = "/publicerade-berattelser";

export const publicReportPaths = {
  root,
  list: (tenantId: string) => `${root}/${encodeURIComponent(tenantId)}`,
  report: (tenantId: string, kind: AnnualReportKind, year: number) =>
    `${root}/${encodeURIComponent(tenantId)}/${Object.keys(kindSlugs).find((slug) => kindSlugs[slug] === kind)}/${year}`,
};

export interface PublicReportAddress {
  tenantId?: string;
  kind?: AnnualReportKind;
  year?: number;
}

/** What a public address names: nothing (choose a provider), a provider, or one of its reports; null for another address. */
export function parsePublicReportPath(path: string): PublicReportAddress | null {
  const match = /^\/publicerade-berattelser(?:\/([^/]+)(?:\/([a-z]+)\/(\d{4}))?)?\/?$/.exec(path);
  if (!match) {
    return null;
  }
  const [, tenant, slug, year] = match;
  if (slug && !(slug in kindSlugs)) {
    return null;
  }
  return { tenantId: tenant ? decodeURIComponent(tenant) : undefined, kind: slug ? kindSlugs[slug] : undefined, year: year ? Number(year) : undefined };
}
