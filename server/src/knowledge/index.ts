import { comparisons } from './comparisons';
import { enhancedDetails, enhancedParts } from './enhanced';
import { replyCodes } from './reply-codes';
import { replyDigits } from './reply-digits';
import type {
  ComparisonEntry,
  EnhancedDetailEntry,
  EnhancedPartEntry,
  ReplyCodeEntry,
  ReplyDigitEntry,
} from './types';

export * from './types';
export { comparisons, enhancedDetails, enhancedParts, replyCodes, replyDigits };

const byReply = new Map(replyCodes.map((e) => [e.code, e]));
const byDetail = new Map(enhancedDetails.map((e) => [e.code, e]));
const byPair = new Map(comparisons.map((c) => [pairKey(c.codes[0], c.codes[1]), c]));
/** Each registry row's basic codes, read from its text once: rules ask for them for every code of a log. */
const basicCodes = new Map(enhancedDetails.map((e) => [e, basicCodesOf(e)]));

/** The RFC-defined entry for a three-digit reply code, if any. */
export function replyCodeEntry(code: string): ReplyCodeEntry | undefined {
  return byReply.get(code);
}

/** The registry row for an enhanced code ("5.1.1" → the "X.1.1" row), if the subject.detail pair is registered. */
export function enhancedDetailEntry(code: string): EnhancedDetailEntry | undefined {
  return byDetail.get(registryForm(code));
}

/** "5.1.1" → "X.1.1", the form the registry and the comparisons use. */
export function registryForm(code: string): string {
  // What code.replace(/^\d\./, 'X.') gives, without a search: this runs for every code of a log.
  return code[1] === '.' && code[0]! >= '0' && code[0]! <= '9' ? `X${code.slice(1)}` : code;
}

export function replyDigitEntry(position: 'first' | 'second', digit: string): ReplyDigitEntry | undefined {
  return replyDigits.find((d) => d.position === position && d.digit === digit);
}

export function enhancedPartEntry(part: 'class' | 'subject', digit: string): EnhancedPartEntry | undefined {
  return enhancedParts.find((p) => p.part === part && p.digit === digit);
}

/** A hand-written comparison of two codes (reply codes, or enhanced codes in either form), in either order. */
export function comparisonEntry(a: string, b: string): ComparisonEntry | undefined {
  return byPair.get(pairKey(a, b));
}

function pairKey(a: string, b: string): string {
  return [registryForm(a), registryForm(b)].sort().join('|');
}

/**
 * The basic reply codes an enhanced code's registry row lists ("451, 550" → ["451", "550"]); "5XX" stays a
 * pattern. Empty when the registry gives none ("Not given", "Any").
 */
export function associatedReplyCodes(entry: EnhancedDetailEntry): readonly string[] {
  return basicCodes.get(entry) ?? basicCodesOf(entry);
}

function basicCodesOf(entry: EnhancedDetailEntry): string[] {
  return entry.associatedBasicCodes.match(/\b\d(?:\d\d|XX)\b/g) ?? [];
}

/**
 * The reply codes the registry pairs with `enhanced` when they do not include `reply` ("5XX" stands for any code of
 * that class); null when the pairing is usual or the registry names no codes for it.
 */
export function unusualPairing(reply: string, enhanced: string): readonly string[] | null {
  const entry = enhancedDetailEntry(enhanced);
  const listed = entry ? associatedReplyCodes(entry) : [];
  const usual = listed.some((c) => c === reply || (c.endsWith('XX') && c[0] === reply[0]));
  return listed.length > 0 && !usual ? listed : null;
}
