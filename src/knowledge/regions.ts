import { readFileSync } from "node:fs";

export interface RegionFact {
  name: string;
  aliases: string[];
  source: string;
  members?: { cities: string[]; source: string };
}

const DATA = new URL("../../data/regions.json", import.meta.url);

/** Curated regions (data/regions.json): names, aliases, member cities, each with its source. */
export function loadRegions(): RegionFact[] {
  return (JSON.parse(readFileSync(DATA, "utf8")) as { regions: RegionFact[] }).regions;
}
