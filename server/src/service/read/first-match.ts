/**
 * Patterns tried in turn, the first to match a line winning, joined into one search instead of one per pattern, on
 * the many lines that few or none of them match. Patterns anchored at the start are joined apart: that search looks
 * at the start of the line only. Where a joined search matches, the alternative that took part is a pattern that
 * matches, at its leftmost place and as it alone would match there; a pattern before it can still match further on,
 * unless it is anchored (it would have matched first), so those are tried again. The patterns must have no flags and
 * no backreferences (joined, their groups are numbered anew).
 */
export interface FirstOf {
  readonly anchored: Joined | null;
  readonly unanchored: Joined | null;
}

/** Some of the patterns, by their index among all, joined. */
interface Joined {
  readonly indexes: readonly number[];
  readonly patterns: readonly RegExp[];
  readonly joined: RegExp;
  /** Per pattern, the group of the joined pattern that holds its match (its own groups follow). */
  readonly groupAt: readonly number[];
}

export function firstOf(patterns: readonly RegExp[]): FirstOf {
  for (const pattern of patterns) {
    if (pattern.flags !== '') throw new Error(`firstOf: ${pattern} has flags`);
    if (/\\(?:[1-9]|k<)/.test(pattern.source)) throw new Error(`firstOf: ${pattern} has a backreference`);
  }
  const indexes = patterns.map((_, index) => index);
  return { anchored: joined(indexes.filter((i) => anchored(patterns[i]!)), patterns), unanchored: joined(indexes.filter((i) => !anchored(patterns[i]!)), patterns) };
}

function joined(indexes: readonly number[], all: readonly RegExp[]): Joined | null {
  if (indexes.length === 0) return null;
  const patterns = indexes.map((i) => all[i]!);
  const groupAt: number[] = [];
  let next = 1;
  for (const pattern of patterns) {
    groupAt.push(next);
    next += new RegExp(`${pattern.source}|`).exec('')!.length;
  }
  return { indexes, patterns, joined: new RegExp(patterns.map((pattern) => `(${pattern.source})`).join('|')), groupAt };
}

/** The first of the patterns to match: its index, where its match ends, and its own first group. */
export interface FirstMatch {
  readonly index: number;
  readonly end: number;
  readonly group: string | undefined;
}

export function firstMatch(text: string, { anchored, unanchored }: FirstOf): FirstMatch | null {
  const atStart = anchored && search(text, anchored, false);
  if (!unanchored || (atStart && unanchored.indexes[0]! > atStart.index)) return atStart;
  const further = search(text, unanchored, true);
  return further && (!atStart || further.index < atStart.index) ? further : atStart;
}

/** The first of some patterns to match, through their joined search; `retry`: try again those before the one found. */
function search(text: string, { indexes, patterns, joined, groupAt }: Joined, retry: boolean): FirstMatch | null {
  const match = joined.exec(text);
  if (!match) return null;
  let matched = 0;
  while (match[groupAt[matched]!] === undefined) matched++;
  for (let i = 0; retry && i < matched; i++) {
    const earlier = patterns[i]!.exec(text);
    if (earlier) return { index: indexes[i]!, end: earlier.index + earlier[0].length, group: earlier[1] };
  }
  return { index: indexes[matched]!, end: match.index + match[0].length, group: match[groupAt[matched]! + 1] };
}

/** Whether a pattern can only match at the start of the text: it starts with "^" and has no "|" outside a group. */
function anchored(pattern: RegExp): boolean {
  const source = pattern.source;
  if (!source.startsWith('^')) return false;
  let depth = 0;
  let inClass = false;
  for (let i = 1; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  return true;
}
