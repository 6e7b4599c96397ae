import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, DocumentSymbol, FoldingRange, Hover, MarkedString, Position, Range, TextEdit } from 'vscode-languageserver-types';
import { createLanguageService, type DocumentModel, type LanguageService, type ServiceDocument, type Slicing } from '../../server/src/service';
import { corpusFiles, readCorpus, repoRoot } from '../support/corpus';
import { doc } from '../support/documents';

/**
 * The promise pinned here: bad input gets a clear error or a graceful skip, never a crash, a hang or lost text; a
 * quick fix changes only the bytes it names. Real corpus files are broken in a few random ways and every feature of
 * the public service is asked about them in every language the extension registers.
 */

/** The extension's languages, as package.json registers them (so a new one is tested without editing this file). */
const languageIds: readonly string[] = (
  JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { contributes: { languages: { id: string }[] } }
).contributes.languages.map((l) => l.id);

/** The code action kinds the server advertises (server.ts: codeActionKinds). */
const advertisedKinds = ['quickfix', 'source.redact'] as const;

/** No single call may take longer than this on these inputs (a few hundred KB at most): a guard against hangs. */
const callLimitMs = 3000;

/** Fixed so that a failure repeats; FC_SEED tries another. fast-check prints the seed and the shrunk case on failure. */
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20240611;

/** Strings a person or a broken tool could put into a mail file; named so that a shrunk counterexample reads well. */
const fragments = {
  'lone high surrogate': '\uD83D',
  'lone low surrogate': '\uDE00',
  NUL: '\0',
  'lone CR': '\r',
  'long line': 'x'.repeat(100_000),
  'long line of "5."': '5.'.repeat(50_000),
  'long multi-line reply line': `250-${'a '.repeat(50_000)}`,
  Korean: '메일 배달 실패: 받는 사람 없음',
  Cyrillic: 'Ошибка доставки письма',
  'Arabic with RTL mark': '\u200Fفشل التسليم',
  'emoji ZWJ sequence': '👩‍👩‍👧',
  'combining accent': 'e\u0301',
  BOM: '\uFEFF',
  'mathematical digits': '𝟓𝟓𝟎 𝟓.𝟏.𝟏',
  '550 5.1.1': '550 5.1.1 <nobody@example.com>: Recipient address rejected',
  '5.': '5.',
  '55': '55',
  '250-': '250-',
  '4.7.': '4.7.',
  'dsn=': 'dsn=',
  'status=bounced (': 'status=bounced (',
  'Status: 5.1.1': 'Status: 5.1.1',
  'Content-Type multipart/report': 'Content-Type: multipart/report; boundary=',
  '--boundary': '--boundary',
  'mbox From line': 'From MAILER-DAEMON Tue Jun 11 19:13:34 2024',
  'DATA command': ' -> DATA',
  'lone dot': '.',
} as const;

type FragmentName = keyof typeof fragments;

type Mutation =
  | { readonly kind: 'delete-line'; readonly line: number }
  | { readonly kind: 'duplicate-line'; readonly line: number }
  | { readonly kind: 'swap-lines'; readonly line: number; readonly other: number }
  | { readonly kind: 'truncate'; readonly at: number; readonly where: 'anywhere' | 'before-line-end' | 'between-cr-and-lf' | 'inside-surrogate-pair' }
  | { readonly kind: 'insert'; readonly at: number; readonly lineStart: boolean; readonly fragment: FragmentName; readonly end: '' | '\n' | '\r\n' }
  | { readonly kind: 'insert-random'; readonly at: number; readonly lineStart: boolean; readonly text: string };

