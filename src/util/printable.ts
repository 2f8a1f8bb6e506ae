// Text from documents and file names is data: written raw to a terminal, an escape sequence in it
// could recolour, retitle or rewrite the screen (ESC [ 2 J, OSC 52 to the clipboard, a fake prompt).

// C0 controls but tab and newline, DEL, C1 controls (0x9b is a one-byte CSI on some terminals)
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
// the line and paragraph separators and the bidirectional overrides that reorder what is shown
const INVISIBLE = /[\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const hex = (c: string) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`;
const uni = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** `s` with every control character shown as \xNN (\u202e for bidi controls), safe to print to a terminal. */
export function printable(s: string): string {
  return s.replace(CONTROL, hex).replace(INVISIBLE, uni);
}

/** As printable, for one line: newlines and tabs are shown as escapes too. */
export function printableLine(s: string): string {
  return printable(s).replace(/[\t\n]/g, hex);
}
