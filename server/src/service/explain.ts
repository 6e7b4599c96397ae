import {
  comparisonEntry,
  enhancedDetailEntry,
  enhancedPartEntry,
  replyCodeEntry,
  replyDigitEntry,
  unusualPairing,
  type Locale,
  type Source,
} from '../knowledge';
import { ianaRegistry, rfc } from '../knowledge/sources';
import { t } from './l10n';

export type CodeKind = 'reply' | 'enhanced';

/** What one digit (or the detail number) of a code says. */
export interface DigitMeaning {
  readonly label: string;
  readonly title: string;
  readonly description: string;
}

/** Everything a person is told about one code, in one locale: what hover, the compare view and the CLI show. */
export interface CodeExplanation {
  readonly code: string;
  readonly kind: CodeKind;
  /** Defined by an RFC (reply codes) or listed in the IANA registry (enhanced codes). */
  readonly registered: boolean;
  readonly title: string;
  readonly description: string;
  readonly whenYouSeeIt: string;
  readonly howToFix: string;
  readonly references: readonly Source[];
  readonly digits: readonly DigitMeaning[];
  /** Codes often mistaken for this one, written in this code's class ("5.1.10" for 5.1.1). */
  readonly confusedWith: readonly string[];
}

/** Tells a reply code ("550") from an enhanced status code ("5.1.1"); null for anything else. */
export function codeKind(code: string): CodeKind | null {
  if (/^\d{3}$/.test(code)) return 'reply';
  if (/^\d\.\d{1,3}\.\d{1,3}$/.test(code)) return 'enhanced';
  return null;
}

/** Explains any code of the right shape; unregistered codes are explained by what their digits say. */
export function explainCode(code: string, locale: Locale): CodeExplanation | null {
  const kind = codeKind(code);
  if (kind === 'reply') return explainReply(code, locale);
  if (kind === 'enhanced') return explainEnhanced(code, locale);
  return null;
}

function explainReply(code: string, locale: Locale): CodeExplanation {
  const digits = replyDigits(code, locale);
  const entry = replyCodeEntry(code);
  if (entry) {
    return { code, kind: 'reply', registered: true, ...entry.texts[locale], references: entry.sources, digits, confusedWith: entry.confusedWith };
  }
  const action = classAction(code[0]!, locale);
  return {
    code,
    kind: 'reply',
    registered: false,
    title: t(locale, 'unregisteredReplyTitle'),
    description: describeDigits(digits),
    whenYouSeeIt: t(locale, 'unregisteredReplyWhen', action),
    howToFix: t(locale, 'unregisteredHowToFix', action),
    references: [rfc(5321, '4.2.1'), rfc(5321, '4.2')],
    digits,
    confusedWith: [],
  };
}

function explainEnhanced(code: string, locale: Locale): CodeExplanation {
  const [cls, subject, detail] = code.split('.') as [string, string, string];
  const digits = enhancedDigits(cls, subject, detail, locale);
  const entry = enhancedDetailEntry(code);
  if (entry) {
    const confusedWith = entry.confusedWith.map((c) => c.replace(/^X\./, `${cls}.`));
    return { code, kind: 'enhanced', registered: true, ...entry.texts[locale], references: entry.sources, digits, confusedWith };
  }
  const action = classAction(cls, locale);
  return {
    code,
    kind: 'enhanced',
    registered: false,
    title: t(locale, 'unregisteredEnhancedTitle'),
    description: describeDigits(digits),
    whenYouSeeIt: t(locale, 'unregisteredEnhancedWhen'),
    howToFix: t(locale, 'unregisteredHowToFix', action),
    references: [rfc(3463, '2'), ianaRegistry],
    digits,
    confusedWith: [],
  };
}

function replyDigits(code: string, locale: Locale): DigitMeaning[] {
  const meanings: DigitMeaning[] = [];
  for (const [position, digit] of [['first', code[0]!], ['second', code[1]!]] as const) {
    const entry = replyDigitEntry(position, digit);
    const label = t(locale, position === 'first' ? 'firstDigit' : 'secondDigit', digit);
    meanings.push(
      entry
        ? { label, ...entry.texts[locale] }
        : { label, title: t(locale, 'undefinedDigit'), description: '' },
    );
  }
  return meanings;
}

