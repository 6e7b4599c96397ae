import type { CodeAction, Diagnostic, DocumentSymbol, FoldingRange, Hover, Position } from 'vscode-languageserver-types';
import type { Locale } from '../knowledge';
import { compareCodes, explainCode, type CodeExplanation, type Comparison } from './explain';
import { codeActions } from './features/code-actions';
import { diagnostics, type RuleSeverities } from './features/diagnostics';
import { foldingRanges } from './features/folding';
import { hover } from './features/hover';
import { documentSymbols } from './features/symbols';
import type { DocumentKind, DocumentModel } from './model';
import { readDocument, sniffDocument } from './read';
import type { RuleContext } from './rules';
import { splitLines } from './read/lines';

export type { CodeExplanation, Comparison } from './explain';
export type { DocumentKind, DocumentModel, Mention } from './model';
export type { RuleSeverities } from './features/diagnostics';

/** What the service needs of a document: the shape of vscode-languageserver-textdocument's TextDocument. */
export interface ServiceDocument {
  readonly uri: string;
  readonly languageId: string;
  readonly version: number;
  getText(): string;
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
}

export const defaultSettings: ServiceSettings = {
  locale: 'en',
  hover: { enabled: true, showSources: true, commandLinks: false },
  sniffPlaintext: true,
  sniffChars: 16384,
  rules: {},
  permanentFailuresAsWarnings: false,
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
  /** Quick fixes for `requested`; source actions too when `only` asks for them (LSP CodeActionContext.only). */
  codeActions(document: ServiceDocument, requested: readonly Diagnostic[], only?: readonly string[]): CodeAction[];
  documentSymbols(document: ServiceDocument): DocumentSymbol[];
  foldingRanges(document: ServiceDocument): FoldingRange[];
  explain(code: string): CodeExplanation | null;
  compare(a: string, b: string): Comparison | null;
  settings(): ServiceSettings;
  configure(settings: ServiceSettings): void;
  forget(uri: string): void;
}

/** Creates the language service: text in, LSP-typed answers out; no connection, no files. */
export function createLanguageService(initial: ServiceSettings = defaultSettings): LanguageService {
  let settings = initial;
  /** Per document, for its current version: the model, and its lines once a rule or the outline needed them. */
  const cache = new Map<string, { version: number; languageId: string; model: DocumentModel | null; lines?: readonly string[] }>();

  function analyze(document: ServiceDocument): DocumentModel | null {
    const cached = cache.get(document.uri);
    if (cached && cached.version === document.version && cached.languageId === document.languageId) return cached.model;
    const kind = languageKinds[document.languageId];
    let model: DocumentModel | null = null;
    if (kind) model = readDocument(document.getText(), kind);
    else if (document.languageId === detectLanguageId) model = readDocument(document.getText());
    else if (settings.sniffPlaintext && sniffedLanguages.includes(document.languageId)) {
      model = sniffDocument(document.getText(), settings.sniffChars);
    }
    cache.set(document.uri, { version: document.version, languageId: document.languageId, model });
    return model;
  }

  /** The document's lines, split once per version (analyze has cached the version's entry). */
  function linesOf(document: ServiceDocument): readonly string[] {
    const cached = cache.get(document.uri)!;
    cached.lines ??= splitLines(document.getText());
    return cached.lines;
  }

  /** What rules and fixes see of a document: its model, its text, and its lines. */
  function ruleContext(document: ServiceDocument, model: DocumentModel): RuleContext {
    const { locale, permanentFailuresAsWarnings } = settings;
    return { model, locale, text: document.getText(), lines: linesOf(document), permanentFailuresAsWarnings };
  }

  return {
    analyze,
    hover(document, position) {
      const model = settings.hover.enabled ? analyze(document) : null;
      if (!model) return null;
      return hover(model, position, settings.locale, { format: 'markdown', ...settings.hover });
    },
    diagnostics(document) {
      const model = analyze(document);
      return model ? diagnostics(ruleContext(document, model), settings.rules) : [];
    },
    documentSymbols(document) {
      const model = analyze(document);
      if (!model) return [];
      const lines = linesOf(document);
      return documentSymbols(model, settings.locale, (line) => lines[line]?.length ?? 0);
    },
    foldingRanges(document) {
      const model = analyze(document);
      return model ? foldingRanges(model) : [];
    },
    codeActions(document, requested, only) {
      const model = analyze(document);
      return model ? codeActions(document.uri, ruleContext(document, model), requested, only) : [];
    },
    explain: (code) => explainCode(code, settings.locale),
    compare: (a, b) => compareCodes(a, b, settings.locale),
    settings: () => settings,
    configure(next) {
      const reread = next.sniffPlaintext !== settings.sniffPlaintext || next.sniffChars !== settings.sniffChars;
      settings = next;
      if (reread) cache.clear();
    },
    forget: (uri) => void cache.delete(uri),
  };
}
