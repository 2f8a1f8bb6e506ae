import { loadAdminRegister, type AdminRegister } from "./admin.ts";
import { loadRegions, type RegionFact } from "./regions.ts";

export type { AdminRegister, AdminType, AdminUnit } from "./admin.ts";
export type { RegionFact } from "./regions.ts";

/** Everything the extractor and resolver know before reading a document. Loaded once per run. */
export interface Knowledge {
  admin: AdminRegister;
  regions: RegionFact[];
}

export function loadKnowledge(): Knowledge {
  return { admin: loadAdminRegister(), regions: loadRegions() };
}
