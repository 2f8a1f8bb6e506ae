import { readFileSync } from "node:fs";

const read = <T>(file: string): T => JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), "utf8")) as T;

export interface ClusterMember {
  name: string;
  aliases: string[];
  group?: string;
}

export interface ClusterSystem {
  name: string;
  aliases: string[];
  city?: string;
  source: string;
  members: ClusterMember[];
}

export interface LineKnowledge {
  /** register name → [lat, lng] of its seat */
  places: Record<string, [number, number]>;
  /** one character → the register names it can stand for */
  abbreviations: Record<string, string[]>;
  /** the provinces' one-character forms */
  provinces: { about: string; source: string; forms: string };
  /** lines whose name does not decode by abbreviation alone */
  lines: { name: string; aliases?: string[]; connects: string[]; source: string }[];
}

export interface HistoricalName {
  name: string;
  canonical: string;
  source: string;
}

export interface StopList {
  /** phrases that look like names but are generic (重大产业项目, 全国重点实验室) */
  generic: string[];
  /** words that introduce a name and are never part of it (推进, 加快建设) */
  leadIn: string[];
  /** words a project name made only of is generic (重点, 市级, 产业) */
  genericWords: string[];
  /** words that, right before 项目/工程, make the phrase a category of projects (补链, 签约, 重点) */
  projectModifiers: string[];
  /** titles and roles of people (市长, 院士, 记者): a name never holds one */
  titles: string[];
  /** words an organisation name made only of is generic (医疗事业集团, 县级国有融资平台公司) */
  genericOrgWords: string[];
  /** the trades a company's short name ends with after its brand (天合|光能, 蒙牛|乳业) */
  tradeWords: string[];
}

export const loadClusters = (): ClusterSystem[] => read<{ systems: ClusterSystem[] }>("clusters.json").systems;
export const loadLines = (): LineKnowledge => read<LineKnowledge>("line-abbreviations.json");
export const loadHistoricalNames = (): HistoricalName[] => read<{ names: HistoricalName[] }>("historical-names.json").names;
/** A division's short form that local writing uses for something else (牡丹: 菏泽's flower, not 牡丹区). */
export interface UnreadShortForm {
  name: string;
  division: string;
  source: string;
}

export const loadUnreadShortForms = (): UnreadShortForm[] => read<{ notPlaces: UnreadShortForm[] }>("short-forms.json").notPlaces;
export const loadStopList = (): StopList => read<StopList>("stoplist.json");

export interface KnownOrganization {
  name: string;
  aliases: string[];
  source: string;
}

export const loadOrganizations = (): KnownOrganization[] => read<{ organizations: KnownOrganization[] }>("organizations.json").organizations;

/**
 * A zone or port of the region known by forms no pattern reads (中哈基地), and by generic words that mean
 * it in a document about its city (自贸试验区 in a 连云港 report).
 */
export interface KnownZone {
  name: string;
  type: "Zone" | "Infrastructure";
  city: string;
  aliases: string[];
  homeAliases?: string[];
  source: string;
}

export const loadZones = (): KnownZone[] => read<{ zones: KnownZone[] }>("zones.json").zones;
