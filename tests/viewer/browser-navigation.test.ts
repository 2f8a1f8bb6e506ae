// The viewer in a real headless Chromium, served by the serve stage exactly as `hkg serve` does:
// search, the entity panel, links, history, keyboard and the filters' effect on what is displayed.
import { describe, expect, it } from "vitest";
import { displayed, hash, panelLabel, skipBrowser, useViewer } from "../helpers/viewer-suite.ts";

const MARKUP = "<img src=x onerror=alert(1)>";

describe.skipIf(skipBrowser)("viewer in Chromium: search, panel and navigation", () => {
  const viewer = useViewer();

  it("finds 中国矿业大学 by its alias 矿大 and opens its panel on Enter", async () => {
    const page = await viewer.open();
    await page.locator("#search-input").fill("矿大");
    expect(await page.locator("#suggestions li .name").first().textContent()).toBe("中国矿业大学");
    await page.locator("#search-input").press("Enter");
    await page.waitForFunction(() => window.__hkg!.selected() === "中国矿业大学");
    expect(await panelLabel(page)).toBe("中国矿业大学");
    expect(await page.locator('#panel [data-fact="Aliases"]').textContent()).toBe("矿大");
    expect(await hash(page)).toBe("#/node/中国矿业大学");
  });

  it("finds 徐州市 by pinyin initials and by full pinyin", async () => {
    const page = await viewer.open();
    for (const q of ["xz", "xuzhou"]) {
      await page.locator("#search-input").fill(q);
      await page.waitForFunction(() => document.querySelector("#suggestions li .name")?.textContent === "徐州市");
    }
    await page.locator("#search-input").press("Enter");
    expect(await panelLabel(page)).toBe("徐州市");
    expect(await page.locator('#panel [data-fact="Code"]').textContent()).toBe("3203");
  });

  it("opens #/node/云龙湖实验室 with its host and the evidence sentence, and follows neighbour links", async () => {
    const page = await viewer.open("#/node/" + encodeURIComponent("云龙湖实验室"));
    expect(await panelLabel(page)).toBe("云龙湖实验室");
    const host = page.locator('#panel .group[data-relation="HOSTED_BY"][data-direction="out"] button');
    expect(await host.textContent()).toBe("中国矿业大学");
    const quote = page.locator("#panel .evidence blockquote").first();
    expect(await quote.textContent()).toBe("云龙湖实验室依托中国矿业大学建设，聚焦深地科学与工程。");
    expect(await quote.locator("mark").textContent()).toBe("云龙湖实验室");
    expect(await page.locator("#panel .evidence .doc").first().textContent()).toContain("中国矿业大学科技创新报道");

    await host.click();
    await page.waitForFunction(() => window.__hkg!.selected() === "中国矿业大学");
    expect(await panelLabel(page)).toBe("中国矿业大学");
    // and the host lists the lab the other way round
    expect(await page.locator('#panel .group[data-relation="HOSTED_BY"][data-direction="in"] button').textContent()).toBe("云龙湖实验室");
    expect(await hash(page)).toBe("#/node/中国矿业大学");
    await page.keyboard.press("Escape");
    expect(await page.locator("#panel").isHidden()).toBe(true);
    expect(await hash(page)).toBe("");
  });

  it("moves between selections with the browser's back and forward", async () => {
    const page = await viewer.open("#/node/" + encodeURIComponent("云龙湖实验室"));
    await page.locator('#panel .group[data-relation="HOSTED_BY"] button').click();
    expect(await panelLabel(page)).toBe("中国矿业大学");
    await page.goBack();
    await page.waitForFunction(() => window.__hkg!.selected() === "云龙湖实验室");
    expect(await panelLabel(page)).toBe("云龙湖实验室");
    await page.goForward();
    await page.waitForFunction(() => window.__hkg!.selected() === "中国矿业大学");
  });

  it("works from the keyboard: / to search, arrows and Enter to pick; a click on the background deselects", async () => {
    const page = await viewer.open();
    await page.locator("#sigma").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-input");
    await page.keyboard.type("徐州");
    const names = await page.locator("#suggestions li .name").allTextContents();
    expect(names[0]).toBe("徐州市");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    expect(await panelLabel(page)).toBe(names[1]!);
    await page.locator("#sigma").click({ position: { x: 5, y: 5 } });
    expect(await page.locator("#panel").isHidden()).toBe(true);
  });

  it("shows only one type on double-click in the legend, and says when a link names no entity", async () => {
    const page = await viewer.open("#/node/" + encodeURIComponent("不存在的实验室"));
    expect(await page.locator("#status").textContent()).toContain("No entity named “不存在的实验室”");
    expect(await page.locator("#panel").isHidden()).toBe(true);
    await page.locator('#legend li[data-id="City"] label').dblclick();
    expect((await displayed(page)).sort()).toEqual(["徐州市", "连云港市"].sort());
  });

  it("hides a relation type's edges, entities under the mention threshold, and implied places", async () => {
    const page = await viewer.open();
    const edges = () => page.evaluate(() => window.__hkg!.displayedEdges().length);
    expect(await edges()).toBe(16);
    await page.locator('#relations input[data-id="PART_OF"]').uncheck();
    expect(await edges()).toBe(12);

    await page.locator("#hide-implied").check();
    expect(await displayed(page)).not.toContain("江苏省");

    await page.locator("#min-mentions").fill("3");
    expect((await displayed(page)).sort()).toEqual(["中国矿业大学", "徐州市", "淮海经济区"].sort());
    expect(await page.locator("#min-mentions-value").textContent()).toBe("3");
  });

  it("shows a label made of markup as text and runs none of it", async () => {
    const page = await viewer.open("#/node/" + encodeURIComponent(MARKUP));
    expect(await panelLabel(page)).toBe(MARKUP);
    expect(await page.locator("#panel img, #sidebar img").count()).toBe(0);
    expect(await page.locator("#panel .evidence mark").first().textContent()).toBe(MARKUP);
    await page.locator("#search-input").fill("<img");
    expect(await page.locator("#suggestions li .name").first().textContent()).toBe(MARKUP);
    expect(await page.locator("#suggestions img").count()).toBe(0);
    // no image anywhere on the page, so no onerror handler can run later either;
    // afterEach asserts that no dialog opened and no error was logged
    expect(await page.evaluate(() => document.images.length)).toBe(0);
  });
});
