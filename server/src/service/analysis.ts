import type { Diagnostic } from 'vscode-languageserver-types';
import type { Locale } from '../knowledge';
import { breaksIn, changedRun, lineStarts, upperBound, type TextChunk } from './chunks';
import { readIgnores, RunDiagnostics, runRules, sameIgnores, toDiagnostics, type Ignores, type RuleFinding, type RuleRun, type RuleSeverities } from './features/diagnostics';
import {
  shiftMention,
  type DocumentModel,
  type Exchange,
  type LineSpan,
  type LogEntry,
  type Mention,
  type MessageModel,
  type MessagePart,
  type Session,
} from './model';
import { readTranscriptPart, type TranscriptPart } from './transcript-parts';
import type { LogIndex } from './log-index';
import { logEntries, readPart, type LogPartial } from './read';
import { splitLines } from './read/lines';
import { readMessagePart } from './read/message';
import { rules, type Rule, type RuleContext } from './rules';
import { toEnd } from './slices';

/** What the parts' rules depend on besides the text; `generation` changes whenever any of it does. */
export interface AnalysisSettings {
  readonly generation: number;
  readonly locale: Locale;
  readonly rules: RuleSeverities;
  readonly permanentFailuresAsWarnings: boolean;
  readonly maxPerRule: number;
  readonly maxPerDocument: number;
}

/** The kind and format a document is read as. */
export interface Reading {
  readonly kind: DocumentModel['kind'];
  readonly format: string;
}

/**
 * What is kept of a part once read, with the chunk it starts in: valid while the document is read the same way, holds
 * the chunks it was read from, and the settings are the same.
 */
interface KeptPart {
  readonly reading: Reading;
  /** The line of its first chunk the part starts on: 0 but in transcripts. */
  readonly offset: number;
  /** The chunks read, from the one it starts in: a transcript part reads on to the reply that opens the next part. */
  readonly read: readonly TextChunk[];
  /** Whether it was read up to the end of the document. */
  readonly toEnd: boolean;
  /**
   * Whether the last chunk it read was the document's last, whose lines include the one after its last break: valid
   * only where that chunk is still the last (a transcript part may read into the last chunk and end before the end).
   */
  readonly readsLast: boolean;
  /**
   * How much of the last chunk it read its reading looked at, through the break of the last line it looked at: a part
   * that read on into another chunk holds while that much of it stays the same (Infinity: all of it).
   */
  readonly seen: number;
  /** How many lines it has, from line `offset` of its first chunk on. */
  readonly lineCount: number;
  readonly model: DocumentModel;
  readonly partials: readonly LogPartial[];
  findings?: RuleFindings & { readonly ignores: Ignores };
}

/**
 * A part's findings, each rule's apart (in the order the rules ran), its lines counted from `start`, with the ignore
 * comments that apply to them; and the runs they make for the diagnostics, one per rule that found something. Kept
 * from pass to pass while they stay the same, so that gathering a document's diagnostics makes no new runs but where
 * something changed.
 */
interface FindingsView {
  readonly start: number;
  readonly ignores: Ignores;
  /** For the log-entries rules' findings: see RuleRun. */
  readonly layout: object | undefined;
  readonly runs: readonly RuleRun[];
}

function findingsView(start: number, byRule: ReadonlyMap<Rule, readonly RuleFinding[]>, ignores: Ignores, layout?: object): FindingsView {
  const runs: RuleRun[] = [];
  byRule.forEach((found, rule) => runs.push({ rule, start, found, ignores, layout }));
  return { start, ignores, layout, runs };
}

/** What rules found, each rule's apart, in the given settings' generation: in a part, or in the entries that start in a chunk. */
interface RuleFindings {
  readonly generation: number;
  readonly byRule: ReadonlyMap<Rule, readonly RuleFinding[]>;
  /**
   * The findings as the last pass gathered them: a part's, from the line the part then started on; the entries', in
   * the layout and with the ignore comments that pass had.
   */
  view?: FindingsView;
}

