import { constants } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Diagnostic } from 'vscode-languageserver-types';
import { locales, type Locale } from './knowledge';
import { createLanguageService, defaultSettings, detectLanguageId, languageKinds, type DocumentKind, type LanguageService } from './service';
import { explainCombination, type CodeExplanation } from './service/explain';
import { diagnosticMessage } from './service/features/diagnostics';
import { renderCombination, renderComparison, renderExplanation, type TextFormat } from './service/features/render';
import { t, toLocale } from './service/l10n';
import { mentionEnd, mentionStart, type DeliveryReport, type DocumentModel, type Exchange } from './service/model';
import { decodeLines, looksBinary } from './service/read/decode';
import { detectDocument } from './service/read';
import { splitLines } from './service/read/lines';

const usage = `Usage:
  smtp-lens explain CODE [ENHANCED] [--vs CODE] [--lang en|ko] [--format text|markdown|json]
  smtp-lens check [--format text|json [--model]] [--as transcript|log|message] [--lang en|ko] FILE...
  smtp-lens --help | --version

  explain   what a reply code (550) or enhanced status code (5.1.1) means, when you see it, how to fix it;
            with both (550 5.1.1) also how they combine; with --vs, the two codes side by side
  check     the codes each file mentions and what is wrong with it, like a compiler;
            exit 0 when no error, 1 when some error, 2 on usage or I/O errors;
            --model adds the dialogue, messages and log entries the readers found;
            a FILE of - is standard input (zcat mail.log.1.gz | smtp-lens check -)
The language server for other editors is the smtp-lens-server command (--stdio).`;

class UsageError extends Error {}

const severityNames = ['', 'error', 'warning', 'information', 'hint'] as const;
const kindByName: Readonly<Record<string, DocumentKind>> = { transcript: 'transcript', log: 'log', message: 'message' };
const languageByKind = Object.fromEntries(Object.entries(languageKinds).map(([language, kind]) => [kind, language]));

