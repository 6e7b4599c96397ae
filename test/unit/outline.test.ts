import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { createLanguageService, defaultSettings, type ServiceDocument } from '../../server/src/service';
import { cutChunks, type TextChunk } from '../../server/src/service/chunks';
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

  it('leaves out an empty detail and children that are not there, as LSP allows (each costs bytes in a 5,000-symbol outline)', () => {
    const transcript = service.documentSymbols(doc(readCorpus(join(corpusRoot, 'transcripts', 'swaks_postfix_02_unknown_user.txt')), 'smtp-transcript'));
    const [session] = transcript;
    assert.equal(session?.detail, '220');
    const leaves = (session?.children ?? []).filter((s) => s.kind !== SymbolKind.Struct);
    assert.ok(leaves.length >= 3);
    for (const leaf of leaves) assert.deepEqual(Object.keys(leaf).sort(), ['kind', 'name', 'range', 'selectionRange'], leaf.name);
    const log = service.documentSymbols(doc(readCorpus(join(corpusRoot, 'logs', 'postfix_maillog_file.log')), 'mail-log'));
    assert.ok(log.every((s) => !('children' in s)));
    assert.ok(log.some((s) => s.detail) && log.every((s) => !('detail' in s) || s.detail !== ''));
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
      const listed = symbols.filter((s) => s.kind !== SymbolKind.Null);
      const more = symbols.find((s) => s.kind === SymbolKind.Null)!;
      assert.equal(listed.length, maxItems);
      assert.equal(symbols.length, maxItems + 1);
      const indexes = listed.map((s) => all.findIndex((a) => a.range.start.line === s.range.start.line));
      assert.deepEqual(listed.map(strip), indexes.map((i) => strip(all[i]!)), 'each listed symbol is one of the full outline');
      assert.deepEqual(indexes, [...indexes].sort((a, b) => a - b), 'in document order');
      const listedFailures = listed.filter((s) => s.kind === SymbolKind.Event).length;
      assert.equal(listedFailures, Math.min(failed.length, maxItems), 'failures before anything else');
      const others = all.filter((s) => s.kind !== SymbolKind.Event);
      assert.deepEqual(listed.filter((s) => s.kind !== SymbolKind.Event).map(strip), others.slice(0, maxItems - listedFailures).map(strip), 'then the others from the top');
      const firstLeftOut = all.find((_, i) => !indexes.includes(i))!;
      assert.deepEqual(more.range, firstLeftOut.range);
      const at = (s: DocumentSymbol): number => s.range.start.line;
      assert.deepEqual(symbols.map(at), [...symbols.map(at)].sort((x, y) => x - y), 'the count in document order too');
      assert.equal(more.name, `Messages not listed: ${all.length - maxItems}. The outline lists ${maxItems} at most, failed deliveries first (smtpLens.outline.maxItems)`);
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

/** A document in chunks of 4 KiB that notes which chunks' text was read. */
function watched(text: string, languageId: string): { document: ServiceDocument; read: Set<number>; chunks: number } {
  const read = new Set<number>();
  const chunks = cutChunks(text, 4096).map((chunk, i): TextChunk => ({
    get text() {
      read.add(i);
      return chunk.text;
    },
    get breaks() {
      return chunk.breaks;
    },
  }));
  return { document: { uri: 'file:///watched', languageId, version: 1, getText: () => text, getChunks: () => chunks }, read, chunks: chunks.length };
}

describe('what the outline and folding read', () => {
  it('a short outline of a long transcript reads only the parts it lists', () => {
    const text = readCorpus(join(corpusRoot, 'transcripts', 'swaks_postfix_01_delivered.txt')).repeat(100);
    const { document, read, chunks } = watched(text, 'smtp-transcript');
    const symbols = createLanguageService({ ...defaultSettings, outlineMaxItems: 10 }).documentSymbols(document);
    assert.equal(symbols.at(-1)?.kind, SymbolKind.Null);
    assert.ok(chunks > 20 && read.size <= 3, `${read.size} of ${chunks} chunks read`);
  });

  it('folding reads no more of a log than a hover on its first line', () => {
    const text = readCorpus(join(corpusRoot, 'logs', 'postfix_maillog_file.log')).repeat(20);
    const hovered = watched(text, 'mail-log');
    createLanguageService().hover(hovered.document, { line: 0, character: 0 });
    const { document, read, chunks } = watched(text, 'mail-log');
    assert.deepEqual(createLanguageService().foldingRanges(document), []);
    assert.ok(read.size <= hovered.read.size && read.size < chunks / 10, `${read.size} of ${chunks} chunks read; a hover reads ${hovered.read.size}`);
  });
});

describe('folding', () => {
  it('keeps the outer ranges first, in document order, when the client asks for at most so many', () => {
    const text = readCorpus(join(corpusRoot, 'transcripts', 'swaks_postfix_04_too_big.txt')).repeat(10);
    const model = service.analyze(doc(text, 'smtp-transcript'))!;
    const key = (r: { startLine: number; endLine: number }): string => `${r.startLine}-${r.endLine}`;
    const sessions = model.sessions.map((s) => `${s.span.start}-${s.span.end}`);
    const transactions = model.sessions.flatMap((s) => s.transactions.map((t) => `${t.span.start}-${t.span.end}`));
    const all = service.foldingRanges(doc(text, 'smtp-transcript'));
    assert.equal(sessions.length, 10);
    assert.ok(all.length > sessions.length + transactions.length);
    assert.deepEqual(service.foldingRanges(doc(text, 'smtp-transcript'), 10).map(key), sessions);
    const outer = service.foldingRanges(doc(text, 'smtp-transcript'), 10 + transactions.length).map(key);
    assert.deepEqual(outer, all.map(key).filter((k) => sessions.includes(k) || transactions.includes(k)), 'sessions and transactions, in document order');
  });

  it('folds the session, the multi-line EHLO reply, the DATA content and the transaction', () => {
    const text = readCorpus(join(corpusRoot, 'transcripts', 'swaks_postfix_04_too_big.txt'));
    const folds = service.foldingRanges(doc(text, 'smtp-transcript')).map((f) => `${f.startLine}-${f.endLine}`);
    for (const expected of ['3-576', '5-16', '23-572', '17-574']) assert.ok(folds.includes(expected), `${expected} in ${folds.join(' ')}`);
  });
});
