import type { SourceDocument } from "../ingest/index.ts";
import type { Knowledge, AdminUnit } from "../knowledge/index.ts";
import { buildGazetteer, type GazetteerEntry } from "./gazetteer.ts";
import { findSuffixNames } from "./patterns.ts";
import { findRelations } from "./relations.ts";
import type { Trie } from "./trie.ts";
import type { Extraction, Mention } from "./types.ts";

export type { Extraction, Mention, RelationMention } from "./types.ts";

export interface Extractor {
  extract(doc: SourceDocument): Extraction;
}

/** Builds the extractor once (dictionaries), then reads documents one at a time. */
export function createExtractor(kb: Knowledge): Extractor {
  const gazetteer = buildGazetteer(kb);
  return { extract: (doc) => extractDocument(doc, gazetteer) };
}

interface Span {
  start: number;
  end: number;
  sentence: number;
  entry?: GazetteerEntry;
  mention?: Omit<Mention, "start" | "end" | "sentence">;
}

function extractDocument(doc: SourceDocument, gazetteer: Trie<GazetteerEntry>): Extraction {
  const spans: Span[] = [];
  const text = doc.norm;
  for (const s of doc.sentences) {
    const found: Span[] = [];
    for (let i = s.start; i < s.end; ) {
      const hit = gazetteer.longestAt(text, i, s.end);
      if (hit) {
        found.push({ start: i, end: hit.end, sentence: s.index, entry: hit.value });
        i = hit.end;
      } else i++;
    }
    for (const p of findSuffixNames(text, s.start, s.end)) {
      found.push({ start: p.start, end: p.end, sentence: s.index, mention: { type: p.type, name: text.slice(p.start, p.end) } });
    }
    spans.push(...pickNonOverlapping(found));
  }
  const context = documentContext(spans);
  const mentions: Mention[] = spans.map((sp) => {
    if (sp.mention) return { ...sp.mention, start: sp.start, end: sp.end, sentence: sp.sentence };
    const e = sp.entry!;
    const unit = e.units ? chooseUnit(e.units, context) : undefined;
    return {
      type: unit?.type ?? e.type,
      name: text.slice(sp.start, sp.end),
      canonical: unit?.name ?? e.canonical,
      code: unit?.code,
      start: sp.start,
      end: sp.end,
      sentence: sp.sentence,
    };
  });
  return { doc: doc.id, mentions, relations: findRelations(doc, mentions) };
}

/** Longest spans win; among equals, the earlier one. */
function pickNonOverlapping(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Span[] = [];
  for (const s of sorted) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}

/** How often each province and city code is named unambiguously in the document. */
function documentContext(spans: Span[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sp of spans) {
    const units = sp.entry?.units;
    if (units?.length !== 1) continue;
    const code = units[0]!.code;
    for (const prefix of [code.slice(0, 2), code.slice(0, 4)]) counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  return counts;
}

/** A name shared by several divisions (鼓楼区) denotes the one in the cities the document talks about. */
function chooseUnit(units: AdminUnit[], context: Map<string, number>): AdminUnit {
  if (units.length === 1) return units[0]!;
  let best = units[0]!;
  let bestScore = -1;
  for (const u of units) {
    const score = (context.get(u.code.slice(0, 4)) ?? 0) * 10 + (context.get(u.code.slice(0, 2)) ?? 0);
    if (score > bestScore || (score === bestScore && u.code < best.code)) {
      best = u;
      bestScore = score;
    }
  }
  return best;
}
