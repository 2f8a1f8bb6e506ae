import { loadAdminRegister, type AdminRegister } from "./admin.ts";
import { loadClusters, loadHistoricalNames, loadLines, loadOrganizations, loadStopList, loadUnreadShortForms, loadZones, type ClusterSystem, type HistoricalName, type KnownOrganization, type LineKnowledge, type StopList, type UnreadShortForm, type KnownZone } from "./curated.ts";
import { loadRegions, type RegionFact } from "./regions.ts";

export type { AdminRegister, AdminType, AdminUnit } from "./admin.ts";
export type { RegionFact } from "./regions.ts";
export type { ClusterMember, ClusterSystem, HistoricalName, KnownOrganization, KnownZone, LineKnowledge, StopList } from "./curated.ts";

/** Everything the extractor and resolver know before reading a document. Loaded once per run. */
export interface Knowledge {
  admin: AdminRegister;
  regions: RegionFact[];
  clusters: ClusterSystem[];
  lines: LineKnowledge;
  historicalNames: HistoricalName[];
  /** short forms not read as places (牡丹) */
  unreadShortForms: UnreadShortForm[];
  stop: StopList;
  organizations: KnownOrganization[];
  zones: KnownZone[];
}

let loaded: Knowledge | undefined;

/** The register and the curated data, read once per process (they are files of the package, not input). */
export function loadKnowledge(): Knowledge {
  return (loaded ??= {
    admin: loadAdminRegister(),
    regions: loadRegions(),
    clusters: loadClusters(),
    lines: loadLines(),
    historicalNames: loadHistoricalNames(),
    unreadShortForms: loadUnreadShortForms(),
    stop: loadStopList(),
    organizations: loadOrganizations(),
    zones: loadZones(),
  });
}