function enhancedDigits(cls: string, subject: string, detail: string, locale: Locale): DigitMeaning[] {
  const meanings: DigitMeaning[] = [];
  for (const [part, digit] of [['class', cls], ['subject', subject]] as const) {
    const entry = enhancedPartEntry(part, digit);
    const label = t(locale, part === 'class' ? 'classDigit' : 'subjectDigit', digit);
    meanings.push(entry ? { label, ...entry.texts[locale] } : { label, title: t(locale, 'undefinedDigit'), description: '' });
  }
  const registered = enhancedDetailEntry(`${cls}.${subject}.${detail}`);
  meanings.push({
    label: t(locale, 'detailDigit', detail),
    title: registered ? registered.texts[locale].title : t(locale, 'unregistered'),
    description: '',
  });
  return meanings;
}

function describeDigits(digits: readonly DigitMeaning[]): string {
  return digits.map((d) => [`${d.label}: ${d.title}.`, d.description].filter((s) => s !== '').join(' ')).join(' ');
}

/** What a sender should do with a code of this class (its first digit). */
export function classAction(digit: string, locale: Locale): string {
  switch (digit) {
    case '2':
      return t(locale, 'classSuccess');
    case '3':
      return t(locale, 'classIntermediate');
    case '4':
      return t(locale, 'classTransient');
    case '5':
      return t(locale, 'classPermanent');
    default:
      return t(locale, 'classUnknown');
  }
}

/** How a reply code and the enhanced code on the same reply read together ("550 5.1.1"). */
export function explainCombination(reply: string, enhanced: string, locale: Locale): string {
  const enhancedTitle = explainEnhanced(enhanced, locale).title;
  const parts = [t(locale, 'combine', reply, enhanced, enhancedTitle, classAction(reply[0]!, locale))];
  if (reply[0] !== enhanced[0]) {
    parts.push(t(locale, 'combineMismatch', reply, reply[0]!, enhanced, enhanced[0]!));
  } else {
    const associated = unusualPairing(reply, enhanced);
    if (associated) parts.push(t(locale, 'combineUnusual', enhanced, associated.join(', '), reply));
  }
  return parts.join(' ');
}

/** Two codes side by side: both explanations, their key differences, when you meet which. */
export interface Comparison {
  readonly first: CodeExplanation;
  readonly second: CodeExplanation;
  readonly handWritten: boolean;
  readonly keyDifferences: string;
  readonly whenToUseWhich: string | null;
  readonly references: readonly Source[];
}

export function compareCodes(a: string, b: string, locale: Locale): Comparison | null {
  const first = explainCode(a, locale);
  const second = explainCode(b, locale);
  if (!first || !second) return null;
  const entry = comparisonEntry(a, b);
  if (entry) {
    return { first, second, handWritten: true, ...entry.texts[locale], references: entry.sources };
  }
  return {
    first,
    second,
    handWritten: false,
    keyDifferences: digitDifferences(first, second, locale),
    whenToUseWhich: null,
    references: [...first.references, ...second.references].filter(
      (s, i, all) => all.findIndex((o) => o.url === s.url) === i,
    ),
  };
}

function digitDifferences(first: CodeExplanation, second: CodeExplanation, locale: Locale): string {
  const [c1, c2] = [first.digits[0]!, second.digits[0]!];
  const sentences =
    first.code[0] === second.code[0]
      ? [t(locale, 'sameClass', c1.title)]
      : [t(locale, 'differentClasses', first.code, c1.title, second.code, c2.title)];
  const [s1, s2] = [first.digits[1]!, second.digits[1]!];
  if (s1.title !== s2.title) {
    const key = first.kind === 'reply' && second.kind === 'reply' ? 'differentCategories' : 'differentSubjects';
    sentences.push(t(locale, key, first.code, s1.title, second.code, s2.title));
  }
  return sentences.join(' ');
}
