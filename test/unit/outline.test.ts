import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { createLanguageService, defaultSettings } from '../../server/src/service';
import { corpusRoot, readCorpus } from '../support/corpus';
import { doc } from '../support/documents';

const service = createLanguageService();

function names(symbols: readonly DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.name}`, ...names(s.children ?? [], depth + 1)]);
}

describe('outline', () => {
  it('a transcript: sessions → transactions → exchanges, with names a person can scan', () => {
    const text = readCorpus(join(corpusRoot, 'transcripts', 'swaks_postfix_02_unknown_user.txt'));
    assert.deepEqual(names(service.documentSymbols(doc(text, 'smtp-transcript'))), [
      'Session 1',
      '  (greeting) → 220',
      '  EHLO client.example.test → 250',
      '  Transaction 1: MAIL FROM:<bob@example.test>',
      '    MAIL FROM:<bob@example.test> → 250 2.1.0',
      '    RCPT TO:<nosuchuser@example.test> → 550 5.1.1',
      '  QUIT → 221 2.0.0',
    ]);
  });

  it('every symbol range holds its selection range and its children', () => {
    const text = readCorpus(join(corpusRoot, 'transcripts', 'swaks_postfix_04_too_big.txt'));
    const check = (s: DocumentSymbol): void => {
      assert.ok(s.range.start.line <= s.selectionRange.start.line && s.selectionRange.end.line <= s.range.end.line, s.name);
      for (const child of s.children ?? []) {
        assert.ok(child.range.start.line >= s.range.start.line && child.range.end.line <= s.range.end.line, `${s.name} ⊃ ${child.name}`);
        check(child);
      }
    };
    service.documentSymbols(doc(text, 'smtp-transcript')).forEach(check);
  });

  it('a log: one entry per message with its outcome', () => {
    const text = readCorpus(join(corpusRoot, 'logs', 'postfix_maillog_file.log'));
    const entries = names(service.documentSymbols(doc(text, 'mail-log')));
    assert.equal(entries[0], 'D7916164267 → sent 2.0.0');
    assert.equal(entries[1], 'NOQUEUE → rejected 550 5.1.1');
  });

  it('a bounce: message → MIME parts → the DSN recipients', () => {
    const text = readCorpus(join(corpusRoot, 'eml', 'postfix_mbox_alice_07_undelivered-mail-returned-to-sender.eml'));
    assert.deepEqual(names(service.documentSymbols(doc(text, 'eml'))), [
      'Undelivered Mail Returned to Sender',
      '  multipart/report',
      '    text/plain',
      '    message/delivery-status',
      '      nosuchdave@remote.test → failed 550 5.1.1',
      '    message/rfc822',
      '      text/plain',
    ]);
  });

  it('names follow the locale', () => {
    const korean = createLanguageService({ ...defaultSettings, locale: 'ko' });
    const text = readCorpus(join(corpusRoot, 'transcripts', 'swaks_postfix_02_unknown_user.txt'));
    assert.equal(korean.documentSymbols(doc(text, 'smtp-transcript'))[0]?.name, '세션 1');
  });
});

describe('the outline past smtpLens.outline.maxItems', () => {
  const limited = (maxItems: number) => createLanguageService({ ...defaultSettings, outlineMaxItems: maxItems });
  const preorder = (symbols: readonly DocumentSymbol[]): DocumentSymbol[] => symbols.flatMap((s) => [s, ...preorder(s.children ?? [])]);
  const strip = ({ name, range }: DocumentSymbol) => ({ name, range });

  it('a log lists its failed deliveries first, in document order, and counts the rest at the first left out', () => {
    const text = readCorpus(join(corpusRoot, 'logs', 'postfix_maillog_file.log'));
    const all = service.documentSymbols(doc(text, 'mail-log'));
    const failed = all.filter((s) => s.kind === SymbolKind.Event);
    assert.ok(failed.length > 10 && failed.length < all.length - 10, `${failed.length} of ${all.length} failed`);
    for (const maxItems of [10, failed.length + 10]) {
      const symbols = limited(maxItems).documentSymbols(doc(text, 'mail-log'));
      const listed = symbols.slice(0, -1);
      const more = symbols.at(-1)!;
      assert.equal(listed.length, maxItems);
      const indexes = listed.map((s) => all.findIndex((a) => a.range.start.line === s.range.start.line));
      assert.deepEqual(listed.map(strip), indexes.map((i) => strip(all[i]!)), 'each listed symbol is one of the full outline');
      assert.deepEqual(indexes, [...indexes].sort((a, b) => a - b), 'in document order');
      const listedFailures = listed.filter((s) => s.kind === SymbolKind.Event).length;
      assert.equal(listedFailures, Math.min(failed.length, maxItems), 'failures before anything else');
      const firstLeftOut = all.find((_, i) => !indexes.includes(i))!;
      assert.equal(more.kind, SymbolKind.Null);
      assert.deepEqual(more.range, firstLeftOut.range);
      assert.equal(more.name, `${all.length - maxItems} more messages are not listed: the outline lists ${maxItems} at most, failed deliveries first (smtpLens.outline.maxItems)`);
    }
    assert.equal(limited(all.length).documentSymbols(doc(text, 'mail-log')).length, all.length, 'nothing to say when all fit');
  });

  it('a transcript or a bounce stops after the first maxItems symbols of its tree, where it says so', () => {
    const cases: [string, string][] = [
      [['swaks_postfix_04_too_big.txt', 'curl_postfix_02_rcpt_fail.txt', 'swaks_postfix_02_unknown_user.txt'].map((f) => readCorpus(join(corpusRoot, 'transcripts', f))).join(''), 'smtp-transcript'],
      [readCorpus(join(corpusRoot, 'eml', 'postfix_mbox_alice_07_undelivered-mail-returned-to-sender.eml')), 'eml'],
    ];
    for (const [text, language] of cases) {
      const all = preorder(service.documentSymbols(doc(text, language)));
      for (let maxItems = 1; maxItems < all.length; maxItems++) {
        const symbols = limited(maxItems).documentSymbols(doc(text, language));
        const stop = symbols.at(-1)!;
        assert.deepEqual(preorder(symbols.slice(0, -1)).map(strip), all.slice(0, maxItems).map(strip), `${language}, ${maxItems}`);
        assert.equal(stop.name, `The outline stops here: it lists ${maxItems} items at most (smtpLens.outline.maxItems)`);
        assert.deepEqual(stop.range.start, all[maxItems]!.range.start, 'at the first symbol left out');
      }
      assert.equal(preorder(limited(all.length).documentSymbols(doc(text, language))).length, all.length, 'nothing to say when all fit');
    }
  });
});

describe('folding', () => {
  it('gives the first ranges only, when the client asks for at most so many', () => {
    const text = readCorpus(join(corpusRoot, 'transcripts', 'swaks_postfix_04_too_big.txt'));
    const all = service.foldingRanges(doc(text, 'smtp-transcript'));
    assert.ok(all.length > 3);
    assert.deepEqual(service.foldingRanges(doc(text, 'smtp-transcript'), 3), all.slice(0, 3));
  });


  it('folds the session, the multi-line EHLO reply, the DATA content and the transaction', () => {
    const text = readCorpus(join(corpusRoot, 'transcripts', 'swaks_postfix_04_too_big.txt'));
    const folds = service.foldingRanges(doc(text, 'smtp-transcript')).map((f) => `${f.startLine}-${f.endLine}`);
    for (const expected of ['3-576', '5-16', '23-572', '17-574']) assert.ok(folds.includes(expected), `${expected} in ${folds.join(' ')}`);
  });
});
