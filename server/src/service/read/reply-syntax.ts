import { memoized } from '../memo';
import { mentionStart, type CodeToken, type Mention, type MentionContext } from '../model';

/**
 * One string for each distinct code: a log or a capture names the same few codes hundreds of thousands of times, and
 * each mention kept its own copy of the digits (a 10 MB socat capture: 3 MB of "250"s).
 */
const shared = memoized((code: string) => code);

/** Columns up to which tokens are shared: where replies and log fields put their codes. */
const sharedColumns = 512;
/** How many tokens are kept to be shared at most: past that they are kept afresh, so that made-up codes cannot grow them without end. */
const sharedTokens = 1 << 14;
/** Each code's tokens by column, made when first needed (see codeToken), and how many there are. */
let tokens = new Map<string, Map<number, CodeToken>>();
let tokenCount = 0;

/**
 * The token of `code` at column `character`. Tokens are read-only and a document repeats the same few at the same
 * columns ("250" after a transcript's "<- ", a Postfix "dsn=" field at one of a few places), so one object stands for
 * each pair: a 10 MB socat capture held 155,847 tokens, 6 MB.
 */
export function codeToken(code: string, character: number): CodeToken {
  if (character >= sharedColumns) return { code: shared(code), character };
  const known = tokens.get(code)?.get(character);
  if (known) return known;
  if (tokenCount >= sharedTokens) {
    tokens = new Map();
    tokenCount = 0;
  }
  const token = { code: shared(code), character };
  const byColumn = tokens.get(code) ?? tokens.set(code, new Map()).get(code)!;
  byColumn.set(character, token);
  tokenCount++;
  return token;
}

/** A basic reply code followed by the separator of a reply line ("550 ", "250-", or "550" at the end). */
const replyAt = /(\d{3})(?=[ \t-]|$)/y;
/** An enhanced status code as RFC 3463 writes it: class.subject.detail, each up to three digits. */
const enhancedAt = /(\d)\.(\d{1,3})\.(\d{1,3})(?![\d.])/y;

/** Reads the enhanced code at `index` if there is one, with the text around it not glued to other digits. */
export function enhancedTokenAt(text: string, index: number): CodeToken | null {
  enhancedAt.lastIndex = index;
  const m = enhancedAt.exec(text);
  if (!m) return null;
  if (index > 0 && /[\d.]/.test(text[index - 1]!)) return null;
  return codeToken(m[0], index);
}

/**
 * Reads a reply as it appears on a server reply line, starting at `index`: "550 5.1.1 text", "250-PIPELINING",
 * "550-5.7.1 text". Returns null when the text at `index` is not a reply.
 */
export function replyMentionAt(text: string, index: number, line: number, context: MentionContext): Mention | null {
  replyAt.lastIndex = index;
  const m = replyAt.exec(text);
  if (!m) return null;
  const reply = codeToken(m[1]!, index);
  const after = index + 4;
  const enhanced = text[index + 3] === undefined ? null : enhancedTokenAt(text, after);
  return { line, reply, enhanced, context };
}

/** A standalone enhanced code at `index` ("dsn=5.1.1", "Status: 4.4.1"). */
export function enhancedMentionAt(text: string, index: number, line: number, context: MentionContext): Mention | null {
  const enhanced = enhancedTokenAt(text, index);
  return enhanced ? { line, reply: null, enhanced, context } : null;
}

/**
 * Several contexts can point at one code, and an enhanced code inside a reply mention ("550 5.1.1") can also be
 * found alone: keep one mention per code occurrence, in line order.
 */
export function distinctMentions(found: readonly Mention[]): Mention[] {
  // A line holds a few mentions: arrays are cheaper than sets here, and this runs for most lines of a busy log.
  const inReply: number[] = [];
  for (const m of found) if (m.reply && m.enhanced) inReply.push(m.enhanced.character);
  const seen: number[] = [];
  const distinct: Mention[] = [];
  for (const m of found.slice().sort((a, b) => mentionStart(a) - mentionStart(b))) {
    const start = mentionStart(m);
    if (m.reply === null && inReply.includes(m.enhanced!.character)) continue;
    if (seen.includes(start)) continue;
    seen.push(start);
    distinct.push(m);
  }
  return distinct;
}
