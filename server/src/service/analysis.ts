import type { Diagnostic } from 'vscode-languageserver-types';
import type { Locale } from '../knowledge';
import { makeChunk, type TextChunk } from './chunks';
import { readIgnores, runRules, toDiagnostics, type Ignores, type PartFindings, type RuleFinding, type RuleSeverities } from './features/diagnostics';
import type { DocumentModel, LogEntry, Mention } from './model';
import type { LogIndex } from './log-index';
import { logEntries, readPart, type LogPartial } from './read';
import { splitLines } from './read/lines';
import { rules, type RuleContext } from './rules';

/** What the parts' rules depend on besides the text; `generation` changes whenever any of it does. */
export interface AnalysisSettings {
  readonly generation: number;
  readonly locale: Locale;
  readonly rules: RuleSeverities;
  readonly permanentFailuresAsWarnings: boolean;
  readonly maxPerRule: number;
}

/** The kind and format a document is read as. */
export interface Reading {
  readonly kind: DocumentModel['kind'];
  readonly format: string;
}

/** A run of a document's lines read on its own, with line numbers counted from `start`. */
export interface Part {
  /** The document line the part starts on. */
  readonly start: number;
  readonly text: string;
  readonly lines: readonly string[];
  readonly model: DocumentModel;
  readonly partials: readonly LogPartial[];
}

/** What is kept of a chunk once read: valid while the document is read the same way and the settings are the same. */
interface ChunkReading {
  readonly reading: Reading;
  readonly lines: readonly string[];
  readonly model: DocumentModel;
  readonly partials: readonly LogPartial[];
  findings?: { readonly generation: number; readonly found: readonly RuleFinding[]; readonly ignores: Ignores };
}

/** Per language service: each chunk's reading and findings, for as long as a document holds the chunk. */
export type ChunkCache = WeakMap<TextChunk, ChunkReading>;

export const partRules = rules.filter((r) => r.scope !== 'document');
export const documentRules = rules.filter((r) => r.scope === 'document');

function shiftMention(m: Mention, by: number): Mention {
  return by === 0 ? m : { ...m, line: m.line + by };
}

/**
 * One version of a document, read in parts. A log is read chunk by chunk (see chunks.ts): its lines are read one by
 * one, so each chunk is a part, read when first needed (a hover reads one chunk, diagnostics all of them) and cached
 * with the chunk, so that after an edit only the chunks the edit touched are read again. Transcripts and messages are
 * one part: their sessions and messages span any cut. What spans the parts of a log, its entries (a message's lines
 * lie anywhere in the file), is kept in a LogIndex that regroups only the messages of the chunks an edit replaced, and the document-scope rules
 * run on it.
 */
export class DocumentAnalysis {
  private readonly chunks: readonly TextChunk[];
  private readonly parts: (Part | undefined)[];
  private readonly starts: readonly number[];
  private entries: readonly LogEntry[] | undefined;
  private composed: DocumentModel | undefined;
  private allLines: readonly string[] | undefined;
  private result: { readonly generation: number; readonly diagnostics: Diagnostic[] } | undefined;

  constructor(
    readonly version: number,
    readonly languageId: string,
    readonly reading: Reading,
    chunks: readonly TextChunk[],
    private readonly cache: ChunkCache,
    /** The document's log index, carried from version to version (logs of more than one chunk). */
    private readonly logIndex: LogIndex,
  ) {
    this.chunks = reading.kind === 'log' || chunks.length === 1 ? chunks : [makeChunk(chunks.map((c) => c.text).join(''))];
    this.parts = new Array<Part | undefined>(this.chunks.length);
    const starts: number[] = [];
    let line = 0;
    for (const chunk of this.chunks) {
      starts.push(line);
      line += chunk.breaks;
    }
    this.starts = starts;
  }

  get partCount(): number {
    return this.chunks.length;
  }

