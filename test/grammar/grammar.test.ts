// The TextMate grammars against the real corpus, the manifest, and adversarial input.
//
//   node --import tsx --test test/grammar/*.test.ts
//
// Scope assertions on single lines live in test/grammar/cases (vscode-tmgrammar-test);
// this file checks what those cannot: whole files, timing, colours, the generator.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { OnigScanner } from 'vscode-oniguruma';
import type { IGrammar, IRawTheme, StateStack } from 'vscode-textmate';
import { grammarFiles, render, syntaxesDir } from '../../scripts/grammars/build.js';
import type { Rule } from '../../scripts/grammars/types.js';
import {
  corpusRoot,
  createRegistry,
  INITIAL,
  loadGrammar,
  manifestGrammars,
  repoRoot,
  splitLines,
  stateAfter,
  tokenize,
} from './textmate.js';

const REPLY = 'constant.numeric.reply-code.smtp';
const ENHANCED = 'constant.numeric.enhanced-status-code.smtp';

/**
 * The grammars under test. The injection is timed over text.plain, a stand-in host with
 * no patterns, so that its own cost is measured; over VS Code's Log grammar (text.log) it
 * is only checked for errors, because that host is itself slow on some lines (on 10,000
 * characters of "SIZE=" it takes ~400 ms with or without SMTP Lens).
 */
const TIMED: ReadonlyArray<{ readonly label: string; readonly scope: string }> = [
  { label: 'smtp-transcript', scope: 'source.smtp-transcript' },
  { label: 'mail-log', scope: 'source.mail-log' },
  { label: 'eml', scope: 'text.eml' },
  { label: 'injection', scope: 'text.plain' },
];
const UNTIMED = [{ label: 'text.log + injection', scope: 'text.log' }];

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

function codesIn(grammar: IGrammar, text: string): { codes: Set<string>; enhanced: Set<string> } {
  const codes = new Set<string>();
  const enhanced = new Set<string>();
  for (const line of tokenize(grammar, splitLines(text))) {
    for (const t of line.tokens) {
      const s = line.text.slice(t.startIndex, t.endIndex);
      if (t.scopes.includes(REPLY)) codes.add(s);
      if (t.scopes.includes(ENHANCED)) enhanced.add(s);
    }
  }
  return { codes, enhanced };
}

test('syntaxes/*.json are what scripts/grammars/build.ts generates', () => {
  for (const { file, grammar } of grammarFiles) {
    assert.equal(readFileSync(join(syntaxesDir, file), 'utf8'), render(grammar), `${file} is stale: run node --import tsx scripts/grammars/build.ts`);
  }
});

test('package.json points at the four grammars with the scope names they declare', () => {
  const declared = manifestGrammars();
  assert.equal(declared.length, 4);
  for (const g of declared) {
    const raw = JSON.parse(readFileSync(join(repoRoot, g.path), 'utf8')) as { scopeName?: unknown };
    assert.equal(raw.scopeName, g.scopeName, g.path);
  }
});

test('every pattern in every grammar compiles in Oniguruma', async () => {
  await loadGrammar(createRegistry(), 'source.smtp-transcript'); // loads the WASM
  let count = 0;
  const visit = (rule: Rule, where: string): void => {
    for (const key of ['match', 'begin', 'end', 'while'] as const) {
      const src = rule[key];
      if (src === undefined) continue;
      count++;
      // Back-references in end/while are filled in from begin at run time.
      const pattern = key === 'match' || key === 'begin' ? src : src.replace(/\\(\d)/g, 'x');
      assert.doesNotThrow(() => new OnigScanner([pattern]).dispose(), `${where}.${key}: ${src}`);
    }
    for (const caps of [rule.captures, rule.beginCaptures, rule.endCaptures, rule.whileCaptures]) {
      for (const c of Object.values(caps ?? {})) for (const p of c.patterns ?? []) visit(p, `${where}.captures`);
    }
    for (const p of rule.patterns ?? []) visit(p, where);
  };
  for (const { file, grammar } of grammarFiles) {
    for (const p of grammar.patterns) visit(p, file);
    for (const [name, rule] of Object.entries(grammar.repository)) visit(rule, `${file}#${name}`);
  }
  assert.ok(count > 100, `only ${count} patterns found`);
});

