// Large, realistic documents made from the real corpus: each family's real lines are replayed with new queue IDs,
// PIDs, addresses, message IDs, sizes and monotonic timestamps, and with their outcomes (reply code + text, DSN
// status) swapped for other outcomes that real lines of the same shape carry. Deterministic for a given seed.

import { closeSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { corpusRoot } from '../test/support/corpus';
import { Random } from './random';

export const corpusKinds = ['postfix', 'exim', 'sendmail', 'swaks', 'socat', 'mbox'] as const;
export type CorpusKind = (typeof corpusKinds)[number];

export function isCorpusKind(s: string): s is CorpusKind {
  return (corpusKinds as readonly string[]).includes(s);
}

/** The language a client would give each document (the extension's own language ids). */
export const languageOf: Readonly<Record<CorpusKind, 'mail-log' | 'smtp-transcript' | 'eml'>> = {
  postfix: 'mail-log',
  exim: 'mail-log',
  sendmail: 'mail-log',
  swaks: 'smtp-transcript',
  socat: 'smtp-transcript',
  mbox: 'eml',
};

/** The real files each kind is made from (relative to the corpus), for the cache key and the README. */
export function sourceFiles(kind: CorpusKind): string[] {
  switch (kind) {
    case 'postfix':
      return [join('logs', 'postfix_maillog_file.log')];
    case 'exim':
      return [join('logs', 'exim_mainlog.log')];
    case 'sendmail':
      return [join('logs', 'sendmail_syslog_traditional.log')];
    case 'swaks':
    case 'socat':
      return readdirSync(join(corpusRoot, 'transcripts'))
        .filter((f) => f.startsWith(`${kind}_`) && f.endsWith('.txt'))
        .sort()
        .map((f) => join('transcripts', f));
    case 'mbox':
      // The messages a mailbox of bounces holds: the corpus's delivered mail and notices, and the real bounces.
      return ['eml', 'bounces'].flatMap((folder) =>
        readdirSync(join(corpusRoot, folder))
          .filter((f) => f.endsWith('.eml'))
          .sort()
          .map((f) => join(folder, f)),
      );
  }
}

/** An endless supply of lines (without their line end) of one kind of document. */
export interface LineSource {
  nextLine(): string;
}

export function createSource(kind: CorpusKind, seed: string): LineSource {
  const rng = new Random(`${seed}:${kind}`);
  switch (kind) {
    case 'postfix':
    case 'exim':
    case 'sendmail':
      return new LogSource(logFamilies[kind], rng);
    case 'swaks':
      return new SwaksSource(rng);
    case 'socat':
      return new SocatSource(rng);
    case 'mbox':
      return new MboxSource(rng);
  }
}

/**
 * Writes whole lines of `kind` to `path` until the next line would pass `bytes`; LF line ends. The document of a
 * smaller size is a prefix of the larger one (same seed), so sizes differ only in length, not in mix.
 */
export function writeDocument(kind: CorpusKind, bytes: number, path: string, seed: string): { bytes: number; lines: number } {
  const source = createSource(kind, seed);
  const fd = openSync(path, 'w');
  let written = 0;
  let lines = 0;
  let chunk: string[] = [];
  let chunkBytes = 0;
  try {
    for (;;) {
      const line = `${source.nextLine()}\n`;
      const size = Buffer.byteLength(line);
      if (written + chunkBytes + size > bytes) break;
      chunk.push(line);
      chunkBytes += size;
      lines++;
      if (chunkBytes >= 1 << 20) {
        writeSync(fd, chunk.join(''));
        written += chunkBytes;
        chunk = [];
        chunkBytes = 0;
      }
    }
    writeSync(fd, chunk.join(''));
    written += chunkBytes;
  } finally {
    closeSync(fd);
  }
  return { bytes: written, lines };
}

function readTemplate(relative: string): string[] {
  const lines = readFileSync(join(corpusRoot, relative), 'utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

// ---------------------------------------------------------------------------------------------------------------
// The things every kind varies the same way.

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

const syslogTime = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([ \d]\d) (\d\d):(\d\d):(\d\d)(?= )/;
const isoSpaceTime = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(?= )/;
const rfc5322Date = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), {1,2}\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d [+-]\d{4}/g;

function formatSyslog(ms: number): string {
  const d = new Date(ms);
  return `${months[d.getUTCMonth()]!} ${String(d.getUTCDate()).padStart(2, ' ')} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

function formatIsoSpace(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** The date of an mbox "From " line: "Sat Nov 28 10:43:00 2026". */
function formatAsctime(ms: number): string {
  const d = new Date(ms);
  return `${weekdays[d.getUTCDay()]!} ${months[d.getUTCMonth()]!} ${String(d.getUTCDate()).padStart(2, ' ')} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}

function formatRfc5322(ms: number): string {
  const d = new Date(ms);
  return `${weekdays[d.getUTCDay()]!}, ${d.getUTCDate()} ${months[d.getUTCMonth()]!} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

function stamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

/** The corpus was recorded on 2026-11-28; generated documents start there and only move forward. */
const corpusStart = Date.UTC(2026, 10, 28, 10, 43, 0);

const hex = '0123456789ABCDEF';
const base62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Queue-ID shapes of the three MTAs; any of them may appear in any file ("queued as …" quotes the next hop's). */
const queueIdShapes: readonly { readonly pattern: RegExp; fresh(rng: Random): string }[] = [
  { pattern: /\b(?=[0-9A-F]*[A-F])[0-9A-F]{10,12}\b/g, fresh: (rng) => rng.chars(hex, 11) },
  // A Postfix ID can be all digits (hex without a letter): known by where it stands, not to be taken for a number.
  { pattern: /(?<=\]: |queued as )\d{10,12}(?=[:\s),;]|$)/g, fresh: (rng) => rng.chars(hex, 11) },
  { pattern: /\b[0-9A-Za-z]{6}-[0-9A-Za-z]{6}-[0-9A-Za-z]{2}\b/g, fresh: (rng) => `${rng.chars(base62, 6)}-${rng.chars(base62, 6)}-${rng.chars(base62, 2)}` },
  { pattern: /\b(?=[0-9A-Za-z]{0,7}[A-Za-z])[0-9A-Za-z]{8}\d{6}\b/g, fresh: (rng) => `${rng.chars(base62, 8)}${pad(rng.int(0, 999999), 6)}` },
];

/** An address whose local part starts with a letter (message IDs such as `20261128.ABC@host` are not people). */
const address = /(?<![\w.+-])([A-Za-z][\w.+-]*)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)\b/g;
const keptLocalParts = new Set(['postmaster', 'MAILER-DAEMON', 'double-bounce', 'root', 'abuse']);
const localParts = [
  'alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'mallory', 'niaj', 'olivia',
  'peggy', 'rupert', 'sybil', 'trent', 'victor', 'walter', 'info', 'sales', 'billing', 'support', 'noreply', 'jobs',
  'newsletter', 'hr', 'accounts', 'j.smith', 'm.garcia', 'kim.minji', 'lee.jh', 'a.mueller', 'no-reply+bounces',
];
/** Message IDs that start with a timestamp (`20261128104428.007959@vm`, `20261128104429.44C99164269@host`). */
const stampedMessageId = /\b\d{14}\.([0-9A-Za-z]{6,12})@/g;
const sizeField = /\b(size=|S=)(\d+)/g;

/** One replay of a template (a log pass or a transcript session): its own IDs, PIDs and people. */
class Variation {
  private readonly ids = new Map<string, string>();
  private readonly addresses = new Map<string, string>();
  private readonly pids = new Map<string, string>();

  constructor(
    private readonly rng: Random,
    private readonly pidCounter: { next: number },
  ) {}

  /** Everything but the time prefix and the outcome. */
  apply(line: string, nowMs: number): string {
    let out = line;
    for (const shape of queueIdShapes) {
      out = out.replace(shape.pattern, (id) => this.remember(this.ids, id, () => shape.fresh(this.rng)));
    }
    out = out.replace(address, (whole: string, local: string, domain: string) =>
      keptLocalParts.has(local) ? whole : this.remember(this.addresses, whole, () => `${this.newLocalPart()}@${domain}`),
    );
    // The tail is a queue ID (already varied) or a PID-like counter (varied here).
    out = out.replace(stampedMessageId, (_whole, tail: string) =>
      `${stamp(nowMs)}.${/^\d+$/.test(tail) ? this.rng.chars('0123456789', tail.length) : tail}@`,
    );
    out = out.replace(sizeField, (_whole, key: string, n: string) => `${key}${Math.max(200, Math.round(Number(n) * this.rng.between(0.5, 6)))}`);
    return out;
  }

  /** `[1234]:` after a program name, and `pid=1234`. */
  withPids(line: string): string {
    return line.replace(/(?<=\[)\d{2,7}(?=\]:)|(?<=\bpid=)\d{2,7}\b/g, (pid) =>
      this.remember(this.pids, pid, () => {
        this.pidCounter.next += this.rng.int(1, 40);
        if (this.pidCounter.next > 4_194_000) this.pidCounter.next = 300;
        return String(this.pidCounter.next);
      }),
    );
  }

  private newLocalPart(): string {
    const name = this.rng.pick(localParts);
    return this.rng.chance(0.6) ? `${name}${this.rng.int(1, 9999)}` : name;
  }

  private remember(map: Map<string, string>, key: string, make: () => string): string {
    let value = map.get(key);
    if (value === undefined) {
      value = make();
      map.set(key, value);
    }
    return value;
  }
}

/** Real segments of one shape, and a swap of a line's segment for another of them. */
class OutcomePool {
  private readonly pools: { pattern: RegExp; values: string[] }[];

  constructor(patterns: readonly RegExp[], lines: readonly string[]) {
    this.pools = patterns.map((pattern) => ({
      pattern,
      values: [...new Set(lines.map((l) => pattern.exec(l)?.[0]).filter((v): v is string => v !== undefined))],
    }));
  }

  swap(line: string, rng: Random, probability: number): string {
    for (const { pattern, values } of this.pools) {
      const match = pattern.exec(line);
      if (match && rng.chance(probability)) {
        // The replacement speaks of the address this line is about, as the original did.
        const own = /<[^<>\s]+@[^<>\s]+>/.exec(match[0])?.[0];
        const chosen = own === undefined ? rng.pick(values) : rng.pick(values).replace(/<[^<>\s]+@[^<>\s]+>/, own);
        return line.slice(0, match.index) + chosen + line.slice(match.index + match[0].length);
      }
    }
    return line;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Mail logs: the real log replayed pass after pass, each pass a fresh variation.

interface LogFamily {
  readonly file: string;
  readonly time: RegExp;
  readonly format: (ms: number) => string;
  readonly parse: (m: RegExpExecArray) => number;
  /** Lines of a daemon start, kept in the first pass only. */
  readonly once: RegExp;
  /** Segments that carry a line's outcome; swapped whole, so that code, status and text stay consistent. */
  readonly outcomes: readonly RegExp[];
}

const parseSyslog = (m: RegExpExecArray): number =>
  Date.UTC(2026, months.indexOf(m[1]!), Number(m[2]!.trim()), Number(m[3]), Number(m[4]), Number(m[5]));
const parseIsoSpace = (m: RegExpExecArray): number =>
  Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));

const logFamilies: Readonly<Record<'postfix' | 'exim' | 'sendmail', LogFamily>> = {
  postfix: {
    file: 'logs/postfix_maillog_file.log',
    time: syslogTime,
    format: formatSyslog,
    parse: parseSyslog,
    once: /postfix-script|postfix\/master\[|daemon started/,
    outcomes: [
      /dsn=\d\.\d{1,3}\.\d{1,3}, status=.*$/,
      /(?<=reject: (?:RCPT|MAIL|VRFY|DATA|END-OF-MESSAGE|CONNECT) from \S+: )[2-5]\d\d [^;]*(?=;)/,
    ],
  },
  exim: {
    file: 'logs/exim_mainlog.log',
    time: isoSpaceTime,
    format: formatIsoSpace,
    parse: parseIsoSpace,
    once: /daemon started/,
    outcomes: [
      /(?<= rejected (?:RCPT|MAIL) <[^>]*>: ).*$/,
      /(?<=SMTP error from remote mail server after [A-Z ]+(?::<[^>]*>)?: ).*$/,
      /(?<=rejected after DATA: ).*$/,
      /(?<= C=")[^"]*(?=")/,
    ],
  },
  sendmail: {
    file: 'logs/sendmail_syslog_traditional.log',
    time: syslogTime,
    format: formatSyslog,
    parse: parseSyslog,
    once: /starting daemon/,
    outcomes: [/dsn=\d\.\d{1,3}\.\d{1,3}, (?:reply=.*, )?stat=.*$/, /(?<=reject=).*$/],
  },
};

class LogSource implements LineSource {
  private readonly template: readonly string[];
  /** Seconds each template line comes after the one before (0 for lines without a timestamp). */
  private readonly gaps: readonly number[];
  private readonly outcomes: OutcomePool;
  private readonly pidCounter = { next: 20000 };
  private clock = corpusStart;
  private pass = 0;
  private index = 0;
  private variation: Variation;

  constructor(
    private readonly family: LogFamily,
    private readonly rng: Random,
  ) {
    this.template = readTemplate(family.file);
    let previous: number | null = null;
    this.gaps = this.template.map((line) => {
      const m = family.time.exec(line);
      if (!m) return 0;
      const t = family.parse(m);
      const gap = previous === null ? 0 : Math.max(0, (t - previous) / 1000);
      previous = t;
      return gap;
    });
    this.outcomes = new OutcomePool(family.outcomes, this.template);
    this.variation = new Variation(rng, this.pidCounter);
  }

  nextLine(): string {
    for (;;) {
      if (this.index === this.template.length) {
        this.index = 0;
        this.pass++;
        this.variation = new Variation(this.rng, this.pidCounter);
        this.clock += this.rng.int(0, 4) * 1000;
      }
      const i = this.index++;
      const line = this.template[i]!;
      if (this.pass > 0 && this.family.once.test(line)) continue;
      // A busy host: the lab's pauses shrink, but time never goes back.
      this.clock += Math.round(this.gaps[i]! * this.rng.between(0.02, 0.4)) * 1000;
      let out = this.outcomes.swap(line, this.rng, 0.5);
      out = this.variation.withPids(this.variation.apply(out, this.clock));
      const m = this.family.time.exec(out);
      return m ? this.family.format(this.clock) + out.slice(m[0].length) : out;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Transcripts: real sessions one after another, as a tool's output appended to one file.

/** The verbs whose final reply is swapped for another real reply to the same verb. */
const swappedVerbs = new Set(['MAIL', 'RCPT', '.']);

function verbOf(command: string): string {
  return (command.trim().split(/[\s:]/)[0] ?? '').toUpperCase();
}

/** Lines of one replayed session, varied. */
abstract class SessionSource implements LineSource {
  protected clock = corpusStart;
  protected readonly pidCounter = { next: 20000 };
  private queue: string[] = [];
  private head = 0;

  constructor(protected readonly rng: Random) {}

  nextLine(): string {
    while (this.head === this.queue.length) {
      this.queue = this.session();
      this.head = 0;
      this.clock += this.rng.int(1, 90) * 1000;
    }
    return this.queue[this.head++]!;
  }

  protected abstract session(): string[];

  protected vary(variation: Variation, line: string): string {
    return variation.apply(line, this.clock).replace(rfc5322Date, () => formatRfc5322(this.clock));
  }
}

/**
 * mbox: one corpus message after another, each after its "From " line and followed by a blank line; lines of a
 * message that start with "From " are quoted (">From "), as mail programs write them.
 */
class MboxSource extends SessionSource {
  private readonly templates = sourceFiles('mbox').map((f) => readTemplate(f).map((line) => line.replace(/\r$/, '').replace(/^(>*From )/, '>$1')));

  protected session(): string[] {
    const template = this.rng.pick(this.templates);
    const variation = new Variation(this.rng, this.pidCounter);
    return [`From MAILER-DAEMON ${formatAsctime(this.clock)}`, ...template.map((line) => this.vary(variation, line)), ''];
  }
}

const swaksClient = /^ (?:->|~>) (.*)$/;

/** swaks: ` -> ` client, `<-  ` server, `<** ` server error, `~> ` / `<~  ` / `<~* ` inside TLS. */
class SwaksSource extends SessionSource {
  private readonly templates = sourceFiles('swaks').map(readTemplate);
  private readonly replies = new Map<string, string[]>();

  constructor(rng: Random) {
    super(rng);
    for (const template of this.templates) {
      let verb = '';
      for (const line of template) {
        const client = swaksClient.exec(line);
        if (client) verb = verbOf(client[1]!);
        const key = this.replyKey(line, verb);
        if (key) {
          const list = this.replies.get(key) ?? [];
          if (!list.includes(line)) list.push(line);
          this.replies.set(key, list);
        }
      }
    }
  }

  /** Final (single or last) reply lines to the verbs we vary, keyed by verb and by being inside TLS. */
  private replyKey(line: string, verb: string): string | null {
    const m = /^(<- {2}|<\*\* |<~ {2}|<~\* )[2-5]\d\d /.exec(line);
    if (!m || !swappedVerbs.has(verb)) return null;
    return `${m[1]!.startsWith('<~') ? 'tls' : 'plain'}:${verb}`;
  }

  protected session(): string[] {
    const template = this.rng.pick(this.templates);
    const variation = new Variation(this.rng, this.pidCounter);
    let verb = '';
    return template.map((line) => {
      const client = swaksClient.exec(line);
      if (client) verb = verbOf(client[1]!);
      const key = this.replyKey(line, verb);
      const chosen = key && this.rng.chance(0.3) ? this.rng.pick(this.replies.get(key)!) : line;
      return this.vary(variation, chosen);
    });
  }
}

/** socat's own messages between the data: `2026/11/28 10:46:26 socat[8542] E write(…): Broken pipe`. */
const socatDiagnostic = /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d socat\[/;

function formatSocatTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

const socatHeader = /^([<>]) (\d{4})\/(\d\d)\/(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{9}) {2}length=(\d+) from=(\d+) to=(\d+)$/;

interface SocatBlock {
  readonly direction: '<' | '>';
  /** Microseconds since the session's first block. */
  readonly offsetUs: number;
  readonly lines: readonly string[];
}

/** `socat -v`: a header per chunk of bytes (`> 2026/11/28 10:46:13.000000261  length=26 from=0 to=25`), CR as `\r`. */
class SocatSource extends SessionSource {
  private readonly templates: SocatBlock[][];
  private readonly replies = new Map<string, string[]>();

  constructor(rng: Random) {
    super(rng);
    this.templates = sourceFiles('socat').map((file) => parseSocat(readTemplate(file)));
    for (const blocks of this.templates) {
      blocks.forEach((block, i) => {
        const key = this.replyKey(blocks, i);
        if (key) this.replies.set(key, [...new Set([...(this.replies.get(key) ?? []), block.lines[0]!])]);
      });
    }
  }

  /** A server block of one final reply line answering a client block whose last command is a verb we vary. */
  private replyKey(blocks: readonly SocatBlock[], i: number): string | null {
    const block = blocks[i]!;
    const before = blocks[i - 1];
    if (block.direction !== '<' || block.lines.length !== 1 || !/^[2-5]\d\d .*\\r$/.test(block.lines[0]!)) return null;
    if (!before || before.direction !== '>') return null;
    const verb = verbOf(before.lines[before.lines.length - 1]!.replace(/\\r$/, ''));
    return swappedVerbs.has(verb) ? verb : null;
  }

  protected session(): string[] {
    const blocks = this.rng.pick(this.templates);
    const variation = new Variation(this.rng, this.pidCounter);
    const start = this.clock;
    const next = { '<': 0, '>': 0 };
    const out: string[] = [];
    const pace = this.rng.between(0.3, 1.5);
    blocks.forEach((block, i) => {
      const key = this.replyKey(blocks, i);
      const us = Math.round(start * 1000 + block.offsetUs * pace);
      this.clock = Math.floor(us / 1000);
      const lines =
        key && this.rng.chance(0.3)
          ? [this.rng.pick(this.replies.get(key)!)]
          : block.lines.map((l) => (socatDiagnostic.test(l) ? formatSocatTime(this.clock) + l.slice(19) : this.vary(variation, l)));
      // `\r` stands for the CR byte, and every shown line ended with LF; socat's own messages are not data.
      const length = lines.reduce((n, l) => (socatDiagnostic.test(l) ? n : n + Buffer.byteLength(l) + (l.endsWith('\\r') ? 0 : 1)), 0);
      const from = next[block.direction];
      next[block.direction] = from + length;
      const d = new Date(this.clock);
      const header =
        `${block.direction} ${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ` +
        `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.000${pad(((us % 1_000_000) + 1_000_000) % 1_000_000, 6)}` +
        `  length=${length} from=${from} to=${from + length - 1}`;
      out.push(header, ...lines);
    });
    return out;
  }
}

function parseSocat(lines: readonly string[]): SocatBlock[] {
  const blocks: { direction: '<' | '>'; offsetUs: number; lines: string[] }[] = [];
  let first: number | null = null;
  for (const line of lines) {
    const m = socatHeader.exec(line);
    if (m) {
      const us = Date.UTC(Number(m[2]), Number(m[3]) - 1, Number(m[4]), Number(m[5]), Number(m[6]), Number(m[7])) * 1000 + Number(m[8]!.slice(3));
      first ??= us;
      blocks.push({ direction: m[1] as '<' | '>', offsetUs: us - first, lines: [] });
    } else if (blocks.length > 0) blocks[blocks.length - 1]!.lines.push(line);
  }
  return blocks;
}
