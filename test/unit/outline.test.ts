import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { DocumentSymbol } from 'vscode-languageserver-types';
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

describe('folding', () => {
  it('folds the session, the multi-line EHLO reply, the DATA content and the transaction', () => {
    const text = readCorpus(join(corpusRoot, 'transcripts', 'swaks_postfix_04_too_big.txt'));
    const folds = service.foldingRanges(doc(text, 'smtp-transcript')).map((f) => `${f.startLine}-${f.endLine}`);
    for (const expected of ['3-576', '5-16', '23-572', '17-574']) assert.ok(folds.includes(expected), `${expected} in ${folds.join(' ')}`);
  });
});
