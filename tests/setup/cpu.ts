// HKG_TEST_CPU=file: each test file's CPU time (its worker's and the children it waited for:
// spawned hkg, Chromium, Java, tsc) appended to `file` as "seconds<TAB>path". Finds where a slow
// suite spends its work; off unless the variable is set. Linux only (/proc/self/stat).
import { appendFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll } from "vitest";

const out = process.env.HKG_TEST_CPU;

function cpuSeconds(): number {
  // fields after the command name: utime stime cutime cstime are 14–17 of stat(5)
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return fields.slice(11, 15).reduce((a, b) => a + Number(b), 0) / 100;
}

if (out) {
  // from before the file's imports (setup files run ahead of each test file), so loading counts
  const start = cpuSeconds();
  // vitest hands hooks a fixture context first (which it wants destructured) and the file second
  afterAll(({}, file) => {
    appendFileSync(out, `${(cpuSeconds() - start).toFixed(1)}\t${path.relative(process.cwd(), file.file.filepath)}\n`);
  });
}
