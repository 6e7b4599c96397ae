// What every measuring child process shares: one JSON result line on stdout, and memory figures from /proc.

import { readFileSync, writeFileSync } from 'node:fs';

const marker = 'BENCH-RESULT ';

/** Prints the child's result for the parent (bench/run.ts) to pick up; everything else goes to stderr. */
export function report(result: object): void {
  process.stdout.write(`${marker}${JSON.stringify(result)}\n`);
}

/** The result line of a child's stdout, or null. */
export function parseReport(stdout: string): unknown {
  const line = stdout.split('\n').find((l) => l.startsWith(marker));
  return line === undefined ? null : (JSON.parse(line.slice(marker.length)) as unknown);
}

/** Runs a child's main, reporting any error on stderr with a non-zero exit code. */
export function runChild(main: () => Promise<void> | void): void {
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    });
}

/** A `/proc/PID/status` field in bytes (VmRSS, VmHWM …), or null where /proc is not there. */
export function procStatusBytes(field: 'VmRSS' | 'VmHWM', pid: number | 'self' = 'self'): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Resets this process's peak RSS (VmHWM) to its current RSS (Linux ≥ 4.0: write 5 to clear_refs), so that the peak
 * read later belongs to what ran in between. False where that is not possible: the peak then counts from start.
 */
export function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/** The peak RSS of this process: VmHWM, else the kernel's maxrss. */
export function peakRss(): number {
  return procStatusBytes('VmHWM') ?? process.resourceUsage().maxRSS * 1024;
}

export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run this child with --expose-gc');
  gc();
  gc();
}

/** The baseline of the issue: one pass of a single regular expression for 3-digit reply codes, counting matches. */
export function countCodes(text: string): number {
  const pattern = /\b[2-5]\d\d\b/g;
  let n = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}