/** No ignore comment anywhere: what most documents have, the same object pass after pass. */
const noIgnores: Ignores = { everywhere: new Set(), byLine: new Map() };

/**
 * Per language service: each part's reading and findings, kept with the chunk it starts in for as long as a document
 * holds the chunk; the findings of the log-entries rules, kept with the entries that start in a chunk (see LogIndex).
 */
export interface AnalysisCache {
  readonly parts: WeakMap<TextChunk, KeptPart>;
  readonly entries: WeakMap<readonly LogEntry[], RuleFindings>;
  /** The diagnostics of each run of findings, as far as made: an edit makes those of the runs it changed. */
  readonly runs: WeakMap<readonly RuleFinding[], RunDiagnostics>;
  /**
   * The lines of the parts used last, the most recent last: a part's lines are an object per line (a 50 MB socat
   * transcript has 1.5 million), cut again from its chunks when needed once more.
   */
  readonly lines: Map<KeptPart, readonly string[]>;
}

/** How many parts' lines AnalysisCache.lines keeps. */
const linesKept = 16;

/** The text of a part: its lines from line `offset` of its first chunk on, line breaks included. */
function partText({ read, offset, lineCount }: KeptPart): string {
  if (offset === 0 && read.length === 1 && lineCount >= read[0]!.breaks) return read[0]!.text;
  const pieces: string[] = [];
  let end = offset + lineCount;
  for (let j = 0; j < read.length; j++) {
    const chunk = read[j]!;
    const starts = lineStarts(chunk);
    const from = j === 0 ? starts[offset]! : 0;
    if (end <= chunk.breaks || j === read.length - 1) {
      pieces.push(chunk.text.slice(from, end <= chunk.breaks ? starts[end] : chunk.text.length));
      break;
    }
    pieces.push(chunk.text.slice(from));
    end -= chunk.breaks;
  }
  return pieces.join('');
}

/** A part's lines, from the recent ones or cut again (see AnalysisCache.lines). */
function linesOf(read: KeptPart, cache: AnalysisCache): readonly string[] {
  let lines = cache.lines.get(read);
  if (lines) cache.lines.delete(read);
  else {
    const cut = splitLines(partText(read));
    cut.length = read.lineCount;
    lines = cut;
  }
  keepLines(read, lines, cache);
  return lines;
}

function keepLines(read: KeptPart, lines: readonly string[], cache: AnalysisCache): void {
  const recent = cache.lines;
  recent.set(read, lines);
  if (recent.size > linesKept) recent.delete(recent.keys().next().value!);
}

/**
 * A run of a document's lines read on its own, with line numbers counted from `start`. Its text and lines are cut
 * from the document's chunks when asked for, and only the last few parts' are kept (see AnalysisCache.lines). Each
 * version of a document has one per part (a 50 MB log has 800): what they compute is on the prototype.
 */
class Part {
  constructor(
    /** The document line the part starts on. */
    readonly start: number,
    private readonly read: KeptPart,
    private readonly cache: AnalysisCache,
  ) {}

  get model(): DocumentModel {
    return this.read.model;
  }

  get partials(): readonly LogPartial[] {
    return this.read.partials;
  }

  get text(): string {
    return partText(this.read);
  }

  get lines(): readonly string[] {
    return linesOf(this.read, this.cache);
  }
}

export const partRules = rules.filter((r) => r.scope === undefined);
export const entryRules = rules.filter((r) => r.scope === 'log-entries');

function shiftSpan(span: LineSpan, by: number): LineSpan {
  return { start: span.start + by, end: span.end + by };
}

