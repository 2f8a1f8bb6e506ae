// hkg run inside the test's own process: the same entry point as bin/hkg.js (src/cli/main.ts,
// which hands the arguments to citty's runCommand), with stdout, stderr and the exit code captured.
// A spawned bin/hkg.js pays ~1.3 s of TypeScript start-up per case; this pays nothing. The few
// end-to-end tests that spawn the real binary (tests/cli/binary.test.ts) keep the two honest.
import { spawnSync } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "../../src/cli/main.ts";

export const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Thrown in place of process.exit(), so the run unwinds back to us with its exit code. */
class Exit extends Error {
  constructor(readonly code: number) {
    super(`process.exit(${code})`);
  }
}

let busy = false;

/**
 * Runs `hkg ...args` in this process with `env` added to process.env, in `options.cwd` when given
 * (the test workers are processes of their own, so they may change directory). One at a time: the
 * captured streams, the environment and the working directory are the process's own.
 */
export async function hkg(args: string[], env: Record<string, string> = {}, options: { cwd?: string } = {}): Promise<CliResult> {
  if (busy) throw new Error("tests/helpers/cli.ts: hkg() runs one command at a time");
  busy = true;
  const out: string[] = [];
  const err: string[] = [];
  const saved = {
    stdout: process.stdout.write,
    stderr: process.stderr.write,
    log: console.log,
    error: console.error,
    exit: process.exit,
    stderrTTY: process.stderr.isTTY,
    env: Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]])),
    cwd: process.cwd(),
  };
  const capture = (sink: string[]) =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      sink.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
      const cb = rest.find((r) => typeof r === "function") as (() => void) | undefined;
      cb?.();
      return true;
    }) as typeof process.stdout.write;
  process.stdout.write = capture(out);
  process.stderr.write = capture(err);
  console.log = (...a: unknown[]) => void out.push(a.map(String).join(" ") + "\n");
  console.error = (...a: unknown[]) => void err.push(a.map(String).join(" ") + "\n");
  process.exit = ((code?: number) => {
    throw new Exit(code ?? 0);
  }) as typeof process.exit;
  // as when bin/hkg.js writes into a pipe: no progress line rewritten in place
  process.stderr.isTTY = false;
  Object.assign(process.env, env);
  let code = 0;
  try {
    if (options.cwd) process.chdir(options.cwd);
    await run(args);
  } catch (e) {
    if (!(e instanceof Exit)) throw e;
    code = e.code;
  } finally {
    process.stdout.write = saved.stdout;
    process.stderr.write = saved.stderr;
    console.log = saved.log;
    console.error = saved.error;
    process.exit = saved.exit;
    process.stderr.isTTY = saved.stderrTTY;
    process.chdir(saved.cwd);
    for (const [k, v] of Object.entries(saved.env)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    busy = false;
  }
  return { code, stdout: out.join(""), stderr: err.join("") };
}

/** The real binary in a child process, for the end-to-end tests: start-up, argv and exit status included. */
export function hkgBinary(args: string[], env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "hkg.js"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 300_000,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A port on 127.0.0.1 that nothing listens on: bind one, then let it go. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
