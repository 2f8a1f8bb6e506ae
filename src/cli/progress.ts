/**
 * Progress on stderr for long runs: one self-overwriting line, only when stderr is a terminal and
 * there is enough work to be worth showing, throttled so that printing costs nothing measurable.
 */
export function progressReporter(minTotal = 20): { update(stage: string, done: number, total: number): void; done(): void } {
  const tty = process.stderr.isTTY === true;
  let last = 0;
  let shown = false;
  return {
    update(stage, done, total) {
      if (!tty || total < minTotal) return;
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      shown = true;
      process.stderr.write(`\r${stage}: ${done}/${total} (${Math.floor((done / total) * 100)}%)\x1b[K`);
    },
    done() {
      if (shown) process.stderr.write("\r\x1b[K");
    },
  };
}