/** A part's session with its lines counted from the document's start. */
function shiftSession(session: Session, by: number): Session {
  if (by === 0) return session;
  const exchanges = new Map<Exchange, Exchange>();
  for (const e of session.exchanges) {
    const command = e.command && { ...e.command, line: e.command.line + by };
    const reply = e.reply && { ...e.reply, span: shiftSpan(e.reply.span, by), lines: e.reply.lines.map((m) => shiftMention(m, by)) };
    const content = e.content && { ...e.content, span: shiftSpan(e.content.span, by) };
    exchanges.set(e, { ...e, command, reply, ...(content && { content }), span: shiftSpan(e.span, by) });
  }
  return {
    exchanges: session.exchanges.map((e) => exchanges.get(e)!),
    transactions: session.transactions.map((t) => ({ exchanges: t.exchanges.map((e) => exchanges.get(e)!), span: shiftSpan(t.span, by) })),
    span: shiftSpan(session.span, by),
  };
}

/** The part of a message document (an mbox) from a line on, read as transcript parts are (see readMessagePart). */
function messagePart(line: (index: number) => string | undefined, format: string, least: number): TranscriptPart {
  const { reading, length, last } = readMessagePart(line, least);
  return { model: { kind: 'message', format, sessions: [], logEntries: [], mentions: reading.mentions, messages: reading.messages }, length, last };
}

/** A part's MIME part with its lines counted from the document's start. */
function shiftMessagePart(part: MessagePart, by: number): MessagePart {
  return { ...part, span: shiftSpan(part.span, by), header: shiftSpan(part.header, by), parts: part.parts.map((p) => shiftMessagePart(p, by)) };
}

/** A part's message with its lines counted from the document's start. */
function shiftMessage(message: MessageModel, by: number): MessageModel {
  return {
    ...message,
    root: shiftMessagePart(message.root, by),
    deliveries: message.deliveries.map((d) => ({ ...d, line: d.line + by, span: shiftSpan(d.span, by) })),
    span: shiftSpan(message.span, by),
  };
}

/**
 * One version of a document, read in parts (see chunks.ts for chunks). A log is read chunk by chunk: its lines are
 * read one by one, so each chunk is a part, read when first needed (a hover reads one chunk, diagnostics all of them).
 * A transcript is read from its start in parts of at least the rest of a chunk, each ending where a new session can
 * be read afresh with the same result (see transcript-parts.ts): part after part, since where a part ends depends on
 * the dialogue before. Parts are cached with the chunk they start in, so that after an edit only the parts whose
 * chunks the edit touched are read again; the parts after them start where they did and are found in the cache. An
 * mbox is read the same way, in parts that end before a message's "From " line (see readMessagePart); an .eml is one
 * part, for a MIME structure spans any cut. What spans the parts of a log, its entries (a message's lines
 * lie anywhere in the file), is kept in a LogIndex that regroups only the messages of the chunks an edit replaced,
 * and the log-entries rules run on the entries of each chunk, again only where they changed.
 */
export class DocumentAnalysis {
  private readonly chunks: readonly TextChunk[];
  /**
   * The document line each chunk starts on, as far as counted: a chunk's line breaks are counted once a part in or
   * after it is needed (counting a 50 MB document's takes ~15 ms, more than the first slice of its first pass should).
   */
  private readonly chunkStarts: number[] = [0];
  /** The parts read so far, by index: a log's in any order, a transcript's from the first on. */
  private readonly parts: (Part | undefined)[] = [];
  private readonly readings: (KeptPart | undefined)[] = [];
  /** Transcripts: the chunk each part found so far starts in. */
  private readonly partChunks: number[] = [];
  /** Transcripts: the document line each part found so far starts on. */
  private readonly partStarts: number[] = [];
  private entries: readonly LogEntry[] | undefined;
  private groups: (readonly LogEntry[])[] | undefined;
  private composed: DocumentModel | undefined;
  private result: { readonly generation: number; readonly diagnostics: Diagnostic[] } | undefined;
  /** The document's ignore comments as the last pass over it gathered them (see documentIgnores). */
  private ignores: Ignores | undefined;
  /** How many parts this version read itself (not found in the cache). */
  private reads = 0;

