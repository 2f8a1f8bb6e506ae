// How long `hkg --version` takes to start, beside a bare `node -e 0`, for the package as a user
// installs it (npm pack, then npm install of the tarball in an empty folder: dist/ on plain Node)
// and for this checkout (src/ through tsx). Runs alternate, so a busy moment hits both alike;
// the figures are medians. Issue 14's target: the installed hkg within 2× of bare node.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { packAndInstall } from "../tests/helpers/package.ts";

function once(args: string[]): number {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} failed (exit ${r.status}): ${r.stderr}`);
  return ms;
}

const med = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export async function startupBench(root: string, benchDir: string, runs: number): Promise<string> {
  const dir = path.join(benchDir, "package");
  rmSync(dir, { recursive: true, force: true });
  process.stderr.write("bench: npm pack and npm install of the tarball into .bench/package/ …\n");
  const installed = await packAndInstall(dir);
  const installedBin = path.join(installed.pkg, "bin", "hkg.js");
  const checkoutBin = path.join(root, "bin", "hkg.js");
  const cases: [string, string[]][] = [
    ["node -e 0", ["-e", "0"]],
    ["hkg --version (installed package)", [installedBin, "--version"]],
    ["hkg --help (installed package)", [installedBin, "--help"]],
    ["hkg --help (checkout, tsx)", [checkoutBin, "--help"]],
  ];
  const times = cases.map(() => [] as number[]);
  for (const [, args] of cases) once(args); // warm the file cache
  for (let r = 0; r < runs; r++) cases.forEach(([, args], i) => times[i]!.push(once(args)));
  const base = med(times[0]!);
  const lines = [`start-up, median of ${runs} alternating runs`, `  ${"command".padEnd(36)} ${"ms".padStart(7)}  × node -e 0`];
  cases.forEach(([name], i) => {
    const m = med(times[i]!);
    lines.push(`  ${name.padEnd(36)} ${m.toFixed(0).padStart(7)}  ${(m / base).toFixed(2)}`);
  });
  const ratio = med(times[1]!) / base;
  lines.push(`  hkg --version ${ratio <= 2 ? "is" : "is NOT"} within 2× of node -e 0 (${ratio.toFixed(2)}×)`);
  return lines.join("\n") + "\n";
}