test('every corpus file tokenizes with every grammar, and no grammar is slow on it', async () => {
  const registry = createRegistry();
  const trivial = await loadGrammar(registry, 'source.trivial-baseline');
  const files = walk(corpusRoot);
  assert.ok(files.length > 400, `corpus not found at ${corpusRoot}`);
  const texts = files.map((f) => ({ file: relative(corpusRoot, f), lines: splitLines(readFileSync(f, 'utf8')) }));
  const run = (grammar: IGrammar): number => {
    const t0 = performance.now();
    for (const { file, lines } of texts) {
      let stack: StateStack = INITIAL;
      lines.forEach((text, i) => {
        const r = grammar.tokenizeLine(text, stack);
        assert.equal(r.stoppedEarly, false, `${file}:${i + 1}`);
        const last = r.tokens[r.tokens.length - 1];
        assert.ok(last !== undefined && last.endIndex >= text.length, `${file}:${i + 1} not covered`);
        stack = r.ruleStack;
      });
    }
    return performance.now() - t0;
  };
  run(trivial); // warm-up
  const base = run(trivial);
  const lineCount = texts.reduce((n, t) => n + t.lines.length, 0);
  console.log(`corpus: ${files.length} files, ${lineCount} lines; trivial grammar ${base.toFixed(0)} ms`);
  for (const { label, scope } of [...TIMED, ...UNTIMED]) {
    const grammar = await loadGrammar(registry, scope);
    run(grammar); // warm-up: compiles the scanners
    const ms = run(grammar);
    console.log(`  ${label.padEnd(22)} ${ms.toFixed(0).padStart(6)} ms  ${(ms / base).toFixed(1).padStart(5)}x trivial`);
    if (TIMED.some((t) => t.scope === scope)) {
      assert.ok(ms <= 50 * base + 2000, `${label}: ${ms.toFixed(0)} ms on the corpus vs ${base.toFixed(0)} ms for the trivial grammar`);
    }
  }
});

test('transcripts: the reply and enhanced codes scoped are exactly those EXPECTED.md lists', async () => {
  const grammar = await loadGrammar(createRegistry(), 'source.smtp-transcript');
  const expected = readFileSync(join(corpusRoot, 'EXPECTED.md'), 'utf8');
  let checked = 0;
  for (const m of expected.matchAll(/^\| ([\w.-]+\.txt) \| ([^|]*) \| ([^|]*) \|/gm)) {
    const [, file = '', codes = '', enhanced = ''] = m;
    const got = codesIn(grammar, readFileSync(join(corpusRoot, 'transcripts', file), 'utf8'));
    assert.equal([...got.codes].sort().join(' '), codes.trim(), `${file}: reply codes`);
    const want = enhanced.trim() === '—' ? '' : enhanced.trim();
    assert.equal([...got.enhanced].sort().join(' '), want, `${file}: enhanced codes`);
    checked++;
  }
  assert.ok(checked >= 70, `only ${checked} transcripts listed`);
});

