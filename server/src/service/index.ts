import type { CodeAction, Diagnostic, DocumentSymbol, FoldingRange, Hover, Position } from 'vscode-languageserver-types';
import type { Locale } from '../knowledge';
import { DocumentAnalysis, type AnalysisCache, type AnalysisSettings, type Reading } from './analysis';
import { cutChunks, type TextChunk } from './chunks';
import { LogIndex } from './log-index';
import { streamLog, type StreamedLog } from './log-stream';
import { compareCodes, explainCode, type CodeExplanation, type Comparison } from './explain';
import { codeActions } from './features/code-actions';
import type { RuleSeverities } from './features/diagnostics';
import { folding, foldingRanges } from './features/folding';
import { hover } from './features/hover';
import { documentSymbols, outline, type OutlineOptions } from './features/symbols';
import { shiftRange, type DocumentItems, type DocumentKind, type DocumentModel } from './model';
import { detectDocument, sniffDocument, sniffLines } from './read';
import { splitLines } from './read/lines';
import { inSlices, type Slicing } from './slices';

export type { CodeExplanation, Comparison } from './explain';
export type { DocumentKind, DocumentModel, Mention } from './model';
export type { RuleSeverities } from './features/diagnostics';
export type { Reading } from './analysis';
export type { StreamedLog } from './log-stream';
export type { Slicing } from './slices';

/** What the service needs of a document: the shape of vscode-languageserver-textdocument's TextDocument. */
export interface ServiceDocument {
  readonly uri: string;
  readonly languageId: string;
  readonly version: number;
  getText(): string;
  /** The text in line-aligned chunks that an edit replaces only where it touches (the server's documents): logs are then read again only there. */
  getChunks?(): readonly TextChunk[];
}

export interface ServiceSettings {
  readonly locale: Locale;
  readonly hover: { readonly enabled: boolean; readonly showSources: boolean; readonly commandLinks: boolean };
  /** Serve plain-text and generic log documents whose content is SMTP. */
  readonly sniffPlaintext: boolean;
  /** How much of such a document is looked at to decide. */
  readonly sniffChars: number;
  readonly rules: RuleSeverities;
  /** Failed deliveries in logs that will not arrive (5xx, bounced, expired) as warnings rather than information. */
  readonly permanentFailuresAsWarnings: boolean;
  /** Diagnostics per rule and document at most; one more says how many were left out. */
  readonly maxPerRule: number;
  /** Diagnostics per document at most, shared among the rules; Infinity for none (the command line). */
  readonly maxPerDocument: number;
  /** Outline symbols per document at most; one more says where it stops. */
  readonly outlineMaxItems: number;
}

export const defaultSettings: ServiceSettings = {
  locale: 'en',
  hover: { enabled: true, showSources: true, commandLinks: false },
  sniffPlaintext: true,
  sniffChars: 16384,
  rules: {},
  permanentFailuresAsWarnings: false,
  maxPerRule: 1000,
  maxPerDocument: 2000,
  outlineMaxItems: 5000,
};

/** The extension's own languages, and the kind each holds. */
export const languageKinds: Readonly<Record<string, DocumentKind>> = {
  'smtp-transcript': 'transcript',
  'mail-log': 'log',
  eml: 'message',
};

/** A language id for documents whose kind is told from their content alone (the command line's files). */
export const detectLanguageId = 'smtp-lens-detect';

/** Other languages whose documents are served when their content is SMTP. */
export const sniffedLanguages: readonly string[] = ['log', 'plaintext'];

export interface LanguageService {
  /** The model of a document, or null for a document of another language that is not SMTP. Cached per version. */
  analyze(document: ServiceDocument): DocumentModel | null;
  hover(document: ServiceDocument, position: Position): Hover | null;
  diagnostics(document: ServiceDocument): Diagnostic[];
  /**
   * The same diagnostics, computed in slices of at most about `sliceMs` of work with `pause()` awaited between them,
   * so that a server can answer other requests meanwhile; null when `cancelled()` says so after a pause (the document
   * closed), or when the document is at another version by then.
   */
  diagnosticsInSlices(document: ServiceDocument, slicing: Slicing): Promise<Diagnostic[] | null>;
  /** Quick fixes for `requested`; source actions too when `only` asks for them (LSP CodeActionContext.only). */
  codeActions(document: ServiceDocument, requested: readonly Diagnostic[], only?: readonly string[]): CodeAction[];
  documentSymbols(document: ServiceDocument): DocumentSymbol[];
  /** The same outline, built in slices as diagnosticsInSlices computes diagnostics. */
  documentSymbolsInSlices(document: ServiceDocument, slicing: Slicing): Promise<DocumentSymbol[] | null>;
  /** Folding ranges; when the client asks for at most `rangeLimit`, that many, the outer ones first (see folding.ts). */
  foldingRanges(document: ServiceDocument, rangeLimit?: number): FoldingRange[];
  /** The same, worked out in slices. */
  foldingRangesInSlices(document: ServiceDocument, rangeLimit: number | undefined, slicing: Slicing): Promise<FoldingRange[] | null>;
  /**
   * Checks a log too big to hold, given as runs of whole lines in order, handing each diagnostic to `emit` when it is
   * known (see log-stream.ts): what the command line does with a log file.
   */
  streamLog(runs: Iterable<string>, reading: Reading, emit: (diagnostic: Diagnostic) => void): StreamedLog;
  explain(code: string): CodeExplanation | null;
  compare(a: string, b: string): Comparison | null;
  settings(): ServiceSettings;
  configure(settings: ServiceSettings): void;
  forget(uri: string): void;
}

