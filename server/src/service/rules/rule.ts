import type { Diagnostic, DiagnosticSeverity, Range, TextEdit } from 'vscode-languageserver-types';
import type { Locale } from '../../knowledge';
import type { DocumentModel } from '../model';

/** What a rule found: where, and what to tell the person, already in their language. */
export interface Finding {
  readonly range: Range;
  readonly message: string;
}

/** A quick fix: a title and the edits it makes, which touch only the bytes they name. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

export interface RuleContext {
  readonly model: DocumentModel;
  readonly locale: Locale;
}

/** One diagnostic rule: an id, a default severity, a paragraph of documentation, its check, and its fixes. */
export interface Rule {
  readonly id: string;
  readonly defaultSeverity: DiagnosticSeverity;
  /** What the rule checks, why, the RFC section, and an example; shown by `smtp-lens rules` and in the README. */
  readonly docs: string;
  check(context: RuleContext): Finding[];
  /** Fixes for one of this rule's diagnostics, recomputed from the model rather than trusted from the client. */
  fixes?(context: RuleContext, diagnostic: Diagnostic): Fix[];
}