test('bounces: the codes sisimai expects are scoped where the text carries them', async () => {
  const grammar = await loadGrammar(createRegistry(), 'text.eml');
  const expected = JSON.parse(readFileSync(join(corpusRoot, 'bounces', 'expected.json'), 'utf8')) as Record<
    string,
    ReadonlyArray<{ readonly reply: string; readonly status: string }>
  >;
  const tally = { reply: { hit: 0, miss: 0 }, status: { hit: 0, miss: 0 } };
  for (const [file, recipients] of Object.entries(expected)) {
    const text = readFileSync(join(corpusRoot, 'bounces', file), 'utf8');
    const got = codesIn(grammar, text);
    for (const r of recipients) {
      if (r.reply !== '' && text.includes(r.reply)) tally.reply[got.codes.has(r.reply) ? 'hit' : 'miss']++;
      // x.0.9xx are sisimai's own pseudo-codes, not in the messages.
      if (r.status !== '' && !/^\d\.0\.9\d\d$/.test(r.status) && text.includes(r.status)) {
        tally.status[got.enhanced.has(r.status) ? 'hit' : 'miss']++;
      }
    }
  }
  const share = ({ hit, miss }: { hit: number; miss: number }): number => hit / (hit + miss);
  console.log(`bounces: reply codes found ${tally.reply.hit}, missed ${tally.reply.miss}; enhanced found ${tally.status.hit}, missed ${tally.status.miss}`);
  // Floors, not goals: what is missed is free text without a context that says "reply".
  assert.ok(share(tally.reply) >= 0.9, `reply codes found ${share(tally.reply)}`);
  assert.ok(share(tally.status) >= 0.95, `enhanced codes found ${share(tally.status)}`);
});

test('the four reply classes get four different colours in Dark+ and in Light+', async () => {
  const lines = ['<-  250 2.1.5 Ok', '<-  354 End data with <CR><LF>.<CR><LF>', '<** 451 4.7.1 Greylisted', '<** 550 5.1.1 unknown'];
  for (const themeFile of ['dark-plus.json', 'light-plus.json']) {
    const raw = JSON.parse(readFileSync(join(__dirname, 'themes', themeFile), 'utf8')) as { name: string; tokenColors: unknown[] };
    const theme: IRawTheme = { name: raw.name, settings: raw.tokenColors as IRawTheme['settings'] };
    const registry = createRegistry({ theme });
    const grammar = await loadGrammar(registry, 'source.smtp-transcript');
    const colorMap = registry.getColorMap();
    const colourOf = (line: string, needle: string): string => {
      const r = grammar.tokenizeLine2(line, INITIAL);
      const at = line.indexOf(needle);
      let colour = '';
      for (let i = 0; i < r.tokens.length; i += 2) {
        if ((r.tokens[i] ?? 0) <= at) colour = colorMap[((r.tokens[i + 1] ?? 0) >>> 15) & 0x1ff] ?? '';
      }
      return colour;
    };
    const defaultColour = colourOf('plain', 'plain');
    const codeColours = lines.map((l) => colourOf(l, l.slice(4, 7)));
    assert.equal(new Set(codeColours).size, 4, `${themeFile}: ${codeColours.join(' ')}`);
    assert.ok(!codeColours.includes(defaultColour), `${themeFile}: a class is not coloured`);
    const enhancedColours = [0, 2, 3].map((i) => colourOf(lines[i] ?? '', (lines[i] ?? '').slice(8, 13)));
    assert.equal(new Set(enhancedColours).size, 3, `${themeFile}: enhanced ${enhancedColours.join(' ')}`);
    console.log(`${themeFile}: 2yz ${codeColours[0]} 3yz ${codeColours[1]} 4yz ${codeColours[2]} 5yz ${codeColours[3]}`);
  }
});

// --- adversarial lines ----------------------------------------------------------------------

const LENGTH = 10_000;
const repeat = (s: string, prefix = ''): string => (prefix + s.repeat(Math.ceil(LENGTH / s.length))).slice(0, LENGTH);

