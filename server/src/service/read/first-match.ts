/**
 * Patterns tried in turn, the first to match a line winning, joined into one pattern that matches where any of them
 * does: one search instead of one per pattern, on the many lines that none of them matches. Where the joined pattern
 * matches, the alternative that took part is a pattern that matches, at its leftmost place and as it alone would
 * match there; a pattern before it can still match further on, unless it is anchored at the start (it would have
 * matched first). The patterns must have no flags.
 */
export interface FirstOf {
  readonly patterns: readonly RegExp[];
  readonly joined: RegExp;
  /** Per pattern, the group of the joined pattern that holds its match (its own groups follow). */
  readonly groupAt: readonly number[];
  /** Per pattern, whether it can only match at the start of a line. */
  readonly anchored: readonly boolean[];
}

export function firstOf(patterns: readonly RegExp[]): FirstOf {
  const groupAt: number[] = [];
  let next = 1;
  for (const pattern of patterns) {
    if (pattern.flags !== '') throw new Error(`firstOf: ${pattern} has flags`);
    groupAt.push(next);
    next += 1 + new RegExp(`${pattern.source}|`).exec('')!.length - 1;
  }
  const joined = new RegExp(patterns.map((pattern) => `(${pattern.source})`).join('|'));
  return { patterns, joined, groupAt, anchored: patterns.map(anchored) };
}

/** The first of the patterns to match: its index, where its match ends, and its own first group. */
export interface FirstMatch {
  readonly index: number;
  readonly end: number;
  readonly group: string | undefined;
}

export function firstMatch(text: string, { patterns, joined, groupAt, anchored }: FirstOf): FirstMatch | null {
  const match = joined.exec(text);
  if (!match) return null;
  let matched = 0;
  while (match[groupAt[matched]!] === undefined) matched++;
  for (let i = 0; i < matched; i++) {
    if (anchored[i]) continue;
    const earlier = patterns[i]!.exec(text);
    if (earlier) return { index: i, end: earlier.index + earlier[0].length, group: earlier[1] };
  }
  return { index: matched, end: match.index + match[0].length, group: match[groupAt[matched]! + 1] };
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
