// Bundles the extension-host suite with esbuild: index.js (the runner; @vscode/test-electron's extensionTestsPath),
// suite.js (the tests) and the code-server runner extension, into .vscode-test/exthost/.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { CACHE, ROOT } from '../../scripts/editors/env.mjs';

export const EXTHOST_OUT = path.join(CACHE, 'exthost');
const HERE = path.join(ROOT, 'test/exthost');
const common: esbuild.BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
};

export async function buildSuite(): Promise<{ index: string; suite: string }> {
  const out = path.join(EXTHOST_OUT, 'out');
  mkdirSync(out, { recursive: true });
  const index = path.join(out, 'index.js');
  const suite = path.join(out, 'suite.js');
  await esbuild.build({ ...common, entryPoints: [path.join(HERE, 'runner.ts')], outfile: index });
  await esbuild.build({ ...common, entryPoints: [path.join(HERE, 'suite/index.ts')], outfile: suite });
  return { index, suite };
}

/** Packs the runner extension with its config (suite to run, where to write results) into a .vsix. */
export async function buildRunnerExtension(config: { suiteFile: string; resultsFile: string; mochaPath?: string }): Promise<string> {
  const dir = path.join(EXTHOST_OUT, 'runner-extension');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await esbuild.build({
    ...common,
    entryPoints: [path.join(HERE, 'runner-extension/extension.ts')],
    outfile: path.join(dir, 'extension.js'),
  });
  copyFileSync(path.join(HERE, 'runner-extension/package.json'), path.join(dir, 'package.json'));
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config, null, 2));
  writeFileSync(path.join(dir, 'README.md'), '# SMTP Lens extension-host test runner\n\nFor tests only.\n');
  writeFileSync(path.join(dir, 'LICENSE'), 'MIT\n');
  const vsix = path.join(EXTHOST_OUT, 'smtp-lens-exthost-runner.vsix');
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--out', vsix], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return vsix;
}