/** How long one step of a sliced pass may run, where the step itself takes a deadline (the log index, the log rules). */
const stepMs = 5;

/**
 * A pass over one version of `document`, cancelled too once the document is at another, or holds other chunks under
 * the same number: a server's documents change in place (ChunkedDocument), and what a pass holds of the old text must
 * not be read against the new one.
 */
function inSlicesOf<T>(document: ServiceDocument, steps: Generator<number | void, T>, slicing: Slicing): Promise<T | null> {
  const { version } = document;
  const chunks = document.getChunks?.();
  return inSlices(steps, { ...slicing, cancelled: () => document.version !== version || document.getChunks?.() !== chunks || slicing.cancelled() });
}

/**
 * How many chunks at the start of a document hold more than `lines` line breaks and at least `chars` characters:
 * those its kind and format are told from (see firstLines, firstChars).
 */
function leadingChunks(chunks: readonly TextChunk[], lines: number, chars: number): number {
  let count = 0;
  let breaks = 0;
  let length = 0;
  while (count < chunks.length && (breaks <= lines || length < chars)) {
    breaks += chunks[count]!.breaks;
    length += chunks[count]!.text.length;
    count++;
  }
  return count;
}

function textOf(chunks: readonly TextChunk[], count: number): string {
  return chunks.slice(0, count).map((chunk) => chunk.text).join('');
}

/** The first lines of a document, enough to tell its kind and format. */
function firstLines(chunks: readonly TextChunk[]): string[] {
  return splitLines(textOf(chunks, leadingChunks(chunks, sniffLines, 0))).slice(0, sniffLines);
}

/** The first `chars` characters of a document. */
function firstChars(chunks: readonly TextChunk[], chars: number): string {
  return textOf(chunks, leadingChunks(chunks, -1, chars)).slice(0, chars);
}

