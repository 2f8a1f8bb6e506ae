// Text shared by the bad-input tests (issue 12) and the Neo4j suite.

/** Would-be names kilobytes long: a metro line number of 10 000 digits, a 3 000-character park, a 9 000-letter lab. */
export const LONG_NAMES_TEXT = [
  `徐州市加快建设地铁${"1".repeat(10_000)}号线。`,
  `连云港市推进${"鑫".repeat(3000)}产业园建设，${"A".repeat(9000)}实验室依托中国矿业大学建设。`,
  "宿迁市推进宿迁经济技术开发区建设。",
].join("\n");
