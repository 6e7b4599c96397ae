// Builds the extension and packs it into a .vsix with @vscode/vsce, as a user would install it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CACHE, ROOT, manifest } from './env.mjs';

export const VSIX_DIR = path.join(CACHE, 'vsix');

function run(command: string, args: string[]): void {
  execFileSync(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
}

/** `npm run build` (or scripts/build.mjs while package.json has no build script). */
export function build(): void {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  if (pkg.scripts?.build) run('npm', ['run', '--silent', 'build']);
  else run(process.execPath, [path.join(ROOT, 'scripts/build.mjs')]);
  for (const file of ['dist/client.js', 'dist/server.js', 'dist/stdin-reader.js']) {
    if (!existsSync(path.join(ROOT, file))) throw new Error(`the build did not write ${file}`);
  }
}

/**
 * Packs the built tree; returns the .vsix path. SMTP_LENS_SKIP_BUILD=1 reuses dist/ as it is;
 * SMTP_LENS_VSIX=FILE uses that package instead.
 */
export function packageExtension(options: { build?: boolean } = {}): string {
  // a prebuilt package (another build, a release) instead of this tree
  if (process.env.SMTP_LENS_VSIX) return path.resolve(process.env.SMTP_LENS_VSIX);
  if (options.build ?? process.env.SMTP_LENS_SKIP_BUILD !== '1') build();
  const { name, version } = manifest();
  mkdirSync(VSIX_DIR, { recursive: true });
  const out = path.join(VSIX_DIR, `${name}-${version}.vsix`);
  const vsce = path.join(ROOT, 'node_modules/@vscode/vsce/vsce');
  // stdin closed: vsce must not wait on a question (it would hang CI). Its file list goes to a log, not the
  // test output; warnings (stderr) show. --no-rewrite-relative-links: the README's screenshots are relative links,
  // which vsce otherwise refuses to pack without a repository URL in package.json.
  const args = ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out];
  const pack = (): string =>
    execFileSync(process.execPath, [vsce, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    });
  let listing: string;
  try {
    listing = pack();
  } catch {
    // vsce zips every file .vscodeignore lets through; one written meanwhile (a test's output, an editor's save)
    // makes it fail with "file data stream has unexpected number of bytes". Once more, then give up.
    console.error('vsce package failed; trying once more');
    listing = pack();
  }
  writeFileSync(`${out}.txt`, listing);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(packageExtension());
}
