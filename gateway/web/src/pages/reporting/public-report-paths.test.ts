import { describe, expect, it } from "vitest";
import { AnnualReportKind } from "../../gen/ledningssystem/reporting/v1/annual_report_pb";
import { parsePublicReportPath, publicReportPaths } from "./public-report-paths";

describe("the public berättelse addresses", () => {
  it("name a provider's report by kind and year, and read back the same", () => {
    const path = publicReportPaths.report("aldrenamnden", AnnualReportKind.PATIENT_SAFETY, 2025);
    expect(path).toBe("/publicerade-berattelser/aldrenamnden/patientsakerhetsberattelse/2025");
    expect(parsePublicReportPath(path)).toEqual({ tenantId: "aldrenamnden", kind: AnnualReportKind.PATIENT_SAFETY, year: 2025 });
  });

  it("name the list of a provider and the page to choose one", () => {
    expect(parsePublicReportPath("/publicerade-berattelser/omsorg-ab")).toEqual({ tenantId: "omsorg-ab", kind: undefined, year: undefined });
    expect(parsePublicReportPath("/publicerade-berattelser")).toEqual({ tenantId: undefined, kind: undefined, year: undefined });
  });

  it("are not any other address", () => {
    expect(parsePublicReportPath("/berattelse/abc")).toBeNull();
    expect(parsePublicReportPath("/publicerade-berattelser/a/arsrapport/2025")).toBeNull();
  });
});
