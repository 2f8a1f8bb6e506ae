import type { Extraction } from "../extract/index.ts";
import type { Knowledge } from "../knowledge/index.ts";
import { relationAllowed, SYMMETRIC_RELATIONS, type NodeType, type RelationType } from "../ontology/index.ts";
import { entityKey } from "./keys.ts";
import { nameKey } from "./names.ts";
import type { Occurrence, ResolvedEntity, ResolvedGraph, ResolvedRelation } from "./types.ts";

export type { Occurrence, ResolvedEntity, ResolvedGraph, ResolvedRelation } from "./types.ts";
export { entityKey } from "./keys.ts";

/**
 * Longest entity name kept, in UTF-16 units. Real names are short (the corpus's longest are
 * about 30); a run of digits or letters read as one name could reach kilobytes, and Neo4j cannot
 * index a property value over ~8 KB, so `hkg load` and graph.cypher would fail on it.
 */
export const MAX_NAME_LENGTH = 200;

/**
 * Merges every document's mentions into one entity per real thing, and adds what the register and
 * curated data know: parents of every administrative node up to its province, region membership.
 */
export function resolve(extractions: Extraction[], kb: Knowledge): ResolvedGraph {
  const entities = new Map<string, ResolvedEntity & { names: Set<string> }>();
  const relations = new Map<string, ResolvedRelation>();

  const entity = (type: NodeType, label: string, code: string | undefined, implied: boolean) => {
    const key = entityKey(type, label, code);
    let e = entities.get(key);
    if (!e) entities.set(key, (e = { key, type, label, aliases: [], code, implied, occurrences: [], names: new Set() }));
    if (!implied) e.implied = false;
    return e;
  };
  const relate = (type: RelationType, source: string, target: string, register: boolean, at?: Occurrence) => {
    if (source === target) return;
    if (SYMMETRIC_RELATIONS.has(type) && source > target) [source, target] = [target, source];
    const key = `${type}|${source}|${target}`;
    let r = relations.get(key);
    if (!r) relations.set(key, (r = { type, source, target, register, occurrences: [] }));
    if (!register) r.register = false;
    if (at) r.occurrences.push(at);
  };

  // mentions of one thing under different names share a key (resolve/names.ts); a name read as
  // different types in different places takes the type it is read as most often
  const typeVotes = new Map<string, Map<NodeType, number>>();
  const cityNames = new Set<string>();
  for (const [name, units] of kb.admin.byName) if (units.some((u) => u.type === "City")) cityNames.add(name);
  // counties and county-level cities, whose zones are named with their full or their short name
  // (a county of one character keeps 县 in every name: 丰县, 沛县, 单县)
  const countyNames = new Set<string>();
  for (const [name, units] of kb.admin.byName) if (/[县市区]$/.test(name) && name.length >= 2 && units.some((u) => u.type === "District" && !u.zone)) countyNames.add(name);
  // each city's counties by their short names (临沂: 河东, 兰山, 莒南…), for zones named with both
  const countiesOf = new Map<string, Set<string>>();
  for (const [, units] of kb.admin.byName) {
    for (const u of units) {
      if (u.type !== "District" || u.zone || !u.parent) continue;
      const city = kb.admin.byCode.get(u.parent);
      if (city?.type !== "City") continue;
      const short = city.name.replace(/市$/, "");
      const set = countiesOf.get(short) ?? new Set<string>();
      set.add(u.name.replace(/[区县市]$/, ""));
      countiesOf.set(short, set);
    }
  }
  // lines whose ends name both a conventional railway and a high-speed line (京沪铁路, 京沪高铁)
  const lineNames = new Set(kb.lines.lines.flatMap((l) => [l.name, ...(l.aliases ?? [])]));
  const twinLines = new Set([...lineNames].filter((n) => n.endsWith("铁路") && lineNames.has(n.replace(/铁路$/, "高铁"))).map((n) => n.replace(/铁路$/, "")));
  const keyed = extractions.map((ex) =>
    ex.mentions.map((m) => {
      const k = nameKey(m, ex.home, cityNames, countyNames, countiesOf, twinLines);
      if (!m.code) {
        const votes = typeVotes.get(k.key) ?? new Map<NodeType, number>();
        votes.set(m.type, (votes.get(m.type) ?? 0) + 1);
        typeVotes.set(k.key, votes);
      }
      return k;
    }),
  );
  const MERGEABLE = new Set<NodeType>(["Project", "Organization", "Zone", "Lab", "Infrastructure"]);
  // the votes are all in by now: each key's winner is counted once, not at each of its mentions
  const winners = new Map<string, NodeType | undefined>();
  const typeOf = (t: NodeType, key: string): NodeType => {
    if (!MERGEABLE.has(t)) return t;
    if (!winners.has(key)) {
      const votes = [...(typeVotes.get(key) ?? [])].filter(([x]) => MERGEABLE.has(x));
      votes.sort((a, b) => b[1] - a[1] || TYPE_RANK.indexOf(a[0]) - TYPE_RANK.indexOf(b[0]));
      winners.set(key, votes[0]?.[0]);
    }
    return winners.get(key) ?? t;
  };
  const labels = new Map<string, Map<string, boolean>>();
  for (const [d, ex] of extractions.entries()) {
    const keys = ex.mentions.map((m, i) => {
      if (m.name.length > MAX_NAME_LENGTH || (m.canonical?.length ?? 0) > MAX_NAME_LENGTH) return undefined;
      const k = keyed[d]![i]!;
      const type = typeOf(m.type, k.key);
      const e = entity(type, k.key, m.code, !!m.via);
      e.names.add(m.name);
      e.names.add(k.name);
      const l = labels.get(e.key) ?? new Map<string, boolean>();
      // (a name the text writes counts over one spelled out from a short form)
      l.set(k.name, (l.get(k.name) ?? false) || !k.derived);
      labels.set(e.key, l);
      if (!m.via) e.occurrences.push({ doc: ex.doc, sentence: m.sentence, start: m.start, end: m.end });
      return e.key;
    });
    for (const r of ex.relations) {
      if (keys[r.head] === undefined || keys[r.tail] === undefined) continue;
      const h = ex.mentions[r.head]!;
      const t = ex.mentions[r.tail]!;
      // evidence: the span covering both names where they share the sentence, else the head's name
      const same = h.sentence === t.sentence;
      relate(r.type, keys[r.head]!, keys[r.tail]!, false, { doc: ex.doc, sentence: r.sentence, start: same ? Math.min(h.start, t.start) : h.start, end: same ? Math.max(h.end, t.end) : h.end });
    }
  }
  // canonical name: the fullest form seen (the longest; the register's and curated data's names are already full)
  for (const [key, names] of labels) {
    const e = entities.get(key)!;
    if (e.code || e.type === "Region" || e.type === "IndustryCluster") continue;
    e.label = [...names].sort(([a, wa], [b, wb]) => Number(wb) - Number(wa) || b.length - a.length || cmp(a, b))[0]![0];
  }

  // cluster systems: every member cluster in the graph is part of each system in the graph that lists it
  for (const system of kb.clusters) {
    const s = entities.get(entityKey("IndustryCluster", system.name));
    if (!s) continue;
    for (const m of system.members) {
      const c = entities.get(entityKey("IndustryCluster", m.name));
      if (c) relate("PART_OF", c.key, s.key, true);
    }
  }

  // administrative containment from the register, parents added as implied nodes
  for (const e of [...entities.values()]) {
    if (!e.code) continue;
    // (a town the register files under a zone it administers, 平台街道 under 河南商丘经济开发区, is part of
    // the zone's city: the zone is no division, and the ontology puts towns in divisions)
    const chain = kb.admin.chain(e.code).filter((u, i) => i === 0 || !u.zone);
    for (let i = 0; i + 1 < chain.length; i++) {
      const child = chain[i]!;
      const parent = chain[i + 1]!;
      const c = entity(child.type, child.name, child.code, true);
      const p = entity(parent.type, parent.name, parent.code, true);
      relate("PART_OF", c.key, p.key, true);
    }
  }

  // membership of curated regions, for member cities present in the graph
  const citiesByName = new Map<string, string>();
  for (const e of entities.values()) if (e.type === "City") citiesByName.set(e.label, e.key);
  for (const region of kb.regions) {
    const members = (region.members?.cities ?? []).map((c) => citiesByName.get(c)).filter((k): k is string => !!k);
    if (!members.length) continue;
    const r = entity("Region", region.name, undefined, true);
    for (const m of members) relate("MEMBER_OF", m, r.key, true);
  }

  const out: ResolvedEntity[] = [...entities.values()].map(({ names, ...e }) => ({
    ...e,
    aliases: [...names].filter((n) => n !== e.label).sort(),
  }));
  return {
    entities: out.sort((a, b) => cmp(a.key, b.key)),
    // (a relation's map key is its type|source|target: sorted by the keys, not by strings built in each comparison)
    // (a relation read from text between types the ontology does not join is a misreading, and goes)
    relations: [...relations]
      .filter(([, r]) => r.register || relationAllowed(r.type, entities.get(r.source)!.type, entities.get(r.target)!.type))
      .sort((a, b) => cmp(a[0], b[0]))
      .map(([, r]) => r),
  };
}

const TYPE_RANK: NodeType[] = ["Project", "Organization", "Zone", "Lab", "Infrastructure"];

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
