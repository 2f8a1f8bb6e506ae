// Splits a Cypher script (schema.cypher, graph.cypher) into statements the driver can run one
// by one; the driver takes a single statement per call, cypher-shell a whole file.

/**
 * A statement ends at a `;` outside quotes, backticks and comments. Comment-only and empty
 * pieces are dropped; cypher-shell's own commands (`:begin`, `:commit`, `:param`) are
 * returned as they are for the caller to decide on.
 */
export function splitCypher(script: string): string[] {
  const out: string[] = [];
  let current = "";
  let quote: string | undefined;
  for (let i = 0; i < script.length; i++) {
    const c = script[i]!;
    if (quote) {
      current += c;
      if (c === "\\" && quote !== "`") {
        current += script[++i] ?? "";
      } else if (c === quote) {
        quote = undefined;
      }
      continue;
    }
    if (c === "/" && script[i + 1] === "/") {
      const end = script.indexOf("\n", i);
      i = end === -1 ? script.length : end - 1;
      continue;
    }
    if (c === "/" && script[i + 1] === "*") {
      const end = script.indexOf("*/", i + 2);
      i = end === -1 ? script.length : end + 1;
      continue;
    }
    if (c === "'" || c === '"' || c === "`") quote = c;
    if (c === ";") {
      push(out, current);
      current = "";
      continue;
    }
    // cypher-shell commands are line-based and end without a semicolon
    if (c === ":" && current.trim() === "" && /^:[a-z]/i.test(script.slice(i, i + 2))) {
      const end = script.indexOf("\n", i);
      push(out, script.slice(i, end === -1 ? script.length : end));
      i = end === -1 ? script.length : end;
      continue;
    }
    current += c;
  }
  push(out, current);
  return out;
}

function push(out: string[], statement: string): void {
  const s = statement.trim();
  if (s) out.push(s);
}
