/** Well-known binary formats by their first bytes, so a misnamed file gets a precise message. */
const MAGIC: [string, number[]][] = [
  ["PDF document", [0x25, 0x50, 0x44, 0x46]],
  ["ZIP archive (also .docx/.xlsx)", [0x50, 0x4b, 0x03, 0x04]],
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["gzip archive", [0x1f, 0x8b]],
  ["old Word/Excel document (OLE)", [0xd0, 0xcf, 0x11, 0xe0]],
  ["ELF executable", [0x7f, 0x45, 0x4c, 0x46]],
];

export function binaryKind(buf: Uint8Array): string | undefined {
  for (const [name, sig] of MAGIC) if (sig.every((b, i) => buf[i] === b)) return name;
  return undefined;
}

/**
 * The charset an HTML page declares (<meta charset>, or the content type in <meta http-equiv>),
 * read from the first bytes as Latin-1: the declaration itself is ASCII in every encoding
 * hkg reads except UTF-16, which has its own detection.
 */
export function declaredCharset(buf: Uint8Array): string | undefined {
  const head = Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.length, 4096)).toString("latin1");
  const m = /<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : undefined;
}

/** Whether text that did not come from an .html file is nevertheless an HTML page (saved web captures). */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 512));
}
