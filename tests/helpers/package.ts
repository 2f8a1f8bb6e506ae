// The package as a user gets it: `npm pack` in this checkout (its prepack compiles dist/ and
// builds the viewer), then `npm install` of the tarball into an empty folder. Shared by the
// package test and `npm run bench` (the --version start-up figure is the installed one's).
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
export const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface InstalledPackage {
  /** the tarball npm pack wrote */
  tarball: string;
  /** the empty project it was installed into */
  app: string;
  /** the installed package (node_modules/huaihai-kg) */
  pkg: string;
  /** node_modules/.bin/hkg */
  bin: string;
}

/** Packs this checkout into `dir` and installs the tarball into `dir`/app, a folder with nothing else in it. */
export async function packAndInstall(dir: string): Promise<InstalledPackage> {
  mkdirSync(dir, { recursive: true });
  // --json names the tarball; prepack's own output goes to stderr
  const packed = await run("npm", ["pack", "--json", "--pack-destination", dir], { cwd: ROOT, maxBuffer: 1 << 26, env: npmEnv() });
  const [{ filename }] = JSON.parse(packed.stdout) as [{ filename: string }];
  const tarball = path.join(dir, filename);
  const app = path.join(dir, "app");
  mkdirSync(app, { recursive: true });
  writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "hkg-user", private: true, type: "module" }) + "\n");
  // the dependencies from npm's cache when it has them (npm ci filled it), without asking the registry again
  await run("npm", ["install", tarball, "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: app, maxBuffer: 1 << 26, env: npmEnv() });
  const pkg = path.join(app, "node_modules", "huaihai-kg");
  return { tarball, app, pkg, bin: path.join(app, "node_modules", ".bin", "hkg") };
}

/** Every package the install put into node_modules, by name (from npm's own record of it). */
export function installedPackages(app: string): Set<string> {
  const lock = JSON.parse(readFileSync(path.join(app, "node_modules", ".package-lock.json"), "utf8")) as { packages: Record<string, unknown> };
  return new Set(Object.keys(lock.packages).map((k) => k.slice(k.lastIndexOf("node_modules/") + "node_modules/".length)));
}

/**
 * The environment for a nested npm: without the variables an outer `npm test` sets for its own
 * package (npm_package_*, npm_lifecycle_*), which would otherwise describe this checkout to the
 * install in the empty folder.
 */
function npmEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_(package|lifecycle)_/i.test(k)));
}
