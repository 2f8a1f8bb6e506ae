import type { Knowledge, AdminUnit } from "../knowledge/index.ts";
import type { NodeType } from "../ontology/index.ts";
import { Trie } from "./trie.ts";

export interface GazetteerEntry {
  type: NodeType;
  canonical: string;
  /** for administrative names: every division the name can denote; context picks one */
  units?: AdminUnit[];
}

// Endings a short form drops: 徐州市 → 徐州, 江苏省 → 江苏, 泉山区 → 泉山.
const SHORTENABLE = /^(.{2,})(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|地区|盟|区)$/;

/** The dictionary of names known before reading: the administrative register and curated regions. */
export function buildGazetteer(kb: Knowledge): Trie<GazetteerEntry> {
  const trie = new Trie<GazetteerEntry>();
  const names = new Map<string, GazetteerEntry>();
  const add = (name: string, entry: GazetteerEntry) => {
    const cur = names.get(name);
    if (!cur) names.set(name, entry);
    // a full name wins over someone else's short form
    else if (cur.canonical !== name && entry.canonical === name) names.set(name, entry);
  };
  const adminByName = kb.admin.byName;
  for (const [name, units] of adminByName) {
    const divisions = units.filter((u) => !u.zone);
    if (divisions.length) add(name, { type: divisions[0]!.type, canonical: name, units: divisions });
    const zones = units.filter((u) => u.zone);
    if (zones.length) add(name, { type: "Zone", canonical: name });
  }
  // short forms of provinces and prefecture-level cities, where they are not themselves a full name
  const shortCount = new Map<string, AdminUnit[]>();
  for (const u of kb.admin.byCode.values()) {
    if (u.zone || u.type === "Town" || u.type === "District") continue;
    const m = SHORTENABLE.exec(u.name);
    if (!m) continue;
    const short = u.name.endsWith("自治区") ? u.name.replace(/(壮族|回族|维吾尔)?自治区$/, "") : m[1]!;
    const list = shortCount.get(short) ?? [];
    list.push(u);
    shortCount.set(short, list);
  }
  for (const [short, units] of shortCount) {
    if (adminByName.has(short) || units.length !== 1) continue;
    add(short, { type: units[0]!.type, canonical: units[0]!.name, units });
  }
  for (const r of kb.regions) {
    add(r.name, { type: "Region", canonical: r.name });
    for (const a of r.aliases) add(a, { type: "Region", canonical: r.name });
  }
  for (const [name, entry] of names) trie.set(name, entry);
  return trie;
}
