import type { LineKnowledge } from "../knowledge/index.ts";
import type { GazetteerEntry } from "./gazetteer.ts";
import type { Trie } from "./trie.ts";

const LINE_SUFFIX = /(高铁联络线|铁路联络线|城际铁路|高速铁路|普速铁路|客运专线|高速公路|快速通道|快速路|高铁|铁路|普铁|高速|公路|通道|运河|航道|客车联络线|联络线|线)$/;
const URBAN = /(地铁|号线|大道|快速路|绕城|绕越|环路|轨道交通)/;

export interface DecodedPlace {
  /** register name (徐州市, 台儿庄区) */
  name: string;
}

/**
 * The places a line name joins. 临沂至滕州高速: the places either side of 至; 徐州东部绕越高速: the place
 * it starts with; 徐连高铁, 淮宿蚌铁路: one place per character, each ambiguous character read as the
 * place that makes the shortest route in the order the name gives (data/line-abbreviations.json).
 * An urban line (地铁, 快速路) with no place in its name serves the document's home city.
 */
export function decodeLine(name: string, lines: LineKnowledge, gazetteer: Trie<GazetteerEntry>, home?: string): string[] {
  const listed = lines.lines.find((l) => l.name === name || l.aliases?.includes(name));
  if (listed) return listed.connects;
  // a named section (鲁南高铁菏泽至曲阜段) serves the places at its ends
  const section = /(城际铁路|高速铁路|高速公路|高铁|铁路|高速|公路)(.+)至(.+)段$/.exec(name);
  if (section) {
    const ends = [section[2]!, section[3]!].map((s) => gazetteer.get(s)).filter((h) => h?.units?.length === 1 && h.type !== "Province").map((h) => h!.canonical);
    if (ends.length === 2) return ends;
  }
  // (a note in brackets, 民权至砀山(豫皖界)高速公路, names a border or a station, not a place the line joins)
  const stem = lineStem(name.replace(/\([^()]*\)/g, ""));
  const place = (s: string): string | undefined => {
    const hit = gazetteer.get(s);
    return hit?.units?.length === 1 && hit.type !== "Province" ? hit.canonical : undefined;
  };
  // (an end of A至B is a place even where its short form is a common word the dictionary keeps: 民权 for 民权县)
  const end = (s: string): string | undefined => place(s) ?? ["县", "市", "区"].map((x) => place(s + x)).find((x) => x);
  const parts = stem.split(/至|到|—|-/);
  if (parts.length === 2) {
    const a = end(parts[0]!), b = end(parts[1]!);
    if (a && b) return [a, b];
  }
  // starts with a place name (徐州东部绕越, 徐州地铁3号线)
  for (let n = Math.min(stem.length, 5); n >= 2; n--) {
    const p = place(stem.slice(0, n));
    if (p) return [p];
  }
  // every character an abbreviation; one unknown (雄商高铁: 雄安 is no division) is passed over
  const chars = [...stem];
  const known = chars.filter((c) => lines.abbreviations[c]);
  if (chars.length >= 2 && chars.length <= 5 && known.length >= chars.length - 1 && known.length >= 1 && !(chars.length === 2 && known.length === 1 && URBAN.test(name))) {
    let options = known.map((c) => lines.abbreviations[c]!);
    // a two-place line in a city's own report touches that city (宿淮铁路 in 宿迁's report: 宿迁, 淮安)
    // (and so does one whose other end the abbreviations do not know: 宿固高速 in 宿州's report is 宿州's)
    if (home && options.length <= 2) options = options.map((o) => (o.includes(home) ? [home] : o));
    return bestRoute(options, lines.places);
  }
  if (home && URBAN.test(name)) return [home];
  return [];
}

/** A line's name without its kind and section (湖西航道 → 湖西, 徐连高铁 → 徐连). */
export function lineStem(name: string): string {
  return name.replace(/(安徽|江苏|山东|河南)?段$/, "").replace(LINE_SUFFIX, "");
}

function bestRoute(options: string[][], coords: Record<string, [number, number]>): string[] {
  let best: string[] = [];
  let bestLen = Infinity;
  const walk = (i: number, path: string[], len: number) => {
    if (len >= bestLen) return;
    if (i === options.length) {
      best = path;
      bestLen = len;
      return;
    }
    for (const o of options[i]!) {
      if (path.includes(o)) continue;
      const prev = path[path.length - 1];
      walk(i + 1, [...path, o], len + (prev ? dist(coords[prev], coords[o]) : 0));
    }
  };
  walk(0, [], 0);
  return best;
}

function dist(a?: [number, number], b?: [number, number]): number {
  if (!a || !b) return 1e6;
  const dy = a[0] - b[0], dx = (a[1] - b[1]) * Math.cos(((a[0] + b[0]) / 2) * (Math.PI / 180));
  return Math.sqrt(dx * dx + dy * dy);
}