  constructor(
    readonly version: number,
    readonly languageId: string,
    readonly reading: Reading,
    chunks: readonly TextChunk[],
    private readonly cache: AnalysisCache,
    /** The document's log index, carried from version to version (logs of more than one chunk). */
    private readonly logIndex: LogIndex,
    /** The version before: the parts of the chunks an edit did not touch are taken over from it (see keepParts). */
    previous?: DocumentAnalysis,
  ) {
    this.chunks = chunks;
    this.ignores = previous?.ignores;
    if (previous && previous.reading.kind === reading.kind && previous.reading.format === reading.format) this.keepParts(previous);
  }

  /**
   * Takes over the parts of `previous` that an edit left as they were: those before the run of chunks it replaced, and
   * in a log, those after it when it kept the number of lines (a transcript's next parts are found again from where
   * the part the edit changed ends, in the cache). What an edit costs then grows with the chunks it touched, not with
   * the document: the other parts are neither looked up nor made again.
   */
  private keepParts(previous: DocumentAnalysis): void {
    const { from, oldEnd, newEnd } = changedRun(previous.chunks, this.chunks);
    if (!this.byChunk) {
      for (let i = 0; i < previous.partChunks.length; i++) {
        const read = previous.readings[i]!;
        const k = previous.partChunks[i]!;
        if (read.toEnd || k + read.read.length > from) break;
        this.partChunks.push(k);
        this.partStarts.push(previous.partStarts[i]!);
        this.readings.push(read);
        this.parts.push(previous.parts[i]);
      }
      return;
    }
    const last = this.chunks.length - 1;
    const keep = (i: number, at: number): void => {
      const read = previous.readings[i];
      // The last chunk's part reads the line after its last break: it is kept only where it is still the last.
      if (!read || read.readsLast !== (at === last)) return;
      this.readings[at] = read;
      this.parts[at] = previous.parts[i];
    };
    for (let i = 0; i < from; i++) keep(i, i);
    if (breaksIn(previous.chunks, from, oldEnd) !== breaksIn(this.chunks, from, newEnd)) return;
    for (let i = oldEnd; i < previous.chunks.length; i++) keep(i, i - oldEnd + newEnd);
  }

  /** The document line chunk `k` starts on. */
  private chunkStart(k: number): number {
    const starts = this.chunkStarts;
    while (starts.length <= k) starts.push(starts.at(-1)! + this.chunks[starts.length - 1]!.breaks);
    return starts[k]!;
  }

  /** The chunk that holds a document line (the last, past the end). */
  private chunkAt(line: number): number {
    const starts = this.chunkStarts;
    while (starts.length < this.chunks.length && starts.at(-1)! <= line) this.chunkStart(starts.length);
    return upperBound(starts, line) - 1;
  }

  /** Logs are read chunk by chunk; transcripts and messages in parts, each found where the one before ends. */
  private get byChunk(): boolean {
    return this.reading.kind === 'log';
  }

  /** Whether the document has a part `index`; a transcript's parts up to it are read to know. */
  hasPart(index: number): boolean {
    if (this.byChunk) return index < this.chunks.length;
    while (this.partChunks.length <= index) {
      const previous = this.parts[this.partChunks.length - 1];
      const before = this.readings[this.partChunks.length - 1];
      if (before?.toEnd) return false;
      const line = previous && before ? previous.start + before.lineCount : 0;
      const chunk = this.chunkAt(line);
      this.partChunks.push(chunk);
      this.readPart(this.partChunks.length - 1, chunk, line - this.chunkStart(chunk));
    }
    return true;
  }

  /** How much of the document lies in the parts up to `index` (read, or found to be read), from 0 to 1. */
  fractionRead(index: number): number {
    const last = this.byChunk ? index : this.partChunks[index]!;
    return Math.min(1, (last + 1) / this.chunks.length);
  }

  /** The index of the part holding a document line. */
  partIndexAt(line: number): number {
    if (this.byChunk) return Math.max(this.chunkAt(line), 0);
    // A transcript's parts are read in order until one starts after the line; the line is in the last before it.
    this.hasPart(0);
    while (this.partStarts.at(-1)! <= line && this.hasPart(this.partStarts.length));
    return Math.max(upperBound(this.partStarts, line) - 1, 0);
  }

