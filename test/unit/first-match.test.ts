import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { firstMatch, firstOf } from '../../server/src/service/read/first-match';

/** Patterns with and without groups, anchored and not, and with "|" in and out of groups and classes. */
const pool: readonly RegExp[] = [
  /^ab/,
  /b(c+)/,
  /^(?:a|b)c/,
  /^a|c/,
  /[|^]b/,
  /^\(x\)/,
  /c(?=a)/,
  /(a)(b)?c/,
  /^[\]a]+(b)/,
  /x|^b/,
  /\|/,
  /^[a\]]|c/,
  /x*/,
  /(?=a)/,
  /^(?:b|)/,
];

/** The first pattern to match, tried one by one. */
function oneByOne(text: string, patterns: readonly RegExp[]): { index: number; end: number; group: string | undefined } | null {
  for (const [index, pattern] of patterns.entries()) {
    const match = pattern.exec(text);
    if (match) return { index, end: match.index + match[0].length, group: match[1] };
  }
  return null;
}

describe('firstMatch', () => {
  it('finds what trying the patterns one by one finds: which, where its match ends, its first group', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom('a', 'b', 'c', 'x', '|', '(', ')', ']', '^'), { maxLength: 12, size: 'max' }).map((cs) => cs.join('')),
        (patterns, text) => assert.deepEqual(firstMatch(text, firstOf(patterns)), oneByOne(text, patterns)),
      ),
      { numRuns: 5000 },
    );
  });
  it('takes no pattern with flags or backreferences: they cannot be joined', () => {
    assert.throws(() => firstOf([/a/, /b/i]), /has flags/);
    assert.throws(() => firstOf([/x/, /(a)\1/]), /backreference/);
    assert.throws(() => firstOf([/(?<q>a)\k<q>/]), /backreference/);
  });
});
