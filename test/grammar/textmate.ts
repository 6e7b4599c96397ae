// Loads the extension's TextMate grammars the way VS Code does: vscode-textmate with the
// Oniguruma WASM build, grammar files and injections read from package.json.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadWASM, OnigScanner, OnigString } from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar, type IOnigLib, type IRawTheme, type IToken, type StateStack } from 'vscode-textmate';

export const repoRoot = resolve(__dirname, '..', '..');
export const corpusRoot = resolve(repoRoot, '..', 'shared', 'corpus');
const hostsDir = join(__dirname, 'hosts');

interface ManifestGrammar {
  readonly scopeName: string;
  readonly path: string;
  readonly injectTo?: readonly string[];
}

function isManifestGrammar(v: unknown): v is ManifestGrammar {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.scopeName === 'string' && typeof o.path === 'string';
}

export function manifestGrammars(): ManifestGrammar[] {
  const manifest: unknown = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const contributes = (manifest as { contributes?: { grammars?: unknown } }).contributes;
  const list = contributes?.grammars;
  if (!Array.isArray(list)) throw new Error('package.json has no contributes.grammars');
  return list.filter(isManifestGrammar);
}

/** Grammars that only the tests load: the hosts of the injection and the timing baseline. */
export const testGrammarFiles: Readonly<Record<string, string>> = {
  'text.log': join(hostsDir, 'text.log.tmLanguage.json'),
  'text.plain': join(hostsDir, 'text.plain.tmLanguage.json'),
  'source.trivial-baseline': join(hostsDir, 'trivial.tmLanguage.json'),
};

let onig: Promise<IOnigLib> | undefined;
function onigLib(): Promise<IOnigLib> {
  onig ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (patterns: string[]) => new OnigScanner(patterns),
      createOnigString: (s: string) => new OnigString(s),
    };
  })();
  return onig;
}

export interface RegistryOptions {
  readonly theme?: IRawTheme;
  /** false: load no injection grammar (to time a host grammar on its own). */
  readonly injections?: boolean;
}

export function createRegistry(options: RegistryOptions = {}): Registry {
  const { theme, injections: withInjections = true } = options;
  const files = new Map<string, string>(Object.entries(testGrammarFiles));
  const injections = new Map<string, string[]>();
  for (const g of manifestGrammars()) {
    files.set(g.scopeName, join(repoRoot, g.path));
    if (!withInjections) continue;
    for (const target of g.injectTo ?? []) injections.set(target, [...(injections.get(target) ?? []), g.scopeName]);
  }
  return new Registry({
    onigLib: onigLib(),
    ...(theme === undefined ? {} : { theme }),
    loadGrammar: (scopeName) => {
      const path = files.get(scopeName);
      return Promise.resolve(path === undefined ? null : parseRawGrammar(readFileSync(path, 'utf8'), path));
    },
    getInjections: (scopeName) => injections.get(scopeName),
  });
}

export async function loadGrammar(registry: Registry, scopeName: string): Promise<IGrammar> {
  const grammar = await registry.loadGrammar(scopeName);
  if (grammar === null) throw new Error(`no grammar for ${scopeName}`);
  return grammar;
}

/** Lines as VS Code sees them: CR LF, LF and a lone CR all end a line. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export interface TokenizedLine {
  readonly text: string;
  readonly tokens: readonly IToken[];
  readonly stoppedEarly: boolean;
}

export function tokenize(grammar: IGrammar, lines: readonly string[], state: StateStack = INITIAL): TokenizedLine[] {
  let stack = state;
  return lines.map((text) => {
    const r = grammar.tokenizeLine(text, stack);
    stack = r.ruleStack;
    return { text, tokens: r.tokens, stoppedEarly: r.stoppedEarly };
  });
}

/** The state after tokenizing some lines (to start another line inside a region). */
export function stateAfter(grammar: IGrammar, lines: readonly string[]): StateStack {
  let stack: StateStack = INITIAL;
  for (const text of lines) stack = grammar.tokenizeLine(text, stack).ruleStack;
  return stack;
}

export { INITIAL };
