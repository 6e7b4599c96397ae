import type { Diagnostic, DiagnosticSeverity, Range, TextEdit } from 'vscode-languageserver-types';
import type { Locale, Localized } from '../../knowledge';
import { fill } from '../l10n';
import type { DocumentModel } from '../model';

/** What a rule found: where, and what to tell the person, already in their language. */
export interface Finding {
  readonly range: Range;
  readonly message: string;
  /** This finding's own severity instead of the rule's default; a severity set for the rule in settings still wins. */
  readonly severity?: DiagnosticSeverity;
}

/** A quick fix: a title and the edits it makes, which touch only the bytes they name. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

export interface RuleContext {
  readonly model: DocumentModel;
  readonly locale: Locale;
  /** The document's text, for rules about bytes rather than SMTP (line endings, line lengths, smuggling). */
  readonly text: string;
  /** The text split into lines as LSP counts them, once for all rules. */
  readonly lines: readonly string[];
  /** smtpLens.diagnostics.permanentFailuresAsWarnings: log-delivery-failure shows permanent failures as warnings. */
  readonly permanentFailuresAsWarnings?: boolean;
}

/** One diagnostic rule: an id, a default severity, a paragraph of documentation, its check, and its fixes. */
export interface Rule {
  readonly id: string;
  readonly defaultSeverity: DiagnosticSeverity;
  /** What the rule checks, why, the RFC section, an example, and how to switch it off; one paragraph per locale. */
  readonly docs: Localized<string>;
  /**
   * "log-entries" for a rule that looks at each entry of a log on its own (`model.logEntries`; the entry's lines lie
   * anywhere in the file): it is given the entries that start in one chunk at a time, its findings are kept with them
   * while they stay the same, and their line numbers are the document's. Other rules see one part at a time (a log is
   * read in runs of lines, each cached until an edit touches it) and must find nothing that depends on lines outside
   * the part they are given.
   */
  readonly scope?: 'log-entries';
  check(context: RuleContext): Finding[];
  /** Fixes for one of this rule's diagnostics, recomputed from the model rather than trusted from the client. */
  fixes?(context: RuleContext, diagnostic: Diagnostic): Fix[];
}

/** A rule's own messages, per locale; {0}, {1} … are filled in by `message`. */
export type RuleMessages<K extends string> = Localized<Readonly<Record<K, string>>>;

export function message<K extends string>(messages: RuleMessages<K>, locale: Locale, key: K, ...args: readonly string[]): string {
  return fill(messages[locale][key], args);
}


/**
 * A line of the document as a message quotes it (1-based). Rules see one part at a time, with lines counted from the
 * part's start: the reference is resolved to the document's line where the part's start is known (resolveLines).
 */
export function lineNumber(line: number): string {
  return `\u{E000}${line}\u{E001}`;
}

/** A message or title with its line references (lineNumber) resolved, for a part starting on document line `start`. */
export function resolveLines(text: string, start: number): string {
  return text.includes('\u{E000}') ? text.replace(/\u{E000}(\d+)\u{E001}/gu, (_, line: string) => String(start + Number(line) + 1)) : text;
}
