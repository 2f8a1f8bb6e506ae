import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "ingest");
export const CORPUS = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "corpus");
export const fixture = (name: string) => path.join(FIXTURES, name);
export const fixtureBytes = (name: string) => readFileSync(fixture(name));