const JUNK = [
  '<- ', '<-  ', ' -> ', '0123456789', '5', ' ', '.', '<', '=', '550-', '550 ', '250 2.0.0 ', '5.', '5.5.', '5.1.1 ',
  'status=', 'said: ', 'a', 'A', 'Ym9i', 'a@', '<a@', '@', '"', "'", '(', ')', '[', ':', '-', '--', '\\r', "b'", 'S: ',
  'x=', 'a.', '#5.', 'dsn=5.', '=?', '\t', 'From ', 'host ', '>: 550 ', '(in reply to ', 'C="', 'stat=', 'reply=',
  'SMTP error from remote mail server after ', '=> ', '** ', 'Received: ', 'MAIL FROM:<', 'SIZE=', '1xXFuw-00024i-1Y ',
  'smtp; ', 'spf=', '--b', 'Nov 28 10:44:28 ', 'AUTH PLAIN ', 'Status: 5.', 'Out: 550 ',
];

const PREFIXES = [
  '',
  '<-  ',
  ' -> ',
  'Nov 28 10:44:28 mail postfix/smtp[7979]: 4A759164286: ',
  '2026-11-28 10:44:30 1xXFuw-00024i-1Y ',
  'Nov 28 11:33:16 vm sm-mta[31867]: 6ASBXGk8031865: ',
  'Nov 28 11:34:14 vm smtpd[32124]: dc262132163df6c0 mta delivery ',
  '{"MESSAGE":"',
  'Diagnostic-Code: smtp; ',
  'Received: from ',
  "send: b'",
  '[2026-11-28 11:35:22] DEBUG [rOH36CCNbV4] S: ',
];

/** Grammar states to start an adversarial line in, besides the initial state. */
const PRIMERS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  'source.smtp-transcript': [[], ['<-  354 End data with <CR><LF>.<CR><LF>'], ['354 go ahead', '> 2026/11/28 10:46:55.000026144  length=163 from=74 to=236']],
  'source.mail-log': [[]],
  'text.eml': [[], ['Received: from x'], ['Subject: x', '', '--b', 'Content-Type: text/plain', '', 'body']],
  'text.plain': [[]],
};

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function timeLine(grammar: IGrammar, line: string, state: StateStack, reps: number, pick = median): number {
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    grammar.tokenizeLine(line, state);
    times.push(performance.now() - t0);
  }
  return pick(times);
}

// The bound: at most FACTOR times what the trivial grammar needs for the same line, plus
// CONSTANT ms. The trivial grammar (hosts/trivial.tmLanguage.json) emits a token per word
// and per punctuation character, about 1 µs each, so it prices the tokenizer's own work
// for a line of that shape. A real grammar tries some fifty patterns where the trivial one
// tries two, and where the trivial grammar takes a whole 10,000-character line in one token
// (a run of digits) the real one still scans it; the constant covers that. Catastrophic
// backtracking costs seconds on these lines, quadratic scanning hundreds of ms: both far
// outside. Because a constant can hide a quadratic curve, each line slower than 25 ms is
// also timed at a quarter of its length: linear work grows ~4x, quadratic ~16x. (Below
// 25 ms a busy machine's noise is larger than the signal; a quadratic pattern costs more.)
// The limit is 8x, or 2.5 times the trivial grammar's own growth on the line if larger.
const FACTOR = 50;
const CONSTANT_MS = 10;
const GROWTH_LIMIT = 8;
const GROWTH_FLOOR_MS = 25;

interface Subject {
  readonly label: string;
  readonly grammar: IGrammar;
  readonly primers: readonly (readonly string[])[];
}

function cost(subject: Subject, line: string, state: StateStack, reps = 3, pick = median): number {
  return timeLine(subject.grammar, line, state, reps, pick);
}

const least = (values: number[]): number => Math.min(...values);

/** Prefixes worth trying inside an open region (DATA content, a header field, a MIME part). */
const PRIMED_PREFIXES = ['', '<-  ', ' -> ', 'Received: from ', 'Diagnostic-Code: smtp; '];