  part(index: number): Part {
    if (!this.parts[index]) {
      if (!this.byChunk) this.hasPart(index);
      else this.readPart(index, index, 0);
    }
    return this.parts[index]!;
  }

  private readPart(index: number, chunk: number, offset: number): void {
    const read = this.partReading(chunk, offset);
    this.readings[index] = read;
    const start = this.chunkStart(chunk) + offset;
    if (!this.byChunk) this.partStarts[index] = start;
    this.parts[index] = new Part(start, read, this.cache);
  }

  /** The part starting on line `offset` of chunk `k`, from the cache when it was read from the same chunks. */
  private partReading(k: number, offset: number): KeptPart {
    const chunk = this.chunks[k]!;
    const cached = this.cache.parts.get(chunk);
    if (
      cached &&
      cached.reading.kind === this.reading.kind &&
      cached.reading.format === this.reading.format &&
      cached.offset === offset &&
      cached.readsLast === (k + cached.read.length === this.chunks.length)
    ) {
      const { read, seen } = cached;
      const last = read.length - 1;
      const now = this.chunks[k + last];
      const same = read.every((c, j) => this.chunks[k + j] === c || j === last);
      if (same && now === read[last]) return cached;
      // An edit in the chunk a part read on into, past what its reading looked at, leaves the part as it was. Its
      // first chunk must be the same whole: a part goes on at least to that chunk's end.
      if (same && last > 0 && now && seen <= now.text.length && now.text.slice(0, seen) === read[last]!.text.slice(0, seen)) {
        const moved = { ...cached, read: this.chunks.slice(k, k + read.length) };
        this.cache.parts.set(chunk, moved);
        return moved;
      }
    }
    const [read, lines] = this.byChunk ? this.readChunk(k) : this.readOnFrom(k, offset);
    this.reads++;
    this.cache.parts.set(chunk, read);
    keepLines(read, lines, this.cache);
    return read;
  }

  /** A chunk's lines; a chunk other than the last ends with a line break, and the empty string after it is the next chunk's first line. */
  private chunkLines(k: number): string[] {
    const lines = splitLines(this.chunks[k]!.text);
    if (k < this.chunks.length - 1 && lines.length > 1) lines.pop();
    return lines;
  }

  /** A chunk read as a part, and its lines. */
  private readChunk(k: number): [KeptPart, readonly string[]] {
    const chunk = this.chunks[k]!;
    const lines = this.chunkLines(k);
    const { model, partials } = readPart(lines, this.reading);
    const last = k === this.chunks.length - 1;
    return [{ reading: this.reading, offset: 0, read: [chunk], toEnd: last, readsLast: last, seen: Infinity, lineCount: lines.length, model, partials }, lines];
  }

  /** The transcript or message part that starts on line `offset` of chunk `k`, and its lines. */
  private readOnFrom(k: number, offset: number): [KeptPart, readonly string[]] {
    const lines: string[] = [];
    let next = k;
    /** The last line asked for, and the index in `lines` that line 0 of the last chunk read has (less than 0 for the first). */
    let looked = -1;
    let before = -offset;
    const line = (i: number): string | undefined => {
      looked = Math.max(looked, i);
      while (i >= lines.length && next < this.chunks.length) {
        const more = this.chunkLines(next);
        before = lines.length - (next === k ? offset : 0);
        for (let j = next === k ? offset : 0; j < more.length; j++) lines.push(more[j]!);
        next++;
      }
      return lines[i];
    };
    // At least to the end of the chunk it starts in, so that a chunk starts one part at most.
    const least = k < this.chunks.length - 1 ? this.chunks[k]!.breaks - offset : Infinity;
    const part = this.reading.kind === 'message' ? messagePart(line, this.reading.format, least) : readTranscriptPart(line, this.reading.format, least);
    const read = this.chunks.slice(k, next);
    const readsLast = next === this.chunks.length;
    // Through the break after the last line looked at in the last chunk read; past its lines, all of it.
    const seen = looked < lines.length ? lineStarts(read.at(-1)!)[looked - before + 1] ?? Infinity : Infinity;
    lines.length = part.length;
    return [{ reading: this.reading, offset, read, toEnd: part.last, readsLast, seen, lineCount: part.length, model: part.model, partials: [] }, lines];
  }