/** Creates the language service: text in, LSP-typed answers out; no connection, no files. */
export function createLanguageService(initial: ServiceSettings = defaultSettings): LanguageService {
  let settings = initial;
  let generation = 0;
  const cache: AnalysisCache = { parts: new WeakMap(), entries: new WeakMap(), runs: new WeakMap(), lines: new Map() };
  /**
   * Per document, its current version's analysis (null: not SMTP), the chunks it read, and its log index while it is
   * read as a log.
   */
  const analyses = new Map<
    string,
    { version: number; languageId: string; analysis: DocumentAnalysis | null; logIndex: LogIndex; chunks: readonly TextChunk[]; reading: Reading | null }
  >();

  /** Whether a document of this language is served only when its first characters are SMTP. */
  function sniffs(languageId: string): boolean {
    return !languageKinds[languageId] && languageId !== detectLanguageId && settings.sniffPlaintext && sniffedLanguages.includes(languageId);
  }

  function readingOf(document: ServiceDocument, chunks: readonly TextChunk[]): Reading | null {
    const kind = languageKinds[document.languageId];
    if (kind) return detectDocument(firstLines(chunks), kind);
    if (document.languageId === detectLanguageId) return detectDocument(firstLines(chunks));
    if (!sniffs(document.languageId)) return null;
    const sniffed = sniffDocument(firstChars(chunks, settings.sniffChars), settings.sniffChars);
    return sniffed && detectDocument(firstLines(chunks), sniffed);
  }

  function analysisOf(document: ServiceDocument): DocumentAnalysis | null {
    const cached = analyses.get(document.uri);
    // A document kept in chunks has new ones after any change: a client that sends new text under the same version
    // (a second didOpen, a change that keeps the number) still gets it read.
    const listed = document.getChunks?.();
    if (cached && cached.version === document.version && cached.languageId === document.languageId && (listed === undefined || listed === cached.chunks)) {
      return cached.analysis;
    }
    const chunks = listed ?? cutChunks(document.getText());
    // The kind and format come from the first lines: while the chunks they were told from stay, so do they.
    const same = cached !== undefined && cached.languageId === document.languageId;
    const chars = sniffs(document.languageId) ? settings.sniffChars : 0;
    const told = leadingChunks(chunks, sniffLines, chars);
    const stays = same && leadingChunks(cached.chunks, sniffLines, chars) === told && chunks.slice(0, told).every((chunk, i) => cached.chunks[i] === chunk);
    const reading = stays ? cached.reading : readingOf(document, chunks);
    const before = cached?.reading;
    const logIndex = same && before?.kind === reading?.kind && before?.format === reading?.format ? cached.logIndex : new LogIndex();
    const previous = same ? cached.analysis ?? undefined : undefined;
    const analysis = reading && new DocumentAnalysis(document.version, document.languageId, reading, chunks, cache, logIndex, previous);
    analyses.set(document.uri, { version: document.version, languageId: document.languageId, analysis, logIndex, chunks, reading });
    return analysis;
  }

  function outlineOptions(analysis: DocumentAnalysis): OutlineOptions {
    return {
      locale: settings.locale,
      length: (line) => analysis.lineText(line)?.length ?? 0,
      maxItems: settings.outlineMaxItems,
      items: itemsOf(analysis),
    };
  }

  /** A transcript's sessions or an mbox's messages, each part read when its first is taken; a log has neither. */
  function itemsOf(analysis: DocumentAnalysis): DocumentItems {
    const { kind } = analysis.model();
    return { sessions: kind === 'transcript' ? analysis.sessions() : [], messages: kind === 'message' ? analysis.messages() : [] };
  }

  function analysisSettings(): AnalysisSettings {
    const { locale, rules, permanentFailuresAsWarnings, maxPerRule, maxPerDocument } = settings;
    return { generation, locale, rules, permanentFailuresAsWarnings, maxPerRule, maxPerDocument };
  }

  return {
    analyze: (document) => analysisOf(document)?.model() ?? null,
    hover(document, position) {
      const analysis = settings.hover.enabled ? analysisOf(document) : null;
      if (!analysis) return null;
      const part = analysis.part(analysis.partIndexAt(position.line));
      const found = hover(part.model, { line: position.line - part.start, character: position.character }, settings.locale, {
        format: 'markdown',
        ...settings.hover,
      });
      return found?.range && part.start > 0 ? { ...found, range: shiftRange(found.range, part.start) } : found;
    },
    diagnostics: (document) => analysisOf(document)?.diagnostics(analysisSettings()) ?? [],
    diagnosticsInSlices(document, slicing) {
      const analysis = analysisOf(document);
      if (!analysis) return Promise.resolve([]);
      const current = analysisSettings();
      return inSlicesOf(
        document,
        (function* () {
          for (let i = 0; analysis.hasPart(i); i++) {
            if (analysis.preparePart(i, current)) yield analysis.fractionRead(i);
          }
          while (!analysis.syncLogIndex(performance.now() + stepMs) || !analysis.runEntryRules(current, performance.now() + stepMs)) yield 1;
          return yield* analysis.diagnosticSteps(current);
        })(),
        slicing,
      );
    },
    documentSymbols(document) {
      const analysis = analysisOf(document);
      return analysis ? documentSymbols(analysis.model(), outlineOptions(analysis)) : [];
    },
    documentSymbolsInSlices(document, slicing) {
      const analysis = analysisOf(document);
      if (!analysis) return Promise.resolve([]);
      return inSlicesOf(
        document,
        (function* () {
          // A log's outline needs all of its entries; a transcript's sessions are read as the outline takes them.
          if (analysis.model().kind === 'log') {
            for (let i = 0; analysis.hasPart(i); i++) {
              analysis.part(i);
              yield analysis.fractionRead(i);
            }
            while (!analysis.syncLogIndex(performance.now() + stepMs)) yield;
          }
          return yield* outline(analysis.model(), outlineOptions(analysis));
        })(),
        slicing,
      );
    },
    foldingRanges(document, rangeLimit) {
      const analysis = analysisOf(document);
      return analysis ? foldingRanges(itemsOf(analysis), rangeLimit) : [];
    },
    foldingRangesInSlices(document, rangeLimit, slicing) {
      const analysis = analysisOf(document);
      return analysis ? inSlicesOf(document, folding(itemsOf(analysis), rangeLimit), slicing) : Promise.resolve([]);
    },
    codeActions(document, requested, only) {
      const analysis = analysisOf(document);
      return analysis ? codeActions(document.uri, analysis, analysisSettings(), requested, only) : [];
    },
    streamLog: (runs, reading, emit) => streamLog(runs, reading, analysisSettings(), emit),
    explain: (code) => explainCode(code, settings.locale),
    compare: (a, b) => compareCodes(a, b, settings.locale),
    settings: () => settings,
    configure(next) {
      const reread = next.sniffPlaintext !== settings.sniffPlaintext || next.sniffChars !== settings.sniffChars;
      settings = next;
      generation++;
      if (reread) analyses.clear();
    },
    forget(uri) {
      analyses.delete(uri);
      // The recent parts' lines may be the closed document's, and their strings keep its text alive.
      cache.lines.clear();
    },
  };
}
