// Child process: tokenizes a document line by line with the extension's TextMate grammar, as VS Code does
// (vscode-textmate + vscode-oniguruma, the rule stack carried from line to line).
// Usage: node --import tsx bench/grammar.ts FILE LANGUAGE_ID

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadWASM, OnigScanner, OnigString } from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type StateStack } from 'vscode-textmate';
import { report, runChild } from './child';

export type GrammarResult =
  | { readonly skipped: string }
  | {
      readonly grammar: string;
      readonly lines: number;
      readonly ms: number;
      /** The first pass, from a fresh process: what opening the document in a fresh window costs. */
      readonly linesPerSecond: number;
      readonly warmLinesPerSecond: number;
      readonly loadMs: number;
      /** The longest line of the first pass, compiling included. */
      readonly slowestFirstPassMs: number;
      /** The slowest line by itself: zero-based line, best-of-5 time from its own start state. */
      readonly slowest: { readonly line: number; readonly ms: number; readonly firstPassMs: number; readonly text: string };
    };

const repoRoot = resolve(__dirname, '..');

interface Manifest {
  contributes?: {
    languages?: { id?: string }[];
    grammars?: { language?: string; scopeName?: string; path?: string; injectTo?: string[] }[];
  };
}

async function main(): Promise<void> {
  const [file, languageId] = process.argv.slice(2);
  if (!file || !languageId) throw new Error('usage: grammar.ts FILE LANGUAGE_ID');
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as Manifest;
  const grammars = manifest.contributes?.grammars ?? [];
  const own = grammars.find((g) => g.language === languageId);
  if (!own?.scopeName || !own.path) {
    report({ skipped: `package.json contributes no grammar for the language ${languageId}` });
    return;
  }
  const paths = new Map(grammars.filter((g) => g.scopeName && g.path).map((g) => [g.scopeName!, join(repoRoot, g.path!)]));
  const ownPath = paths.get(own.scopeName)!;
  if (!existsSync(ownPath)) {
    report({ skipped: `${own.path} is missing (grammar ${own.scopeName} not written yet)` });
    return;
  }

  const load0 = performance.now();
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new OnigScanner(patterns),
      createOnigString: (s: string) => new OnigString(s),
    }),
    loadGrammar: (scopeName) => {
      const path = paths.get(scopeName);
      return Promise.resolve(path && existsSync(path) ? parseRawGrammar(readFileSync(path, 'utf8'), path) : null);
    },
  });
  const grammar = await registry.loadGrammar(own.scopeName);
  if (!grammar) throw new Error(`vscode-textmate could not load ${own.path}`);
  const loadMs = performance.now() - load0;

  // Lines as VS Code sees them: CR LF, LF and a lone CR each end a line.
  const lines = readFileSync(file, 'utf8').split(/\r\n|\r|\n/);
  const states: StateStack[] = [];
  const times = new Float64Array(lines.length);
  let state: StateStack = INITIAL;
  const t0 = performance.now();
  for (let i = 0; i < lines.length; i++) {
    states.push(state);
    const l0 = performance.now();
    state = grammar.tokenizeLine2(lines[i]!, state).ruleStack;
    times[i] = performance.now() - l0;
  }
  const ms = performance.now() - t0;

  // A second pass over the same lines: the JIT and Oniguruma warm, as in an editor that has been tokenizing a while.
  state = INITIAL;
  const w0 = performance.now();
  for (const line of lines) state = grammar.tokenizeLine2(line, state).ruleStack;
  const warmMs = performance.now() - w0;

  // The first pass also compiles each rule's regexes when first needed; re-time the slowest lines of that pass
  // (each from the state it started in, best of 5) to find the line that is slow by itself.
  const candidates = [...times.keys()].sort((a, b) => times[b]! - times[a]!).slice(0, 20);
  let slowest = { line: -1, ms: -1, firstPassMs: -1, text: '' };
  for (const i of candidates) {
    let best = Infinity;
    for (let k = 0; k < 5; k++) {
      const l0 = performance.now();
      grammar.tokenizeLine2(lines[i]!, states[i]!);
      best = Math.min(best, performance.now() - l0);
    }
    if (best > slowest.ms) slowest = { line: i, ms: best, firstPassMs: times[i]!, text: lines[i]!.slice(0, 160) };
  }
  report({ grammar: own.path, lines: lines.length, ms, linesPerSecond: lines.length / (ms / 1000), warmLinesPerSecond: lines.length / (warmMs / 1000), loadMs, slowestFirstPassMs: times.reduce((a, b) => Math.max(a, b), 0), slowest });
}

runChild(main);
