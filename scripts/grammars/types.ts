// The subset of the TextMate grammar format that SMTP Lens writes.

export interface CaptureRule {
  readonly name?: string;
  readonly patterns?: readonly Rule[];
}

export type Captures = Readonly<Record<string, CaptureRule>>;

export interface Rule {
  readonly comment?: string;
  readonly include?: string;
  readonly name?: string;
  readonly contentName?: string;
  readonly match?: string;
  readonly captures?: Captures;
  readonly begin?: string;
  readonly beginCaptures?: Captures;
  readonly end?: string;
  readonly endCaptures?: Captures;
  readonly while?: string;
  readonly whileCaptures?: Captures;
  readonly patterns?: readonly Rule[];
}

export interface Grammar {
  readonly $schema?: string;
  readonly information_for_contributors: readonly string[];
  readonly name: string;
  readonly scopeName: string;
  readonly injectionSelector?: string;
  readonly patterns: readonly Rule[];
  readonly repository: Readonly<Record<string, Rule>>;
}