  /** The part's rule findings and ignore comments, with its lines counted from its start. */
  private partFindings(index: number, settings: AnalysisSettings): FindingsView {
    const part = this.part(index);
    const read = this.readings[index]!;
    const { generation } = settings;
    if (read.findings?.generation !== generation) {
      const { locale, permanentFailuresAsWarnings } = settings;
      const text = part.text;
      const context: RuleContext = { locale, permanentFailuresAsWarnings, model: part.model, text, lines: part.lines };
      read.findings = { generation, byRule: byRule(runRules(context, partRules, settings.rules)), ignores: readIgnores(text) };
    }
    const found = read.findings;
    if (found.view?.start !== part.start) found.view = findingsView(part.start, found.byRule, found.ignores);
    return found.view;
  }

  /**
   * Makes the findings of part `index` and says whether that was work: false when the part and its findings were
   * kept from an earlier version, so that a pass in slices pauses after work only (after an edit, most parts are kept).
   */
  preparePart(index: number, settings: AnalysisSettings): boolean {
    const reads = this.reads;
    this.part(index);
    const kept = this.readings[index]!.findings?.generation === settings.generation;
    this.partFindings(index, settings);
    return !kept || this.reads !== reads;
  }

  /** Every part, read if not yet. */
  private allParts(): Part[] {
    const parts: Part[] = [];
    for (let i = 0; this.hasPart(i); i++) parts.push(this.part(i));
    return parts;
  }

  logEntries(): readonly LogEntry[] {
    if (this.reading.kind !== 'log') return [];
    this.entries ??= this.chunks.length === 1 ? logEntries(this.part(0).partials) : this.entryGroups().flat();
    return this.entries;
  }

  /**
   * A log's entries, those that start in each chunk apart (see LogIndex.entriesByChunk), worked out once per version:
   * each time would bring the index up to the version again. Other documents have none.
   */
  private entryGroups(): (readonly LogEntry[])[] {
    if (this.reading.kind !== 'log') return [];
    if (this.chunks.length === 1) return [this.logEntries()];
    if (!this.groups) {
      this.chunkStart(this.chunks.length - 1);
      this.groups = this.logIndex.entriesByChunk(this.chunks, this.chunkStarts, (i) => this.part(i).partials);
    }
    return this.groups;
  }

  /**
   * What the log-entries rules find, the entries of each chunk apart, kept with them (see AnalysisCache), with the
   * document's ignore comments and the layout of its chunks.
   */
  private entryFindings(settings: AnalysisSettings, ignores: Ignores): FindingsView[] {
    const groups = this.entryGroups();
    // Read once the index is at this version (entryGroups brings it there).
    const { layout } = this.logIndex;
    return groups.map((logEntries) => {
      const found = this.findingsOf(logEntries, settings);
      if (found.view?.layout !== layout || found.view.ignores !== ignores) found.view = findingsView(0, found.byRule, ignores, layout);
      return found.view;
    });
  }

  private findingsOf(logEntries: readonly LogEntry[], settings: AnalysisSettings): RuleFindings {
    const { locale, permanentFailuresAsWarnings, generation } = settings;
    const cached = this.cache.entries.get(logEntries);
    if (cached?.generation === generation) return cached;
    const model: DocumentModel = { kind: 'log', format: this.reading.format, mentions: [], sessions: [], messages: [], logEntries };
    const found = { generation, byRule: byRule(runRules({ locale, permanentFailuresAsWarnings, model, text: '', lines: [] }, entryRules, settings.rules)) };
    this.cache.entries.set(logEntries, found);
    return found;
  }

