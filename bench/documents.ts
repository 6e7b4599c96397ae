// The generated documents live in the system's temp folder, one folder per generator version and seed, so that a
// second run reuses them; the repository never holds them.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusRoot } from '../test/support/corpus';
import { corpusKinds, languageOf, sourceFiles, writeDocument, type CorpusKind } from './generate';

export const MiB = 1024 * 1024;

export interface GeneratedDocument {
  readonly kind: CorpusKind;
  readonly sizeMb: number;
  readonly path: string;
  readonly bytes: number;
  readonly lines: number;
  /** 0 when reused from an earlier run. */
  readonly generatedMs: number;
}

/** Changes whenever the generator's code, the corpus lines it varies, or the seed change. */
function generationKey(seed: string): string {
  const hash = createHash('sha256').update(seed);
  for (const file of ['generate.ts', 'random.ts']) hash.update(readFileSync(join(__dirname, file)));
  for (const kind of corpusKinds) for (const f of sourceFiles(kind)) hash.update(f).update(readFileSync(join(corpusRoot, f)));
  return hash.digest('hex').slice(0, 16);
}

export function documentsFolder(seed: string): string {
  const folder = join(tmpdir(), 'smtp-lens-bench', generationKey(seed));
  mkdirSync(folder, { recursive: true });
  return folder;
}

const extensions = { 'mail-log': 'log', 'smtp-transcript': 'txt', eml: 'mbox' } as const;

/** The document of `kind` with `sizeMb` MiB (whole lines, just under), generated once per generator version and seed. */
export function ensureDocument(folder: string, kind: CorpusKind, sizeMb: number, seed: string): GeneratedDocument {
  const path = join(folder, `${kind}-${sizeMb}MB.${extensions[languageOf[kind]]}`);
  const meta = `${path}.json`;
  if (existsSync(path) && existsSync(meta)) {
    const known = JSON.parse(readFileSync(meta, 'utf8')) as { bytes: number; lines: number };
    if (statSync(path).size === known.bytes) return { kind, sizeMb, path, ...known, generatedMs: 0 };
  }
  const t = performance.now();
  const partial = `${path}.partial`;
  const written = writeDocument(kind, Math.round(sizeMb * MiB), partial, seed);
  renameSync(partial, path);
  writeFileSync(meta, JSON.stringify(written));
  return { kind, sizeMb, path, ...written, generatedMs: performance.now() - t };
}
