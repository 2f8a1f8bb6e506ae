// Search over canonical names, aliases, full pinyin and pinyin initials (徐州市: xuzhoushi, xzs).
// Entries are precomputed once per graph, so each keystroke is one linear pass of string checks.
import { pinyin } from "pinyin-pro";
import type { ViewerGraph } from "./types.ts";

export interface SearchEntry {
  key: string;
  label: string;
  kind: string;
  mentions: number;
  /** label first, then aliases, lower-cased */
  names: string[];
  /** per name: full pinyin without spaces, and initials; filled in by addPinyin */
  pinyin: string[];
  initials: string[];
}

export interface Suggestion {
  key: string;
  label: string;
  kind: string;
  /** the alias or romanisation that matched, when it is not the label itself */
  via?: string;
  score: number;
}

export function buildEntries(graph: ViewerGraph): SearchEntry[] {
  return graph.mapNodes((key, a) => ({
    key,
    label: a.label,
    kind: a.kind,
    mentions: a.mentions,
    names: [a.label, ...a.aliases].map((n) => n.toLowerCase()),
    pinyin: [],
    initials: [],
  }));
}

export function addPinyin(entry: SearchEntry): void {
  for (const name of entry.names) {
    const syllables = pinyin(name, { toneType: "none", type: "array", nonZh: "consecutive" });
    entry.pinyin.push(syllables.join("").toLowerCase());
    entry.initials.push(syllables.map((s) => s[0] ?? "").join("").toLowerCase());
  }
}

/** Romanises entries a chunk at a time so a 20,000-node graph never blocks the page for long. */
export function addPinyinInBackground(entries: SearchEntry[], chunk = 1000): () => void {
  let i = 0;
  let timer = 0;
  const step = () => {
    const end = Math.min(entries.length, i + chunk);
    for (; i < end; i++) addPinyin(entries[i]!);
    if (i < entries.length) timer = window.setTimeout(step, 0);
  };
  timer = window.setTimeout(step, 0);
  return () => window.clearTimeout(timer);
}

function scoreEntry(e: SearchEntry, q: string, ascii: boolean): { score: number; via?: string } {
  let best = 0;
  let via: string | undefined;
  const consider = (score: number, name: string, i: number) => {
    if (score > best) {
      best = score;
      via = i === 0 && !ascii ? undefined : name;
    }
  };
  e.names.forEach((name, i) => {
    const alias = i === 0 ? 0 : 5;
    if (name === q) consider(100 - alias, name, i);
    else if (name.startsWith(q)) consider(80 - alias, name, i);
    else if (name.includes(q)) consider(60 - alias, name, i);
  });
  if (ascii && best < 60) {
    e.pinyin.forEach((py, i) => {
      if (py === q) consider(58, e.names[i]!, i);
      else if (py.startsWith(q)) consider(50, e.names[i]!, i);
    });
    e.initials.forEach((ini, i) => {
      if (ini === q) consider(55, e.names[i]!, i);
      else if (q.length >= 2 && ini.startsWith(q)) consider(45, e.names[i]!, i);
    });
    if (best === 0 && q.length >= 3) e.pinyin.forEach((py, i) => py.includes(q) && consider(20, e.names[i]!, i));
  }
  return { score: best, via };
}

export function search(entries: readonly SearchEntry[], query: string, limit = 8): Suggestion[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, "");
  if (!q) return [];
  const ascii = /^[a-z0-9]+$/.test(q);
  const hits: { e: SearchEntry; score: number; via?: string }[] = [];
  for (const e of entries) {
    const { score, via } = scoreEntry(e, q, ascii);
    if (score > 0) hits.push({ e, score, via });
  }
  hits.sort((a, b) => b.score - a.score || b.e.mentions - a.e.mentions || a.e.label.length - b.e.label.length);
  return hits.slice(0, limit).map(({ e, score, via }) => ({
    key: e.key,
    label: e.label,
    kind: e.kind,
    score,
    ...(via && via !== e.label.toLowerCase() ? { via } : {}),
  }));
}
