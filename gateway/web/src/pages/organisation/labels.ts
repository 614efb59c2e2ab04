import { Role, Verksamhetsform } from "../../gen/ledningssystem/common/v1/organization_pb";

/** The Swedish names of the organisation's roles and verksamhetsformer (docs/organizations.md, docs/identity.md). */
export const roleLabels: Record<Role, string> = {
  [Role.UNSPECIFIED]: "Okänd",
  [Role.EMPLOYEE]: "Medarbetare",
  [Role.LICENSED_PROFESSIONAL]: "Legitimerad personal",
  [Role.UNIT_MANAGER]: "Enhetschef",
  [Role.AREA_MANAGER]: "Områdeschef",
  [Role.HEALTH_CARE_MANAGER]: "Verksamhetschef HSL",
  [Role.MAS]: "MAS",
  [Role.MAR]: "MAR",
  [Role.QUALITY_DEVELOPER]: "Kvalitetsutvecklare",
  [Role.ADMINISTRATION_HEAD]: "Förvaltningschef",
  [Role.COMMITTEE]: "Nämnd",
  [Role.TENANT_ADMIN]: "Administratör",
  [Role.REGION_ADMIN]: "Regionadministratör",
};

export const verksamhetsformLabels: Record<Verksamhetsform, string> = {
  [Verksamhetsform.UNSPECIFIED]: "Ospecificerad",
  [Verksamhetsform.SOL]: "Socialtjänst (SoL)",
  [Verksamhetsform.ALDREOMSORG]: "Äldreomsorg",
  [Verksamhetsform.HVB]: "HVB",
  [Verksamhetsform.STODBOENDE]: "Stödboende",
  [Verksamhetsform.SKYDDAT_BOENDE]: "Skyddat boende",
  [Verksamhetsform.LSS]: "LSS",
  [Verksamhetsform.HSL]: "Hälso- och sjukvård (HSL)",
  [Verksamhetsform.LVU]: "LVU",
  [Verksamhetsform.LVM]: "LVM",
};
