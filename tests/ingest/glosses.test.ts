import { describe, expect, it } from "vitest";
import { documentFromBytes, type IngestProblem } from "../../src/ingest/index.ts";

const read = (text: string) => {
  const problems: IngestProblem[] = [];
  return documentFromBytes(Buffer.from(text, "utf8"), "page.txt", problems)!;
};

describe("pinyin readings printed after characters", () => {
  it("are taken out of a page that carries them, so that names read whole", () => {
    const plain = "今年以来,全镇完成工业固定资产投入3亿元,实现工业总产值146亿元,工商税收9400万元。";
    const doc = read(`${plain}\n武勝橋鎮(zhèn)大力推動(dòng)銀旺碳素年產(chǎn)20萬噸預(yù)焙陽(yáng)極項(xiàng)目。`);
    expect(doc.text).toBe(`${plain}\n武勝橋鎮大力推動銀旺碳素年產20萬噸預焙陽極項目。`);
    expect(doc.norm).toContain("银旺碳素年产20万吨预焙阳极项目");
  });

  it("leave other brackets alone, and a page with one or two such words as it is", () => {
    expect(read("中国(江苏)自由贸易试验区与珞石(山东)签约,见附件(a)。").text).toBe("中国(江苏)自由贸易试验区与珞石(山东)签约,见附件(a)。");
    expect(read("他名叫李明(míng),来自徐州。").text).toBe("他名叫李明(míng),来自徐州。");
  });
});
