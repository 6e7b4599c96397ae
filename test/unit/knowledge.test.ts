import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  comparisons,
  enhancedDetails,
  enhancedParts,
  locales,
  replyCodeEntry,
  replyCodes,
  replyDigits,
  type Locale,
  type Source,
} from '../../server/src/knowledge';
import { compareCodes, explainCode, explainCombination } from '../../server/src/service/explain';
import { corpusRoot, parseCsv } from '../support/corpus';

const rfc5321 = ['211', '214', '220', '221', '250', '251', '252', '354', '421', '450', '451', '452', '455', '500', '501', '502', '503', '504', '550', '551', '552', '553', '554', '555'];
const extensions = ['235', '334', '432', '454', '500', '530', '534', '535', '538', '521', '556'];

function assertSourced(sources: readonly Source[], what: string): void {
  assert.ok(sources.length > 0, `${what} has no source`);
  for (const s of sources) {
    assert.ok(s.label.trim(), `${what}: a source without label`);
    assert.match(s.url, /^https:\/\//, `${what}: ${s.label} has no link`);
  }
}

function assertTexts<T extends object>(texts: Readonly<Record<Locale, T>>, fields: readonly (keyof T & string)[], what: string): void {
  for (const locale of locales) {
    for (const field of fields) {
      const text: unknown = texts[locale][field];
      assert.ok(typeof text === 'string' && text.trim().length > 0, `${what}: ${locale}.${field} is empty`);
    }
  }
  const korean = fields.map((f): unknown => texts.ko[f]).join(' ');
  assert.match(korean, /[가-힣]/, `${what}: the Korean texts are not Korean`);
}

const codeFields = ['title', 'description', 'whenYouSeeIt', 'howToFix'] as const;

describe('reply codes', () => {
  it('every code of RFC 5321 §4.2 and of the extensions is there', () => {
    const missing = [...rfc5321, ...extensions].filter((c) => !replyCodeEntry(c));
    assert.deepEqual(missing, []);
  });
  it('one entry per code, in numeric order', () => {
    const codes = replyCodes.map((e) => e.code);
    assert.deepEqual(codes, [...new Set(codes)].sort());
  });
  for (const entry of replyCodes) {
    it(`${entry.code}: texts in every locale, sourced, confusions known`, () => {
      assertTexts(entry.texts, codeFields, entry.code);
      assertSourced(entry.sources, entry.code);
      assert.ok(entry.sources.some((s) => /rfc-editor\.org\/rfc\/rfc\d+/.test(s.url)), `${entry.code} cites no RFC`);
      for (const other of entry.confusedWith) assert.ok(replyCodeEntry(other) && other !== entry.code, `${entry.code} → ${other}`);
    });
  }
  it('the digits of RFC 5321 §4.2.1 are explained', () => {
    for (const d of ['1', '2', '3', '4', '5']) assert.ok(replyDigits.some((e) => e.position === 'first' && e.digit === d), `first ${d}`);
    for (const d of ['0', '1', '2', '3', '4', '5']) assert.ok(replyDigits.some((e) => e.position === 'second' && e.digit === d), `second ${d}`);
    for (const e of replyDigits) {
      assertTexts(e.texts, ['title', 'description'], `${e.position} digit ${e.digit}`);
      assertSourced(e.sources, `${e.position} digit ${e.digit}`);
    }
  });
});

describe('enhanced status codes', () => {
  const csv = parseCsv(readFileSync(join(corpusRoot, '..', 'reference', 'iana-smtp-enhanced-status-codes.csv'), 'utf8'));
  const rows = csv.slice(1).filter((r) => /^X\.\d+\.\d+$/.test(r[0] ?? ''));

  it('the registry copy has its 81 rows', () => assert.equal(rows.length, 81));
  it('every registry row is there, in registry order, once', () => {
    assert.deepEqual(enhancedDetails.map((e) => e.code), rows.map((r) => r[0]));
  });
  for (const row of rows) {
    it(`${row[0]}: registry fields verbatim, texts in every locale, sourced`, () => {
      const entry = enhancedDetails.find((e) => e.code === row[0]);
      assert.ok(entry);
      assert.equal(entry.sampleText, row[1]!.replace(/\s*\n\s*/g, ' ').trim());
      assert.equal(entry.associatedBasicCodes, row[2]!.replace(/\s*\n\s*/g, ' ').trim());
      assertTexts(entry.texts, codeFields, entry.code);
      assertSourced(entry.sources, entry.code);
      assert.ok(entry.sources.some((s) => s.url.includes('iana.org')), `${entry.code} does not cite the registry`);
      for (const other of entry.confusedWith) assert.ok(enhancedDetails.some((e) => e.code === other) && other !== entry.code, `${entry.code} → ${other}`);
    });
  }
  it('the three classes and the eight subjects are explained', () => {
    for (const d of ['2', '4', '5']) assert.ok(enhancedParts.some((p) => p.part === 'class' && p.digit === d), `class ${d}`);
    for (const d of ['0', '1', '2', '3', '4', '5', '6', '7']) assert.ok(enhancedParts.some((p) => p.part === 'subject' && p.digit === d), `subject ${d}`);
    for (const p of enhancedParts) {
      assertTexts(p.texts, ['title', 'description'], `${p.part} ${p.digit}`);
      assertSourced(p.sources, `${p.part} ${p.digit}`);
    }
  });
});

describe('comparisons', () => {
  it('each pair is distinct and names codes the knowledge base has', () => {
    const keys = comparisons.map((c) => [...c.codes].sort().join('|'));
    assert.equal(new Set(keys).size, keys.length);
    for (const c of comparisons) {
      for (const code of c.codes) {
        assert.ok(replyCodeEntry(code) || enhancedDetails.some((e) => e.code === code), code);
      }
      assertTexts(c.texts, ['keyDifferences', 'whenToUseWhich'], c.codes.join('/'));
      assertSourced(c.sources, c.codes.join('/'));
    }
  });
  it('a hand-written comparison is found in either order and either class', () => {
    assert.equal(compareCodes('550', '450', 'en')?.handWritten, true);
    assert.equal(compareCodes('5.1.10', '5.1.1', 'en')?.handWritten, true);
  });
  it('any two codes compare, from their digits when nobody wrote it down', () => {
    const c = compareCodes('252', '555', 'en');
    assert.ok(c);
    assert.equal(c.handWritten, false);
    assert.match(c.keyDifferences, /252/);
  });
  it('codes often confused with each other can be compared by hand-written text', () => {
    const missing = replyCodes.flatMap((e) => e.confusedWith.map((o) => [e.code, o] as const)).filter(([a, b]) => !compareCodes(a, b, 'en'));
    assert.deepEqual(missing, []);
  });
});

describe('explaining', () => {
  it('unregistered reply codes are explained by their digits, marked unregistered', () => {
    const e = explainCode('599', 'en');
    assert.ok(e);
    assert.equal(e.registered, false);
    assert.match(e.digits[0]!.title, /\w/);
    assert.match(e.description, /5/);
  });
  it('unregistered enhanced codes (5.9.9, 5.7.606) say their class and subject', () => {
    for (const code of ['5.9.9', '5.7.606']) {
      const e = explainCode(code, 'en');
      assert.ok(e);
      assert.equal(e.registered, false, code);
      assert.equal(e.digits.length, 3);
    }
    assert.match(explainCode('5.7.606', 'en')!.description, /class 5/);
  });
  it('a registered enhanced code in any class maps to its registry row', () => {
    assert.equal(explainCode('4.2.2', 'en')?.registered, true);
    assert.equal(explainCode('5.2.2', 'en')?.title, explainCode('4.2.2', 'en')?.title);
  });
  it('how a reply and its enhanced code combine, and when they disagree', () => {
    assert.match(explainCombination('550', '5.1.1', 'en'), /550.*5\.1\.1/);
    assert.match(explainCombination('550', '4.1.1', 'en'), /RFC 3463/);
  });
  it('anything else is not a code', () => {
    for (const code of ['55', '5500', '5.1', 'abc', '5.1.1.1']) assert.equal(explainCode(code, 'en'), null, code);
  });
});