/** Random characters weighted towards what SMTP readers look at: digits, dots, hyphens, line ends, lone surrogates. */
const noise = fc.string({
  maxLength: 24,
  size: 'max',
  unit: fc.oneof(
    fc.constantFrom('5', '4', '2', '0', '1', '.', '-', ' ', '\t', '\r', '\n', '=', '(', ')', ':', '<', '>', '@', ';', '"', '\uD800', '\uDFFF'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
});

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), line: fc.nat(), other: fc.nat() }),
  fc.record({
    kind: fc.constant('truncate' as const),
    at: fc.nat(),
    where: fc.constantFrom('anywhere' as const, 'before-line-end' as const, 'between-cr-and-lf' as const, 'inside-surrogate-pair' as const),
  }),
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      lineStart: fc.boolean(),
      fragment: fc.constantFrom(...(Object.keys(fragments) as FragmentName[])),
      end: fc.constantFrom('' as const, '\n' as const, '\r\n' as const),
    }),
  },
  fc.record({ kind: fc.constant('insert-random' as const), at: fc.nat(), lineStart: fc.boolean(), text: noise }),
);

/** Lines with their own line ends, so that deleting, copying and swapping keep every other byte. */
function linesWithEnds(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

/** Where the line holding `offset` starts. */
function lineStartBefore(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}

function mutate(text: string, m: Mutation): string {
  const lines = linesWithEnds(text);
  const offset = (at: number): number => at % (text.length + 1);
  switch (m.kind) {
    case 'delete-line':
      if (lines.length > 0) lines.splice(m.line % lines.length, 1);
      return lines.join('');
    case 'duplicate-line': {
      if (lines.length === 0) return text;
      const i = m.line % lines.length;
      lines.splice(i, 0, lines[i]!);
      return lines.join('');
    }
    case 'swap-lines': {
      if (lines.length === 0) return text;
      const [i, j] = [m.line % lines.length, m.other % lines.length];
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join('');
    }
    case 'truncate': {
      if (m.where === 'anywhere') return text.slice(0, offset(m.at));
      if (m.where === 'before-line-end') {
        // A file whose last line has no line break, as files cut off or written by hand often are.
        const breaks = [...text.matchAll(/\r\n|\r|\n/g)].map((found) => found.index);
        return breaks.length > 0 ? text.slice(0, breaks[m.at % breaks.length]) : text;
      }
      // Cut right after a CR of a CRLF, or right after the high half of a surrogate pair; a text with none of them
      // is cut anywhere and given the half that such a cut would leave.
      const pattern = m.where === 'between-cr-and-lf' ? /\r(?=\n)/g : /[\uD800-\uDBFF](?=[\uDC00-\uDFFF])/g;
      const cuts = [...text.matchAll(pattern)].map((found) => found.index + 1);
      if (cuts.length > 0) return text.slice(0, cuts[m.at % cuts.length]);
      return text.slice(0, offset(m.at)) + (m.where === 'between-cr-and-lf' ? '\r' : '\uD83D');
    }
    case 'insert':
    case 'insert-random': {
      const inserted = m.kind === 'insert' ? fragments[m.fragment] + m.end : m.text;
      const at = m.lineStart ? lineStartBefore(text, offset(m.at)) : offset(m.at);
      return text.slice(0, at) + inserted + text.slice(at);
    }
  }
}

/** The document's lines as LSP counts them (CRLF, CR and LF each end a line), worked out here, not by the server. */
function lspLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Where each line starts, by the same count. */
function lineOffsets(text: string): number[] {
  return [0, ...[...text.matchAll(/\r\n|\r|\n/g)].map((found) => found.index + found[0].length)];
}

function show(value: unknown): string {
  return JSON.stringify(value);
}

function assertPositionInside(position: Position, lines: readonly string[], what: string): void {
  const { line, character } = position;
  assert.ok(Number.isInteger(line) && line >= 0 && line < lines.length, `${what}: line ${line} outside 0..${lines.length - 1}`);
  assert.ok(
    Number.isInteger(character) && character >= 0 && character <= lines[line]!.length,
    `${what}: character ${character} past the end of line ${line} (length ${lines[line]!.length})`,
  );
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function assertRangeInside(range: Range, lines: readonly string[], what: string): void {
  assertPositionInside(range.start, lines, `${what} start`);
  assertPositionInside(range.end, lines, `${what} end`);
  assert.ok(!before(range.end, range.start), `${what}: ends before it starts ${show(range)}`);
}

function assertRangeWithin(inner: Range, outer: Range, what: string): void {
  assert.ok(!before(inner.start, outer.start) && !before(outer.end, inner.end), `${what}: ${show(inner)} not within ${show(outer)}`);
}

/** Every line and column the model hands out: mentions, sessions, messages and log entries. */
function assertModelInside(model: DocumentModel, lines: readonly string[]): void {
  const span = (s: { start: number; end: number }, what: string): void => {
    assertPositionInside({ line: s.start, character: 0 }, lines, `${what} start`);
    assertPositionInside({ line: s.end, character: 0 }, lines, `${what} end`);
    assert.ok(s.start <= s.end, `${what}: ${show(s)}`);
  };
  for (const m of model.mentions) {
    for (const token of [m.reply, m.enhanced]) {
      if (token) assertRangeInside({ start: { line: m.line, character: token.character }, end: { line: m.line, character: token.character + token.code.length } }, lines, `mention ${token.code}`);
    }
  }
  for (const session of model.sessions) {
    span(session.span, 'session');
    for (const exchange of session.exchanges) span(exchange.span, 'exchange');
  }
  for (const message of model.messages) {
    span(message.span, 'message');
    for (const delivery of message.deliveries) span(delivery.span, 'delivery');
  }
  for (const entry of model.logEntries) {
    assertPositionInside({ line: entry.firstLine, character: entry.firstLineEnd }, lines, 'log entry first line');
    assertPositionInside({ line: entry.lastLine, character: entry.lastLineEnd }, lines, 'log entry last line');
  }
}

function assertSymbolsInside(symbols: readonly DocumentSymbol[], lines: readonly string[], parent?: DocumentSymbol): void {
  for (const s of symbols) {
    assertRangeInside(s.range, lines, `symbol "${s.name}" range`);
    assertRangeInside(s.selectionRange, lines, `symbol "${s.name}" selectionRange`);
    assertRangeWithin(s.selectionRange, s.range, `symbol "${s.name}" selectionRange`);
    if (parent) assertRangeWithin(s.range, parent.range, `symbol "${s.name}" in "${parent.name}"`);
    assertSymbolsInside(s.children ?? [], lines, s);
  }
}

function assertFoldingInside(ranges: readonly FoldingRange[], lines: readonly string[], what: string): void {
  for (const r of ranges) {
    assert.ok(Number.isInteger(r.startLine) && r.startLine >= 0 && r.startLine <= r.endLine && r.endLine < lines.length, `${what}: ${show(r)} in ${lines.length} lines`);
  }
}

/** Whether `offset` falls between the halves of a surrogate pair: an edit that starts or ends there breaks the character. */
function splitsSurrogatePair(text: string, offset: number): boolean {
  return /[\uD800-\uDBFF]/.test(text[offset - 1] ?? '') && /[\uDC00-\uDFFF]/.test(text[offset] ?? '');
}

/**
 * A fix's edits lie inside the document, do not overlap, split no character, and applying them leaves every character
 * outside their ranges where it was: the text between edits is found unchanged, in order, in the result.
 */
function assertEditsTouchOnlyTheirRanges(text: string, lines: readonly string[], edits: readonly TextEdit[], what: string): void {
  const offsets = lineOffsets(text);
  for (const e of edits) assertRangeInside(e.range, lines, `${what} edit`);
  const at = (p: Position): number => offsets[p.line]! + p.character;
  const sorted = edits.map((e) => ({ start: at(e.range.start), end: at(e.range.end), newText: e.newText })).sort((a, b) => a.start - b.start || a.end - b.end);
  for (const e of sorted) {
    assert.ok(!splitsSurrogatePair(text, e.start) && !splitsSurrogatePair(text, e.end), `${what}: an edit at ${e.start}..${e.end} splits a surrogate pair`);
  }
  for (let i = 1; i < sorted.length; i++) {
    assert.ok(sorted[i]!.start >= sorted[i - 1]!.end, `${what}: edits overlap ${show(sorted[i - 1])} ${show(sorted[i])}`);
  }
  const result = TextDocument.applyEdits(TextDocument.create('file:///fix', 'plaintext', 1, text), [...edits]);
  let from = 0;
  let into = 0;
  for (const e of sorted) {
    const kept = text.slice(from, e.start);
    assert.equal(result.slice(into, into + kept.length), kept, `${what}: text before offset ${e.start} changed`);
    into += kept.length;
    assert.equal(result.slice(into, into + e.newText.length), e.newText, `${what}: the edit at ${e.start} is not what it says`);
    into += e.newText.length;
    from = e.end;
  }
  assert.equal(result.slice(into), text.slice(from), `${what}: text after the last edit changed`);
}

function hoverText(contents: Hover['contents'] | MarkedString): string {
  if (typeof contents === 'string') return contents;
  if (Array.isArray(contents)) return contents.map(hoverText).join('\n');
  return contents.value;
}

function timed<T>(what: string, call: () => T): T {
  const started = performance.now();
  const result = call();
  const took = performance.now() - started;
  assert.ok(took < callLimitMs, `${what} took ${Math.round(took)} ms`);
  return result;
}

async function timedAsync<T>(what: string, call: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await call();
  const took = performance.now() - started;
  assert.ok(took < callLimitMs, `${what} took ${Math.round(took)} ms`);
  return result;
}

/** Pauses that resolve at once: the sliced passes run to their end with every step taken separately. */
const atOnce: Slicing = { sliceMs: 0, pause: () => Promise.resolve(), cancelled: () => false };

/** What the property saw, to show that the mutated documents still reach the readers' deep paths. */
interface Reach {
  runs: number;
  /** Cases where the corpus kind's own language still found its structure (sessions, messages with deliveries, log entries). */
  deep: number;
  diagnostics: number;
  hovers: number;
  quickFixes: number;
  redactions: number;
}

/**
 * Positions to hover: each diagnostic's start, where each code the model found starts and ends (so that mutated codes
 * are rendered, not only missed), random ones, past a line's end, past the last line, and (0,0).
 */
function hoverPositions(
  lines: readonly string[],
  diagnostics: readonly Diagnostic[],
  model: DocumentModel | null,
  random: readonly { line: number; character: number }[],
): Position[] {
  const last = lines.length - 1;
  const positions: Position[] = [
    { line: 0, character: 0 },
    { line: last, character: lines[last]!.length },
    { line: last + 1, character: 0 },
    { line: last + 5, character: 3 },
    ...diagnostics.map((d) => d.range.start),
  ];
  for (const m of (model?.mentions ?? []).slice(0, 200)) {
    for (const token of [m.reply, m.enhanced]) {
      if (token) positions.push({ line: m.line, character: token.character }, { line: m.line, character: token.character + token.code.length });
    }
  }
  for (const r of random) {
    const line = r.line % lines.length;
    positions.push({ line, character: r.character % (lines[line]!.length + 1) });
    positions.push({ line, character: lines[line]!.length + 1 + (r.character % 4) });
  }
  return positions;
}

/** Everything asked of one document in one language, with every answer held to the promise. */
async function checkDocument(text: string, languageId: string, random: readonly { line: number; character: number }[], reach: Reach): Promise<DocumentModel | null> {
  const lines = lspLines(text);
  const service: LanguageService = createLanguageService();
  const document: ServiceDocument = doc(text, languageId);
  const model = timed('analyze', () => service.analyze(document));
  if (model) assertModelInside(model, lines);

  const diagnostics = timed('diagnostics', () => service.diagnostics(document));
  for (const d of diagnostics) {
    assertRangeInside(d.range, lines, `diagnostic ${String(d.code)}`);
    // A clear error: it names its rule, says something, and has a severity.
    const message = typeof d.message === 'string' ? d.message : d.message.value;
    assert.ok(typeof d.code === 'string' && d.code !== '' && message.trim() !== '' && d.severity !== undefined, `unclear diagnostic ${show(d)}`);
  }
  assert.deepEqual(timed('diagnostics again', () => service.diagnostics(document)), diagnostics, 'diagnostics asked twice');
  reach.diagnostics += diagnostics.length;

  const symbols = timed('documentSymbols', () => service.documentSymbols(document));
  assertSymbolsInside(symbols, lines);

  const folding = timed('foldingRanges', () => service.foldingRanges(document));
  assertFoldingInside(folding, lines, 'folding range');
  for (const limit of [0, 1, 3]) {
    const limited = timed(`foldingRanges(${limit})`, () => service.foldingRanges(document, limit));
    assertFoldingInside(limited, lines, `folding range (limit ${limit})`);
    assert.ok(limited.length <= limit, `${limited.length} folding ranges past the limit of ${limit}`);
  }

  // A fresh service, so that the passes in slices read the text themselves rather than the cached analysis.
  const sliced = createLanguageService();
  const slicedDocument = doc(text, languageId);
  assert.deepEqual(await timedAsync('diagnosticsInSlices', () => sliced.diagnosticsInSlices(slicedDocument, atOnce)), diagnostics, 'diagnostics in slices, as in one go');
  assert.deepEqual(await timedAsync('documentSymbolsInSlices', () => sliced.documentSymbolsInSlices(slicedDocument, atOnce)), symbols, 'outline in slices, as in one go');
  assert.deepEqual(await timedAsync('foldingRangesInSlices', () => sliced.foldingRangesInSlices(slicedDocument, undefined, atOnce)), folding, 'folding in slices, as in one go');
  assert.deepEqual(
    await timedAsync('foldingRangesInSlices(3)', () => sliced.foldingRangesInSlices(slicedDocument, 3, atOnce)),
    service.foldingRanges(document, 3),
    'limited folding in slices, as in one go',
  );

  for (const position of hoverPositions(lines, diagnostics, model, random)) {
    const found = timed(`hover ${show(position)}`, () => service.hover(document, position));
    if (!found) continue;
    reach.hovers++;
    assert.ok(hoverText(found.contents).trim() !== '', `an empty hover at ${show(position)}`);
    if (!found.range) continue;
    assertRangeInside(found.range, lines, `hover at ${show(position)}`);
    // Inside a line, the hover is about what is under the cursor.
    if (position.line < lines.length && position.character <= lines[position.line]!.length) {
      assert.ok(!before(position, found.range.start) && !before(found.range.end, position), `hover range ${show(found.range)} does not cover ${show(position)}`);
    }
  }

  const checkActions = (actions: readonly CodeAction[], what: string): void => {
    for (const action of actions) {
      assert.ok(action.kind !== undefined && (advertisedKinds as readonly string[]).includes(action.kind), `${what}: kind ${String(action.kind)} not advertised`);
      const edits = action.edit?.changes?.[document.uri] ?? [];
      assertEditsTouchOnlyTheirRanges(text, lines, edits, `${what} "${action.title}"`);
      if (action.kind === 'quickfix' && edits.length > 0) reach.quickFixes++;
      if (action.kind === 'source.redact') reach.redactions++;
    }
  };
  for (const d of diagnostics) {
    checkActions(timed(`codeActions ${String(d.code)}`, () => service.codeActions(document, [d])), `quick fix for ${String(d.code)}`);
  }
  checkActions(timed('codeActions only advertised kinds', () => service.codeActions(document, diagnostics, advertisedKinds)), 'advertised kinds');
  const quickOnly = timed('codeActions only quickfix', () => service.codeActions(document, diagnostics, ['quickfix']));
  assert.ok(quickOnly.every((a) => a.kind === 'quickfix'), 'only quick fixes when only quick fixes are asked for');
  checkActions(timed('codeActions only source', () => service.codeActions(document, [], ['source'])), 'source actions');
  return model;
}

/** Whether a model still holds what its corpus kind is about. */
function reachesDeep(folder: Folder, model: DocumentModel | null): boolean {
  if (!model) return false;
  switch (folder) {
    case 'transcripts':
      return model.sessions.some((s) => s.exchanges.length > 1);
    case 'logs':
      return model.logEntries.length > 0;
    case 'eml':
      return model.messages.length > 0;
    case 'bounces':
      return model.messages.some((m) => m.deliveries.length > 0);
  }
}

type Folder = 'transcripts' | 'logs' | 'eml' | 'bounces';

/** The language each corpus folder is written in, whose deep paths the mutations should still reach. */
const ownLanguage: Record<Folder, string> = { transcripts: 'smtp-transcript', logs: 'mail-log', eml: 'eml', bounces: 'eml' };

const texts = new Map<string, string>();
function corpusText(path: string): string {
  let text = texts.get(path);
  if (text === undefined) texts.set(path, (text = readCorpus(path)));
  return text;
}

/** Runs per folder: together they keep the file well under 30 s on a 2-core machine. */
const runs: Record<Folder, number> = { transcripts: 300, logs: 100, eml: 150, bounces: 250 };

type Case = [file: string, mutations: Mutation[], hovers: { line: number; character: number }[]];

/** Cases found by this property before, run first whatever the seed. */
const examples: Record<Folder, Case[]> = {
  transcripts: [
    // Pipelined MAIL, RCPT, RCPT, DATA whose last reply the tool does not show: a real file, the first line aside.
    ['msmtp_postfix_02_unknown_user.txt', [{ kind: 'delete-line', line: 0 }], []],
    // Cut right after "354 End data with …", with no line break: the DATA content would start past the last line.
    ['swaks_aiosmtpd_01_delivered.txt', [{ kind: 'truncate', at: 15, where: 'before-line-end' }], []],
  ],
  logs: [],
  eml: [],
  bounces: [],
};

/** One case (a text in every language) may take this long at most: fast-check fails the case past it. */
const caseLimitMs = 10_000;

describe('robustness: mutated corpus files', () => {
  it('the extension registers the languages the service reads', () => {
    assert.deepEqual([...languageIds].sort(), ['eml', 'mail-log', 'smtp-transcript']);
  });

  for (const folder of ['transcripts', 'logs', 'eml', 'bounces'] as const) {
    it(
      `${folder}: after 1–5 random breakages, no call throws or stalls, every range stays inside the document, and quick fixes touch only their ranges`,
      { timeout: 30_000 },
      async (t) => {
        const paths = new Map(corpusFiles(folder).map((path) => [basename(path), path]));
        const reach: Reach = { runs: 0, deep: 0, diagnostics: 0, hovers: 0, quickFixes: 0, redactions: 0 };
        await fc.assert(
          fc.asyncProperty(
            fc.constantFrom(...paths.keys()),
            fc.array(mutation, { minLength: 1, maxLength: 5 }),
            fc.array(fc.record({ line: fc.nat(), character: fc.nat() }), { maxLength: 6 }),
            async (file, mutations, random) => {
              const text = mutations.reduce(mutate, corpusText(paths.get(file)!));
              reach.runs++;
              for (const languageId of languageIds) {
                const model = await checkDocument(text, languageId, random, reach);
                if (languageId === ownLanguage[folder] && reachesDeep(folder, model)) reach.deep++;
                // A turn of the event loop, so that fast-check's case timeout can fire between languages.
                await new Promise((resolve) => setImmediate(resolve));
              }
            },
          ),
          { numRuns: runs[folder], seed, timeout: caseLimitMs, includeErrorInReport: true, examples: examples[folder] },
        );
        // The property is only worth something if broken files still read as what they were.
        t.diagnostic(`${folder}: ${show(reach)}`);
        // A third, not all: a junk line in a bounce's top header or a cut before its report leaves no deliveries.
        assert.ok(reach.deep >= reach.runs / 3, `only ${reach.deep} of ${reach.runs} mutated ${folder} still reached the reader's structure`);
        assert.ok(reach.diagnostics > 0 && reach.hovers > 0, `${folder}: nothing to check ${show(reach)}`);
      },
    );
  }
});