function main(argv: readonly string[]): number {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      lang: { type: 'string' },
      vs: { type: 'string' },
      as: { type: 'string' },
      model: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
    },
  });
  if (values.help) {
    print(`${usage}\n`);
    return 0;
  }
  if (values.version) {
    print(`${VERSION}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  const locale = pickLocale(values.lang);
  // The editor's limit per document bounds what each edit sends again; a check prints once, each rule's first
  // maxPerRule, as a streamed log does.
  const service = createLanguageService({ ...defaultSettings, locale, maxPerDocument: Infinity });
  if (command === 'explain') {
    const format = pickFormat(values.format, ['text', 'markdown', 'json']);
    return explain(service, locale, rest, values.vs, format);
  }
  if (command === 'check') {
    if (rest.length === 0) throw new UsageError('check needs at least one FILE');
    if (rest.filter((path) => path === '-').length > 1) throw new UsageError('standard input (-) can be read once');
    const format = pickFormat(values.format, ['text', 'json']);
    if (values.as !== undefined && !kindByName[values.as]) throw new UsageError(`--as takes transcript, log or message, not "${values.as}"`);
    if (values.model && format !== 'json') throw new UsageError('--model goes with --format json');
    return check(service, rest, { format, forced: values.as === undefined ? undefined : kindByName[values.as], withModel: values.model === true });
  }
  throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
}

declare const VERSION: string;

function pickLocale(lang: string | undefined): Locale {
  if (lang === undefined) return toLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);
  if (!(locales as readonly string[]).includes(lang)) throw new UsageError(`--lang takes ${locales.join(' or ')}, not "${lang}"`);
  return lang as Locale;
}

function pickFormat<F extends string>(format: string | undefined, allowed: readonly F[]): F {
  if (format === undefined) return allowed[0]!;
  if (!(allowed as readonly string[]).includes(format)) throw new UsageError(`--format takes ${allowed.join(', ')}, not "${format}"`);
  return format as F;
}

function explain(
  service: LanguageService,
  locale: Locale,
  codes: readonly string[],
  vs: string | undefined,
  format: TextFormat | 'json',
): number {
  if (codes.length === 0 || codes.length > 2) throw new UsageError('explain takes CODE and optionally ENHANCED');
  const explanations = codes.map((code) => {
    const e = service.explain(code);
    if (!e) throw new UsageError(t(locale, 'unknownCode', code));
    return e;
  });
  const [reply, enhanced] = explanations as [CodeExplanation, CodeExplanation | undefined];
  if (enhanced && (reply.kind !== 'reply' || enhanced.kind !== 'enhanced')) {
    throw new UsageError('with two codes, the first is a reply code (550) and the second an enhanced code (5.1.1)');
  }
  const combination = enhanced ? explainCombination(reply.code, enhanced.code, locale) : undefined;
  const comparison = vs === undefined ? undefined : service.compare(codes[0]!, vs);
  if (comparison === null) throw new UsageError(t(locale, 'unknownCode', vs!));
  if (format === 'json') {
    const json = {
      codes: explanations,
      ...(combination ? { combination } : {}),
      ...(comparison ? { comparison } : {}),
    };
    print(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  const options = { format };
  const parts = explanations.map((e) => renderExplanation(e, locale, options));
  if (combination) parts.push(renderCombination(combination, locale, options));
  if (comparison) parts.push(renderComparison(comparison, locale, options));
  print(`${parts.join('\n\n')}\n`);
  return 0;
}

/** How much of a file is read at a time when it is streamed, and looked at to tell what it is. */
const blockBytes = 1 << 16;

/** Where the command waits when a read or a write would have had to (EAGAIN): it runs synchronously. */
const waitCell = new Int32Array(new SharedArrayBuffer(4));

/** The error of a read or a write that would have had to wait: on an input or output left non-blocking by whoever started the command. */
function wouldWait(error: unknown): boolean {
  if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') return false;
  Atomics.wait(waitCell, 0, 0, 10);
  return true;
}

/**
 * Writes to standard output at once, at the pace of its reader. The checks run synchronously: process.stdout would
 * keep in memory what a slow reader cannot take yet and try no further write, so a reader that lagged and then went
 * (| head) was never noticed. A write to a reader that has gone throws EPIPE.
 */
function print(text: string): void {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; ) {
    try {
      at += writeSync(1, bytes, at);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE' || code === 'ECONNRESET') throw new ReaderGone();
      if (!wouldWait(error)) throw error;
    }
  }
}

/** A write met an output whose reader has gone: a pipe's (EPIPE), or a socket's (ECONNRESET, as Node's spawn gives). */
class ReaderGone extends Error {}

/**
 * Reads from the input's current position: a file, or a pipe (`zcat mail.log.1.gz | smtp-lens check -`), which may
 * give fewer bytes than asked, and whose end is a read of 0.
 */
function readSome(fd: number, buffer: Buffer, offset = 0): number {
  for (;;) {
    try {
      return readSync(fd, buffer, offset, buffer.length - offset, null);
    } catch (error) {
      if (!wouldWait(error)) throw error;
    }
  }
}

/**
 * The input's first `blockBytes` (fewer if it ends first), which tell what it is, and whether its end was read: a
 * terminal gives its end (^D) once, and a read after it would wait for more.
 */
interface Head {
  readonly head: Buffer;
  readonly ended: boolean;
}

/** Reads the input's head (see Head). */
function readHead(fd: number): Head {
  const head = Buffer.allocUnsafe(blockBytes);
  let filled = 0;
  let read = -1;
  for (; filled < blockBytes && read !== 0; filled += read) read = readSome(fd, head, filled);
  return { head: head.subarray(0, filled), ended: read === 0 };
}

/**
 * The whole input, its head and the rest, in one buffer: a file's size is known and read into it at once; a pipe's
 * buffer doubles as it comes. Undefined once the input passes `limit` bytes.
 */
function readWhole(fd: number, { head, ended }: Head, size: number | undefined, limit: number): Buffer | undefined {
  if (ended) return head;
  // One byte more than the file holds, so that the read that finds its end needs no room of its own.
  let whole = Buffer.allocUnsafe(Math.max(head.length, blockBytes, (size ?? 0) + 1));
  let filled = head.copy(whole);
  for (;;) {
    if (filled === whole.length) {
      const bigger = Buffer.allocUnsafe(Math.min(whole.length * 2, limit + 1));
      whole.copy(bigger, 0, 0, filled);
      whole = bigger;
    }
    const read = readSome(fd, whole, filled);
    if (read === 0) return whole.subarray(0, filled);
    filled += read;
    if (filled > limit) return undefined;
  }
}

/**
 * Where the last line break in `bytes` that is sure to be whole ends (LF, or a CR before another byte: a CR at the
 * very end may be the first half of a CR LF); 0 if there is none.
 */
function afterLastBreak(bytes: Buffer): number {
  const lf = bytes.lastIndexOf(10);
  const cr = bytes.length > 1 ? bytes.lastIndexOf(13, bytes.length - 2) : -1;
  return Math.max(lf, cr) + 1;
}

/**
 * A file's text in runs of whole lines of about `blockBytes`, read one block at a time after its first bytes, `head`.
 * Lines end in LF, CR LF or CR alone (as old Mac programs wrote them). The bytes of a line that goes on past a block are
 * kept block by block and joined once it ends: joined again with each block, a line of 10 MB took a second.
 */
function* runsOf(fd: number, { head, ended }: Head): Generator<string> {
  let pending = [head];
  const block = Buffer.allocUnsafe(blockBytes);
  for (;;) {
    const read = ended ? 0 : readSome(fd, block);
    if (read === 0) {
      const rest = Buffer.concat(pending);
      if (rest.length > 0) yield decodeLines(rest);
      return;
    }
    const bytes = block.subarray(0, read);
    const cut = afterLastBreak(bytes);
    if (cut > 0) {
      yield decodeLines(Buffer.concat([...pending, bytes.subarray(0, cut)]));
      pending = [Buffer.from(bytes.subarray(cut))];
    } else if (endsWithCr(pending) && bytes[0] !== 10) {
      // The CR that ended the read before ends a line: no LF came after it (a writer that sends a line at a time).
      yield decodeLines(Buffer.concat(pending));
      pending = [Buffer.from(bytes)];
    } else pending.push(Buffer.from(bytes));
  }
}

/** Whether the bytes kept so far end with a CR: the last buffer holds their end, or is empty after a read that ended with an LF. */
function endsWithCr(pending: readonly Buffer[]): boolean {
  const last = pending.at(-1)!;
  return last.length > 0 && last[last.length - 1] === 13;
}

function mib(n: number): string {
  return `${Math.round(n / 1048576)} MiB`;
}

function compilerLine(path: string, d: Diagnostic): string {
  const { line, character } = d.range.start;
  return `${path}:${line + 1}:${character + 1}: ${severityNames[d.severity ?? 1]}: ${diagnosticMessage(d)} [${String(d.code)}]\n`;
}

/**
 * Checks files. In text format a mail log is streamed (see streamLog): any size, in memory bounded by the messages in
 * flight. Other files, and any file in JSON format (one JSON document with every mention), are read whole, up to the
 * largest string JavaScript holds.
 */
function check(service: LanguageService, paths: readonly string[], options: CheckOptions): number {
  const tally: Tally = { files: [], errors: 0, ioFailure: false };
  try {
    for (const name of paths) checkFile(service, name, options, tally);
    if (options.format === 'json') print(`${JSON.stringify({ files: tally.files })}\n`);
  } catch (error) {
    // The reader of the output has gone (| head): nothing more is wanted, and the command ends quietly, as other
    // command-line tools do, with the status of what it checked. It stops at its first write after that (a log is
    // read to its end when every diagnostic was written before, as each rule's are capped).
    if (!(error instanceof ReaderGone)) throw error;
  }
  if (tally.ioFailure) return 2;
  return tally.errors > 0 ? 1 : 0;
}

/** How to check: the output's format, the kind of document forced with --as, and --model. */
interface CheckOptions {
  readonly format: 'text' | 'json';
  readonly forced: DocumentKind | undefined;
  readonly withModel: boolean;
}

/** What checking adds up to: each file's JSON, the error-severity diagnostics, whether an input could not be read. */
interface Tally {
  readonly files: unknown[];
  errors: number;
  ioFailure: boolean;
}

/** Checks one file (- is standard input), adding what it finds to `tally`. */
function checkFile(service: LanguageService, name: string, { format, forced, withModel }: CheckOptions, tally: Tally): void {
  const path = name === '-' ? '<stdin>' : name;
  let fd: number;
  let size: number | undefined;
  let start: Head;
  try {
    fd = name === '-' ? 0 : openSync(name, 'r');
    const stat = fstatSync(fd);
    size = stat.isFile() ? stat.size : undefined;
    start = readHead(fd);
  } catch (error) {
    tally.ioFailure = true;
    process.stderr.write(`smtp-lens: ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}\n`);
    return;
  }
  try {
    if (looksBinary(start.head)) {
      process.stderr.write(`smtp-lens: ${path}: binary file, skipped\n`);
      return;
    }
    if (format === 'text') {
      const reading = detectDocument(splitLines(decodeLines(start.head)), forced);
      if (reading.kind === 'log') {
        let count = 0;
        const { mentions } = service.streamLog(runsOf(fd, start), reading, (d) => {
          count++;
          if (d.severity === 1) tally.errors++;
          print(compilerLine(path, d));
        });
        print(`${path}: log (${reading.format}), ${mentions} code mentions, ${count} diagnostics\n`);
        return;
      }
    }
    const limit = constants.MAX_STRING_LENGTH;
    const bytes = size === undefined || size <= limit ? readWhole(fd, start, size, limit) : undefined;
    if (!bytes) {
      tally.ioFailure = true;
      const hint = format === 'json' ? '; in text format a mail log is streamed and has no limit' : '';
      // A file's size, or, for a pipe or a file that grew while it was read, what it passed.
      const length = size !== undefined && size > limit ? mib(size) : `over ${mib(limit)}`;
      process.stderr.write(`smtp-lens: ${path}: too large to read as one document (${length}; the limit is ${mib(limit)}${hint})\n`);
      return;
    }
    const text = decodeLines(bytes);
    const document = { uri: path, languageId: forced ? languageByKind[forced]! : detectLanguageId, version: 1, getText: () => text };
    const model = service.analyze(document)!;
    const diagnostics = service.diagnostics(document);
    tally.errors += diagnostics.filter((d) => d.severity === 1).length;
    if (format === 'json') {
      tally.files.push({
        path,
        kind: model.kind,
        format: model.format,
        mentions: model.mentions.map((m) => ({
          line: m.line,
          character: mentionStart(m),
          length: mentionEnd(m) - mentionStart(m),
          reply: m.reply?.code ?? null,
          enhanced: m.enhanced?.code ?? null,
        })),
        diagnostics: diagnostics.map((d) => ({
          line: d.range.start.line,
          character: d.range.start.character,
          endLine: d.range.end.line,
          endCharacter: d.range.end.character,
          severity: severityNames[d.severity ?? 1],
          rule: d.code,
          message: diagnosticMessage(d),
        })),
        ...(model.kind === 'message' ? { deliveries: model.messages.flatMap((m) => m.deliveries.map(deliveryJson)) } : {}),
        ...(withModel ? { model: modelJson(model) } : {}),
      });
    } else {
      for (const d of diagnostics) print(compilerLine(path, d));
      print(`${path}: ${model.kind} (${model.format}), ${model.mentions.length} code mentions, ${diagnostics.length} diagnostics\n`);
    }
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

function deliveryJson(d: DeliveryReport): object {
  return { recipient: d.recipient, action: d.action, status: d.status, reply: d.reply, diagnostic: d.diagnostic, line: d.line };
}

/** The model for other tools: what each reader found, with zero-based line spans; reply lines as line numbers. */
function modelJson(model: DocumentModel): object {
  const exchange = (e: Exchange): object => ({
    span: e.span,
    command: e.command,
    reply: e.reply && { span: e.reply.span, code: e.reply.code, enhanced: e.reply.enhanced, complete: e.reply.complete },
    ...(e.content ? { content: e.content } : {}),
  });
  return {
    sessions: model.sessions.map((s) => ({
      span: s.span,
      exchanges: s.exchanges.map(exchange),
      transactions: s.transactions.map((t) => ({ span: t.span, exchanges: t.exchanges.map((e) => s.exchanges.indexOf(e)) })),
    })),
    messages: model.messages.map((m) => ({ span: m.span, subject: m.subject, root: m.root, deliveries: m.deliveries })),
    logEntries: model.logEntries.map((e) => ({
      id: e.id,
      outcome: e.outcome,
      recipients: e.recipients,
      lines: e.lines,
      verdict: e.verdict && { line: e.verdict.line, reply: e.verdict.reply?.code ?? null, enhanced: e.verdict.enhanced?.code ?? null },
    })),
  };
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // A reader that stops early (smtp-lens explain 550 | head -1): the output is no longer wanted.
  if (error instanceof ReaderGone) process.exitCode = 0;
  else if (error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`smtp-lens: ${(error as Error).message}\n${usage}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`smtp-lens: internal error: ${(error as Error).message}\n`);
    process.exitCode = 2;
  }
}
