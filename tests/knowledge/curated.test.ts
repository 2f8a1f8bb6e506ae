import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.ts";

const kb = loadKnowledge();
const isDivision = (name: string) => (kb.admin.byName.get(name) ?? []).some((u) => !u.zone);

describe("curated knowledge", () => {
  it("gives every fact a source", () => {
    for (const r of kb.regions) expect(r.source, r.name).toBeTruthy();
    for (const s of kb.clusters) expect(s.source, s.name).toBeTruthy();
    for (const h of kb.historicalNames) expect(h.source, h.name).toBeTruthy();
    for (const u of kb.unreadShortForms) expect(u.source, u.name).toBeTruthy();
    for (const l of kb.lines.lines) expect(l.source, l.name).toBeTruthy();
    for (const o of kb.organizations) expect(o.source, o.name).toBeTruthy();
    for (const z of kb.zones) expect(z.source, z.name).toBeTruthy();
  });

  it("names only divisions the register knows", () => {
    for (const h of kb.historicalNames) expect(isDivision(h.canonical), h.canonical).toBe(true);
    for (const [ch, places] of Object.entries(kb.lines.abbreviations)) {
      for (const p of places) {
        expect(isDivision(p), `${ch} → ${p}`).toBe(true);
        expect(kb.lines.places[p], `${p} has coordinates`).toBeDefined();
      }
    }
    for (const r of kb.regions) for (const c of r.members?.cities ?? []) expect(isDivision(c), c).toBe(true);
    for (const z of kb.zones) expect(isDivision(z.city), z.city).toBe(true);
  });

  it("lists the ten cities of the Huaihai Economic Zone", () => {
    const huaihai = kb.regions.find((r) => r.name === "淮海经济区")!;
    expect(huaihai.members?.cities).toHaveLength(10);
  });

  it("has the \"343\" system's 3 + 4 + 3 clusters", () => {
    const s = kb.clusters.find((c) => c.name === '"343"创新产业集群')!;
    const groups = s.members.map((m) => m.group);
    expect([groups.filter((g) => g === "优势").length, groups.filter((g) => g === "新兴").length, groups.filter((g) => g === "传统").length]).toEqual([3, 4, 3]);
  });
});

describe("the administrative register", () => {
  it("chains a county up to its province", () => {
    const [county] = kb.admin.byName.get("睢宁县")!;
    expect(kb.admin.chain(county!.code).map((u) => u.name)).toEqual(["睢宁县", "徐州市", "江苏省"]);
  });

  it("knows a name shared by several counties", () => {
    expect(kb.admin.byName.get("鼓楼区")!.length).toBeGreaterThan(1);
  });
});
