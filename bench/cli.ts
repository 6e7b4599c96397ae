// The built CLI (`node dist/cli.js check FILE`) on a big file from disk: wall time and peak RSS, by /usr/bin/time -v
// where it is installed, else by polling /proc/PID/status (VmHWM) of the process.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { procStatusBytes } from './child';

export interface CliRun {
  readonly args: readonly string[];
  readonly wallMs: number;
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly timedOut: boolean;
  readonly peakRss: number | null;
  readonly peakRssBy: '/usr/bin/time -v' | '/proc polling';
  readonly stdoutBytes: number;
  /** The CLI's last line of standard output (its summary), and the end of its standard error. */
  readonly lastLine: string;
  readonly stderrTail: string;
}

const gnuTime = '/usr/bin/time';

export async function runCli(repoRoot: string, args: readonly string[], timeoutMs: number): Promise<CliRun> {
  const useTime = existsSync(gnuTime);
  const scratch = mkdtempSync(join(tmpdir(), 'smtp-lens-bench-time-'));
  const timeFile = join(scratch, 'time.txt');
  const node = [process.execPath, join(repoRoot, 'dist', 'cli.js'), ...args];
  const command = useTime ? [gnuTime, '-v', '-o', timeFile, ...node] : node;
  // Its own process group, so that a timeout ends the CLI under /usr/bin/time too.
  const child = spawn(command[0]!, command.slice(1), { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const started = performance.now();
  let stdoutBytes = 0;
  let tail = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdoutBytes += chunk.length;
    tail = (tail + chunk.toString()).slice(-4000);
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));

  // Without /usr/bin/time, the peak is read from /proc while the CLI runs (the last moments may be missed).
  let polledPeak: number | null = null;
  const poll = useTime
    ? undefined
    : setInterval(() => {
        const hwm = child.pid === undefined ? null : procStatusBytes('VmHWM', child.pid);
        if (hwm !== null) polledPeak = Math.max(polledPeak ?? 0, hwm);
      }, 50);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  }, timeoutMs);
  const [exitCode, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('close', (code, sig) => resolve([code, sig])));
  const wallMs = performance.now() - started;
  clearTimeout(timer);
  if (poll) clearInterval(poll);

  let peakRss: number | null = polledPeak;
  let code = exitCode;
  let sig = signal;
  if (useTime && existsSync(timeFile)) {
    const report = readFileSync(timeFile, 'utf8');
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
    peakRss = rss ? Number(rss[1]) * 1024 : null;
    const status = /Exit status: (\d+)/.exec(report);
    if (status) code = Number(status[1]);
    const killed = /Command terminated by signal (\d+)/.exec(report);
    if (killed) sig = `signal ${killed[1]}`;
  }
  rmSync(scratch, { recursive: true, force: true });
  const lines = tail.trimEnd().split('\n');
  return {
    args,
    wallMs,
    exitCode: code,
    signal: sig,
    timedOut,
    peakRss,
    peakRssBy: useTime ? '/usr/bin/time -v' : '/proc polling',
    stdoutBytes,
    lastLine: lines[lines.length - 1] ?? '',
    stderrTail: stderr.trim(),
  };
}

/** `check` succeeded: exit 0 (no error) or 1 (errors found) and its summary line printed. */
export function checkCompleted(run: CliRun): boolean {
  return !run.timedOut && run.signal === null && (run.exitCode === 0 || run.exitCode === 1) && /code mentions/.test(run.lastLine);
}