  /**
   * Runs the log-entries rules on the entries of the chunks where they have not run yet, until `deadline` (a
   * performance.now() time), at least one chunk's: true once done, so that `diagnostics` then only gathers. The log
   * index must be in sync (see syncLogIndex).
   */
  runEntryRules(settings: AnalysisSettings, deadline: number): boolean {
    let worked = false;
    for (const logEntries of this.entryGroups()) {
      if (this.cache.entries.get(logEntries)?.generation === settings.generation) continue;
      if (worked && performance.now() > deadline) return false;
      this.findingsOf(logEntries, settings);
      worked = true;
    }
    return true;
  }

  /**
   * Brings the document's log index up to this version, until `deadline` (a performance.now() time): true once done,
   * so that `diagnostics` then costs only what changed. Logs of one chunk need no index.
   */
  syncLogIndex(deadline: number): boolean {
    if (this.reading.kind !== 'log' || this.chunks.length === 1) return true;
    return this.logIndex.sync(this.chunks, (i) => this.part(i).partials, deadline);
  }

  /** The whole document's model. For a log of several parts its mentions are gathered only when asked for. */
  model(): DocumentModel {
    if (this.composed) return this.composed;
    if (!this.hasPart(1)) {
      const { model } = this.part(0);
      this.composed = model.kind === 'log' ? { ...model, logEntries: this.logEntries() } : model;
      return this.composed;
    }
    const gatherMentions = (): readonly Mention[] => [...this.fromParts((m) => m.mentions, shiftMention)];
    const gatherSessions = (): readonly Session[] => [...this.sessions()];
    const gatherMessages = (): readonly MessageModel[] => [...this.messages()];
    let mentions: readonly Mention[] | undefined;
    let sessions: readonly Session[] | undefined;
    let messages: readonly MessageModel[] | undefined;
    const logEntries = (): readonly LogEntry[] => this.logEntries();
    this.composed = {
      kind: this.reading.kind,
      format: this.reading.format,
      get messages() {
        messages ??= gatherMessages();
        return messages;
      },
      get logEntries() {
        return logEntries();
      },
      get mentions() {
        mentions ??= gatherMentions();
        return mentions;
      },
      get sessions() {
        sessions ??= gatherSessions();
        return sessions;
      },
    };
    return this.composed;
  }

  /** What `pick` takes of each part's model, in order and counted from the document's start, each part read when first needed. */
  private *fromParts<T>(pick: (model: DocumentModel) => readonly T[], shift: (item: T, by: number) => T): Generator<T> {
    for (let i = 0; this.hasPart(i); i++) {
      const { start, model } = this.part(i);
      for (const item of pick(model)) yield start === 0 ? item : shift(item, start);
    }
  }

  /** The document's sessions in order, each part read only when its first session is taken. */
  sessions(): Generator<Session> {
    return this.fromParts((model) => model.sessions, shiftSession);
  }

  /** The document's messages (an mbox's), the same way. */
  messages(): Generator<MessageModel> {
    return this.fromParts((model) => model.messages, shiftMessage);
  }

  /** The whole document's lines. */
  lines(): readonly string[] {
    if (!this.hasPart(1)) return this.part(0).lines;
    return this.allParts().flatMap((p) => p.lines);
  }

  /** The text of one document line. */
  lineText(line: number): string | undefined {
    const part = this.part(this.partIndexAt(line));
    return part.lines[line - part.start];
  }

  /** What rules and fixes see of the whole document; its lines and text are joined only if read, once for the context. */
  documentContext(settings: AnalysisSettings): RuleContext {
    const joined: { lines?: readonly string[]; text?: string } = {};
    const lines = (): readonly string[] => (joined.lines ??= this.lines());
    const text = (): string => (joined.text ??= this.chunks.length === 1 ? this.chunks[0]!.text : this.chunks.map((c) => c.text).join(''));
    return {
      locale: settings.locale,
      permanentFailuresAsWarnings: settings.permanentFailuresAsWarnings,
      model: this.model(),
      get lines() {
        return lines();
      },
      get text() {
        return text();
      },
    };
  }

