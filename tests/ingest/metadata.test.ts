import { describe, expect, it } from "vitest";
import { findDate, findTitle } from "../../src/ingest/metadata.ts";

describe("findTitle", () => {
  it("skips a menu line and takes the report title", () => {
    expect(findTitle("导航菜单\n\n(江苏省)徐州市泉山区人民政府工作报告(2024年1月10日)\n\n正文……", "f.txt")).toBe("(江苏省)徐州市泉山区人民政府工作报告(2024年1月10日)");
  });
  it("skips breadcrumbs and widget words", () => {
    expect(findTitle("您所在的位置: 试点城市(园区)> 新闻详情\n点赞\n\n可以,这很徐州\n发布时间: 2024-04-09", "f.txt")).toBe("可以,这很徐州");
    expect(findTitle("江苏 > 徐州 > 正文\n徐州召开大会", "f.txt")).toBe("徐州召开大会");
  });
  it("falls back to the file name when the text opens with a salutation and body text", () => {
    expect(findTitle("各位代表：\n\n现在，我代表市人民政府向大会报告工作，请予审议。\n", "004.txt")).toBe("004.txt");
    expect(findTitle("", "empty.txt")).toBe("empty.txt");
  });
  it("does not take a section heading for the title", () => {
    expect(findTitle(`一、2023年工作回顾\n过去一年，${"面对复杂多变的外部环境，全市上下奋力拼搏，".repeat(5)}`, "r.txt")).toBe("r.txt");
  });
});

describe("findDate", () => {
  it("reads the usual full forms", () => {
    expect(findDate("标题\n发布日期：2024年1月19日")).toBe("2024-01-19");
    expect(findDate("发布时间: 2024-04-09 09:45:30")).toBe("2024-04-09");
    expect(findDate("2023/12/5 新闻")).toBe("2023-12-05");
    expect(findDate("2024.01.09")).toBe("2024-01-09");
  });
  it("rejects impossible dates and bare years", () => {
    expect(findDate("2024年2月30日")).toBeUndefined();
    expect(findDate("2023年，全市地区生产总值增长7.3%")).toBeUndefined();
    expect(findDate("2024-2025年行动计划")).toBeUndefined();
  });
  it("accepts a year and month only on a line of its own", () => {
    expect(findDate("徐州市政府工作报告\n（2024年1月）\n")).toBe("2024-01");
    expect(findDate("2024年1月，徐州市召开大会。")).toBeUndefined();
  });
  it("prefers a date the page declares in its metadata", () => {
    expect(findDate("2020年1月1日回顾", "2024-03-05 10:30")).toBe("2024-03-05");
  });
  it("looks only at the opening of the text", () => {
    expect(findDate("x".repeat(700) + "2024年1月19日")).toBeUndefined();
  });
});
