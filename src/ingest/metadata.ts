/** A title: the first non-empty line, when it is short enough to be one; else the file name. */
export function findTitle(text: string, fallback: string): string {
  for (const line of text.split("\n")) {
    const t = line.trim();
    if (!t) continue;
    return t.length <= 80 ? t : fallback;
  }
  return fallback;
}

/**
 * The document's date: the first full date (2024年1月19日, 2024-01-19, 2024/1/19) in its opening
 * lines, where news and reports put it; else none (a bare year in a report is not its date).
 */
export function findDate(text: string): string | undefined {
  const head = text.slice(0, 600);
  const m = /(19|20)(\d\d)\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?/.exec(head);
  if (!m) return undefined;
  const month = Number(m[3]);
  const day = Number(m[4]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${m[1]}${m[2]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