test(`adversarial ${LENGTH}-character lines stay within ${FACTOR}x the trivial grammar + ${CONSTANT_MS} ms`, async () => {
  const registry = createRegistry();
  const trivial = await loadGrammar(registry, 'source.trivial-baseline');
  const subjects: Subject[] = [];
  for (const { label, scope } of TIMED) {
    subjects.push({ label, grammar: await loadGrammar(registry, scope), primers: PRIMERS[scope] ?? [[]] });
  }
  const allLines = PREFIXES.flatMap((p) => JUNK.map((j) => repeat(j, p)));
  const primedLines = PRIMED_PREFIXES.flatMap((p) => JUNK.map((j) => repeat(j, p)));
  for (const l of allLines) timeLine(trivial, l, INITIAL, 1); // warm-up
  const baseline = new Map(allLines.map((l) => [l, timeLine(trivial, l, INITIAL, 3, least)]));
  const slowest: Array<{ what: string; ms: number; base: number; growth: number }> = [];
  let measured = 0;
  for (const subject of subjects) {
    for (const primer of subject.primers) {
      const state = stateAfter(subject.grammar, primer);
      let top = { ratio: 0, ms: 0, base: 0 };
      for (const line of primer.length === 0 ? allLines : primedLines) {
        measured++;
        let base = baseline.get(line) ?? 0;
        let ms = cost(subject, line, state, 1, least);
        const what = `${subject.label} after ${JSON.stringify(primer.slice(-1)[0] ?? '(start)')}: ${JSON.stringify(line.slice(0, 50))}…`;
        if (ms > (FACTOR * base + CONSTANT_MS) / 2) {
          // Close to the bound: time both again, best of 7, so that a busy machine is not
          // taken for a slow pattern (a slow pattern is slow every time).
          base = timeLine(trivial, line, INITIAL, 7, least);
          ms = cost(subject, line, state, 7, least);
        }
        assert.ok(ms <= FACTOR * base + CONSTANT_MS, `${what} took ${ms.toFixed(2)} ms, the trivial grammar ${base.toFixed(3)} ms`);
        let growth = 0;
        if (ms > GROWTH_FLOOR_MS) {
          // The tokenizer itself grows faster than linearly on lines of thousands of tokens
          // (the trivial grammar too), so the limit follows the trivial grammar's growth.
          const quarter = line.slice(0, LENGTH / 4);
          let limit = GROWTH_LIMIT;
          for (let attempt = 0; attempt < 3; attempt++) {
            const full = cost(subject, line, state, 7, least);
            const small = cost(subject, quarter, state, 7, least);
            const trivialGrowth = timeLine(trivial, line, INITIAL, 7, least) / Math.max(timeLine(trivial, quarter, INITIAL, 7, least), 0.05);
            growth = full / Math.max(small, 0.05);
            limit = Math.max(GROWTH_LIMIT, 2.5 * trivialGrowth);
            if (growth <= limit) break;
          }
          assert.ok(growth <= limit, `${what}: x${growth.toFixed(1)} from a quarter of the line to all of it (limit x${limit.toFixed(1)})`);
        }
        const ratio = ms / Math.max(base, 0.001);
        if (ratio > top.ratio) top = { ratio, ms, base };
        slowest.push({ what, ms, base, growth });
        slowest.sort((a, b) => b.ms - a.ms);
        slowest.length = Math.min(slowest.length, 6);
      }
      console.log(
        `${subject.label.padEnd(22)} from ${JSON.stringify(primer.slice(-1)[0] ?? '(start)').slice(0, 34).padEnd(34)} highest ratio to trivial ${top.ratio.toFixed(1).padStart(5)}x (${top.ms.toFixed(2)} ms vs ${top.base.toFixed(3)} ms)`,
      );
    }
  }
  console.log(`${measured} lines of ${LENGTH} characters; slowest:`);
  for (const w of slowest) {
    console.log(`  ${w.ms.toFixed(2).padStart(6)} ms, trivial ${w.base.toFixed(3)} ms, x${w.growth.toFixed(1)} over a quarter of the line: ${w.what}`);
  }
});
