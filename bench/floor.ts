// Child process: what reading a Postfix log costs at the least, beside the one-regex baseline, to read the "≤ 3×"
// target against. The scanner below is not an analyser: it finds, line by line, the queue ID after the syslog tag, the
// outcome in "status=…" or "NOQUEUE: reject:", and where the codes after "status=… (", "said: ", "dsn=" and a reject's
// "]: " start, into typed arrays, and groups lines by queue ID. It checks no code, keeps no text, runs no rule, and
// builds nothing a hover, the outline or a diagnostic would need. Timed cold (its first run in this fresh process, as
// bench/analysis.ts times the analysis) and warm (the fastest of three more, against the faster of two regex passes),
// with its peak RSS Δ on the first run.
// Usage: node --expose-gc --import tsx bench/floor.ts FILE

import { readFileSync } from 'node:fs';
import { collectGarbage, countCodes, peakRss, report, resetPeakRss, runChild } from './child';

export interface FloorResult {
  readonly bytes: number;
  readonly lines: number;
  readonly messages: number;
  readonly codes: number;
  readonly firstMs: number;
  readonly bestMs: number;
  /** One pass of /\b[2-5]\d\d\b/g over the same text, right after the scanner's first run; the faster of two. */
  readonly regexMs: number;
  readonly regexBestMs: number;
  readonly peakRssDelta: number;
}

interface Facts {
  lines: number;
  messages: number;
  codes: number;
}

/** Outcomes by the first letter of the word after "status=": sent, deferred, expired, bounced; 6 is a reject. */
const outcomeByLetter: Readonly<Record<string, number>> = { s: 1, d: 2, e: 3, b: 4 };
const rejected = 6;

const isDigit = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57;
};

const isIdChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function scan(text: string): Facts {
  // A line holds four codes at most here (three after "status=", or one in a reject).
  let capacity = 1;
  for (let lf = text.indexOf('\n'); lf >= 0; lf = text.indexOf('\n', lf + 1)) capacity++;
  const codeCapacity = 4 * capacity;
  const messageOfLine = new Int32Array(capacity);
  const outcomeOfLine = new Uint8Array(capacity);
  const codeLine = new Int32Array(codeCapacity);
  const codeColumn = new Int32Array(codeCapacity);
  const messageFirst = new Int32Array(capacity);
  const messageLast = new Int32Array(capacity);
  const messageOutcome = new Uint8Array(capacity);
  const ids = new Map<string, number>();
  let lines = 0;
  let messages = 0;
  let codes = 0;
  const code = (line: number, column: number): void => {
    codeLine[codes] = line;
    codeColumn[codes++] = column;
  };
  for (let start = 0; start < text.length; ) {
    const lf = text.indexOf('\n', start);
    const end = lf < 0 ? text.length : lf;
    // Searches stay inside the line: indexOf over the whole text would run on to a later line when this one has none.
    const line = text.slice(start, end);
    start = end + 1;
    const number = lines++;
    const tagEnd = line.indexOf(']: ');
    let message = -1;
    if (tagEnd > 0) {
      const from = tagEnd + 3;
      let to = from;
      while (to < line.length && isIdChar(line.charCodeAt(to))) to++;
      if (to - from >= 6 && line.startsWith(': ', to)) {
        const id = line.slice(from, to);
        message = ids.get(id) ?? -1;
        if (message < 0) {
          message = messages++;
          ids.set(id, message);
          messageFirst[message] = number;
        }
        messageLast[message] = number;
      }
    }
    messageOfLine[number] = message;
    let outcome = 0;
    const status = line.indexOf('status=');
    if (status >= 0) {
      outcome = outcomeByLetter[line.charAt(status + 7)] ?? 0;
      const reply = line.indexOf(' (', status);
      if (reply >= 0 && isDigit(line, reply + 2)) code(number, reply + 2);
      const said = line.indexOf('said: ', status);
      if (said >= 0 && isDigit(line, said + 6)) code(number, said + 6);
      const dsn = line.lastIndexOf('dsn=', status);
      if (dsn >= 0) code(number, dsn + 4);
    } else {
      const reject = line.indexOf('reject: ');
      if (reject >= 0) {
        outcome = rejected;
        const at = line.indexOf(']: ', reject);
        if (at >= 0 && isDigit(line, at + 3)) code(number, at + 3);
      }
    }
    outcomeOfLine[number] = outcome;
    if (message >= 0 && outcome > messageOutcome[message]!) messageOutcome[message] = outcome;
  }
  return { lines, messages, codes };
}

function main(): void {
  const [file] = process.argv.slice(2);
  if (!file) throw new Error('usage: floor.ts FILE');
  const text = readFileSync(file, 'utf8');
  collectGarbage();
  resetPeakRss();
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const facts = scan(text);
  const firstMs = performance.now() - t0;
  const peak = peakRss();
  const regex: number[] = [];
  for (let i = 0; i < 2; i++) {
    const r0 = performance.now();
    countCodes(text);
    regex.push(performance.now() - r0);
  }
  const again: number[] = [];
  for (let i = 0; i < 3; i++) {
    const a0 = performance.now();
    scan(text);
    again.push(performance.now() - a0);
  }
  const result: FloorResult = {
    bytes: Buffer.byteLength(text),
    ...facts,
    firstMs,
    bestMs: Math.min(...again),
    regexMs: regex[0]!,
    regexBestMs: Math.min(...regex),
    peakRssDelta: Math.max(0, peak - rssBefore),
  };
  report(result);
}

runChild(main);