  /** Diagnostics of every part, then of the log-entries rules; reads whatever part is not read yet. */
  diagnostics(settings: AnalysisSettings): Diagnostic[] {
    return toEnd(this.diagnosticSteps(settings));
  }

  /** The same, yielding after each part it read or ran the rules of, and after each run it made diagnostics of (see toDiagnostics). */
  *diagnosticSteps(settings: AnalysisSettings): Generator<void, Diagnostic[]> {
    if (this.result?.generation === settings.generation) return this.result.diagnostics;
    const parts: FindingsView[] = [];
    for (let i = 0; this.hasPart(i); i++) {
      if (this.preparePart(i, settings)) yield;
      parts.push(withCarriedIgnore(this.partFindings(i, settings), parts.at(-1)));
    }
    const ignores = documentIgnores(parts, this.ignores);
    this.ignores = ignores;
    const entries = this.entryFindings(settings, ignores);
    const { rules: severities, maxPerRule, maxPerDocument, locale } = settings;
    const presentation = { severities, maxPerRule, maxPerDocument, locale };
    const all = ruleByRule([...parts, ...entries], [...partRules, ...entryRules]);
    const diagnosticsOf = (run: RuleRun): RunDiagnostics => {
      const kept = this.cache.runs.get(run.found);
      if (kept?.fits(run)) return kept;
      const made = new RunDiagnostics(run, settings.rules);
      this.cache.runs.set(run.found, made);
      return made;
    };
    const diagnostics = yield* toDiagnostics(all, presentation, ignores.everywhere, diagnosticsOf);
    this.result = { generation: settings.generation, diagnostics };
    return diagnostics;
  }
}

/** A "smtp-lens-disable-next-line" on the last line of the part before is for this part's first line. */
function withCarriedIgnore(part: FindingsView, before: FindingsView | undefined): FindingsView {
  const carried = before && before.ignores.byLine.size > 0 ? before.ignores.byLine.get(part.start - before.start) : undefined;
  if (!carried) return part;
  const byLine = new Map(part.ignores.byLine);
  byLine.set(0, new Set([...(byLine.get(0) ?? []), ...carried]));
  const ignores = { everywhere: part.ignores.everywhere, byLine };
  return { ...part, ignores, runs: part.runs.map((run) => ({ ...run, ignores })) };
}

/**
 * The ignore comments of the whole document, gathered from its parts, their lines counted from the document's start:
 * `before` (the last pass's) while they say the same, so that what was made with it is kept (see entryFindings).
 */
function documentIgnores(parts: readonly FindingsView[], before: Ignores | undefined): Ignores {
  if (parts.every(({ ignores }) => ignores.byLine.size === 0 && ignores.everywhere.size === 0)) return noIgnores;
  const byLine = new Map<number, ReadonlySet<string>>();
  const everywhere = new Set<string>();
  for (const { start, ignores } of parts) {
    for (const [line, ids] of ignores.byLine) byLine.set(start + line, ids);
    for (const id of ignores.everywhere) everywhere.add(id);
  }
  const gathered = { everywhere, byLine };
  return before && sameIgnores(before, gathered) ? before : gathered;
}

/** Findings as runRules returns them, each rule's apart. */
function byRule(found: readonly RuleFinding[]): Map<Rule, RuleFinding[]> {
  const grouped = new Map<Rule, RuleFinding[]>();
  for (const f of found) {
    const same = grouped.get(f.rule);
    if (same) same.push(f);
    else grouped.set(f.rule, [f]);
  }
  return grouped;
}

/**
 * The findings rule by rule, each rule's over the parts in order: as the rules find them when the whole text is read
 * at once, so that the order and the first smtpLens.diagnostics.maxPerRule of a rule do not depend on the parts.
 */
function ruleByRule(parts: readonly FindingsView[], order: readonly Rule[]): RuleRun[] {
  const runs = new Map<Rule, RuleRun[]>(order.map((rule) => [rule, []]));
  for (const part of parts) for (const run of part.runs) runs.get(run.rule)!.push(run);
  return order.flatMap((rule) => runs.get(rule)!);
}