  /** The index of the part holding a document line. */
  partIndexAt(line: number): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.starts[mid]! > line) high = mid;
      else low = mid + 1;
    }
    return Math.max(low - 1, 0);
  }

  part(index: number): Part {
    let part = this.parts[index];
    if (!part) {
      const chunk = this.chunks[index]!;
      const read = this.chunkReading(chunk, index === this.chunks.length - 1);
      part = { start: this.starts[index]!, text: chunk.text, lines: read.lines, model: read.model, partials: read.partials };
      this.parts[index] = part;
    }
    return part;
  }

  private chunkReading(chunk: TextChunk, last: boolean): ChunkReading {
    const cached = this.cache.get(chunk);
    if (cached && cached.reading.kind === this.reading.kind && cached.reading.format === this.reading.format) return cached;
    const lines = splitLines(chunk.text);
    // A chunk other than the last ends with a line break: the empty string after it is the next chunk's first line.
    if (!last && lines.length > 1) lines.pop();
    const { model, partials } = readPart(lines, this.reading);
    const read: ChunkReading = { reading: this.reading, lines, model, partials };
    this.cache.set(chunk, read);
    return read;
  }

  /** The part's rule findings and ignore comments, with its lines counted from its start. */
  partFindings(index: number, settings: AnalysisSettings): PartFindings {
    const part = this.part(index);
    const read = this.chunkReading(this.chunks[index]!, index === this.chunks.length - 1);
    if (read.findings?.generation !== settings.generation) {
      const { locale, permanentFailuresAsWarnings } = settings;
      const context: RuleContext = { locale, permanentFailuresAsWarnings, model: part.model, text: part.text, lines: part.lines };
      read.findings = { generation: settings.generation, found: runRules(context, partRules, settings.rules), ignores: readIgnores(part.text) };
    }
    return { start: part.start, found: read.findings.found, ignores: read.findings.ignores };
  }

  logEntries(): readonly LogEntry[] {
    if (this.reading.kind !== 'log') return [];
    if (!this.entries) {
      if (this.chunks.length === 1) this.entries = logEntries(this.part(0).partials);
      else {
        this.entries = this.logIndex.entries(this.chunks, this.starts, (i) => this.part(i).partials);
      }
    }
    return this.entries;
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
    if (this.chunks.length === 1) {
      const { model } = this.part(0);
      this.composed = model.kind === 'log' ? { ...model, logEntries: this.logEntries() } : model;
      return this.composed;
    }
    let mentions: readonly Mention[] | undefined;
    const gather = (): readonly Mention[] => {
      const parts = this.chunks.map((_, i) => this.part(i));
      return parts.flatMap((p) => (p.start === 0 ? p.model.mentions : p.model.mentions.map((m) => shiftMention(m, p.start))));
    };
    const logEntries = this.logEntries();
    this.composed = {
      kind: this.reading.kind,
      format: this.reading.format,
      sessions: [],
      messages: [],
      logEntries,
      get mentions() {
        mentions ??= gather();
        return mentions;
      },
    };
    return this.composed;
  }

  /** The whole document's lines. */
  lines(): readonly string[] {
    if (this.chunks.length === 1) return this.part(0).lines;
    this.allLines ??= this.chunks.flatMap((_, i) => this.part(i).lines);
    return this.allLines;
  }

  /** The text of one document line. */
  lineText(line: number): string | undefined {
    const part = this.part(this.partIndexAt(line));
    return part.lines[line - part.start];
  }

  /** What rules and fixes see of the whole document; its lines are joined only if a rule reads them. */
  documentContext(settings: AnalysisSettings): RuleContext {
    const lines = (): readonly string[] => this.lines();
    const text = (): string => (this.chunks.length === 1 ? this.chunks[0]!.text : this.chunks.map((c) => c.text).join(''));
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

  /** Diagnostics of every part, then of the document-scope rules; reads whatever part is not read yet. */
  diagnostics(settings: AnalysisSettings): Diagnostic[] {
    if (this.result?.generation === settings.generation) return this.result.diagnostics;
    const parts = this.chunks.map((_, i) => this.partFindings(i, settings));
    const byLine = new Map<number, ReadonlySet<string>>();
    for (const { start, ignores } of parts) for (const [line, ids] of ignores.byLine) byLine.set(start + line, ids);
    const everywhere = new Set<string>();
    const found = runRules(this.documentContext(settings), documentRules, settings.rules);
    const presentation = { severities: settings.rules, maxPerRule: settings.maxPerRule, locale: settings.locale };
    const diagnostics = toDiagnostics([...parts, { start: 0, found, ignores: { everywhere, byLine } }], presentation);
    this.result = { generation: settings.generation, diagnostics };
    return diagnostics;
  }
}
