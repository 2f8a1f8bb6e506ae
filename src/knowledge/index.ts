import { loadAdminRegister, type AdminRegister } from "./admin.ts";
import { loadClusters, loadHistoricalNames, loadLines, loadStopList, type ClusterSystem, type HistoricalName, type LineKnowledge, type StopList } from "./curated.ts";
import { loadRegions, type RegionFact } from "./regions.ts";

export type { AdminRegister, AdminType, AdminUnit } from "./admin.ts";
export type { RegionFact } from "./regions.ts";
export type { ClusterMember, ClusterSystem, HistoricalName, LineKnowledge, StopList } from "./curated.ts";

/** Everything the extractor and resolver know before reading a document. Loaded once per run. */
export interface Knowledge {
  admin: AdminRegister;
  regions: RegionFact[];
  clusters: ClusterSystem[];
  lines: LineKnowledge;
  historicalNames: HistoricalName[];
  stop: StopList;
}

export function loadKnowledge(): Knowledge {
  return {
    admin: loadAdminRegister(),
    regions: loadRegions(),
    clusters: loadClusters(),
    lines: loadLines(),
    historicalNames: loadHistoricalNames(),
    stop: loadStopList(),
  };
}
