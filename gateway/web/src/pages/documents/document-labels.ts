import { DocumentKind, DocumentRole, VersionStatus } from "../../gen/ledningssystem/documents/v1/documents_pb";

/** The library's order: what governs first (policy), then how (process, rutin …), the forms last. */
export const KIND_ORDER = [
  DocumentKind.POLICY, DocumentKind.PROCESS, DocumentKind.RUTIN, DocumentKind.RIKTLINJE,
  DocumentKind.INSTRUKTION, DocumentKind.CHECKLISTA, DocumentKind.BLANKETT,
];

export const kindLabels: Record<DocumentKind, string> = {
  [DocumentKind.UNSPECIFIED]: "Dokument",
  [DocumentKind.POLICY]: "Policy",
  [DocumentKind.PROCESS]: "Process",
  [DocumentKind.RUTIN]: "Rutin",
  [DocumentKind.RIKTLINJE]: "Riktlinje",
  [DocumentKind.BLANKETT]: "Blankett",
  [DocumentKind.CHECKLISTA]: "Checklista",
  [DocumentKind.INSTRUKTION]: "Instruktion",
};

/** The headings of the library's groups. */
export const kindPluralLabels: Record<DocumentKind, string> = {
  [DocumentKind.UNSPECIFIED]: "Övriga dokument",
  [DocumentKind.POLICY]: "Policyer",
  [DocumentKind.PROCESS]: "Processer",
  [DocumentKind.RUTIN]: "Rutiner",
  [DocumentKind.RIKTLINJE]: "Riktlinjer",
  [DocumentKind.BLANKETT]: "Blanketter",
  [DocumentKind.CHECKLISTA]: "Checklistor",
  [DocumentKind.INSTRUKTION]: "Instruktioner",
};

export const versionStatusLabels: Record<VersionStatus, string> = {
  [VersionStatus.UNSPECIFIED]: "Okänd",
  [VersionStatus.DRAFT]: "Utkast",
  [VersionStatus.FOR_REVIEW]: "För granskning",
  [VersionStatus.APPROVED]: "Godkänd",
  [VersionStatus.PUBLISHED]: "Gällande",
  [VersionStatus.SUPERSEDED]: "Ersatt",
  [VersionStatus.ARCHIVED]: "Arkiverad",
};

export const documentRoleLabels: Record<DocumentRole, string> = {
  [DocumentRole.UNSPECIFIED]: "Ingen",
  [DocumentRole.EMPLOYEE]: "Medarbetare",
  [DocumentRole.LICENSED_PROFESSIONAL]: "Legitimerad personal",
  [DocumentRole.UNIT_MANAGER]: "Enhetschef",
  [DocumentRole.AREA_MANAGER]: "Områdeschef",
  [DocumentRole.HEALTH_CARE_MANAGER]: "Verksamhetschef HSL",
  [DocumentRole.MAS]: "MAS",
  [DocumentRole.MAR]: "MAR",
  [DocumentRole.QUALITY_DEVELOPER]: "Kvalitetsutvecklare",
  [DocumentRole.ADMINISTRATION_HEAD]: "Förvaltningschef",
  [DocumentRole.COMMITTEE]: "Nämnd",
  [DocumentRole.TENANT_ADMIN]: "Administratör för huvudmannen",
};
