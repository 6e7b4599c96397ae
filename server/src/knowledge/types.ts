/** The shapes of the knowledge base. Every text a person reads exists in each shipped locale. */

export const locales = ['en', 'ko'] as const;
export type Locale = (typeof locales)[number];

/** A citation: what a person reads ("RFC 5321 §4.2.3") and where it links. */
export interface Source {
  readonly label: string;
  readonly url: string;
}

/** The four sections every code explanation has, written for an operator in a hurry. */
export interface CodeTexts {
  /** A few words: "Requested action not taken: mailbox unavailable". */
  readonly title: string;
  /** What the code means, in two to four sentences. */
  readonly description: string;
  /** The concrete situations in which people meet this code (which command it answers, typical server texts). */
  readonly whenYouSeeIt: string;
  /** What to do about it, most likely cause first. */
  readonly howToFix: string;
}

export type Localized<T> = Readonly<Record<Locale, T>>;

/** A basic (three-digit) SMTP reply code defined by an RFC. */
export interface ReplyCodeEntry {
  readonly code: string;
  readonly texts: Localized<CodeTexts>;
  readonly sources: readonly Source[];
  /** Codes people often mistake for this one; each has a comparison or a generated one. */
  readonly confusedWith: readonly string[];
}

/** What one digit position of a basic reply code means (RFC 5321 §4.2.1). */
export interface ReplyDigitEntry {
  /** 'first' for the class digit (2–5), 'second' for the category digit (0–5). */
  readonly position: 'first' | 'second';
  readonly digit: string;
  readonly texts: Localized<{ readonly title: string; readonly description: string }>;
  readonly sources: readonly Source[];
}

/** A class (2, 4, 5) or subject (0–7) of the enhanced status codes (RFC 3463 §2, §3). */
export interface EnhancedPartEntry {
  readonly part: 'class' | 'subject';
  readonly digit: string;
  readonly texts: Localized<{ readonly title: string; readonly description: string }>;
  readonly sources: readonly Source[];
}

/** One row of the IANA SMTP Enhanced Status Codes registry: a subject.detail pair, written X.S.D. */
export interface EnhancedDetailEntry {
  /** As in the registry: "X.1.1". */
  readonly code: string;
  /** The registry's "Sample Text", verbatim but with line breaks folded to spaces. */
  readonly sampleText: string;
  /** The registry's "Associated basic status code", verbatim but with line breaks folded to spaces. */
  readonly associatedBasicCodes: string;
  readonly texts: Localized<CodeTexts>;
  /** The defining RFC section(s) first, then the IANA registry. */
  readonly sources: readonly Source[];
  readonly confusedWith: readonly string[];
}

/** A hand-written comparison of two codes that people confuse (both reply codes, or both enhanced codes). */
export interface ComparisonEntry {
  readonly codes: readonly [string, string];
  readonly texts: Localized<{ readonly keyDifferences: string; readonly whenToUseWhich: string }>;
  readonly sources: readonly Source[];
}
