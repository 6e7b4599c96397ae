import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeBytes } from '../../server/src/service/read/decode';

/** The shared corpus of real SMTP files, beside the repository (or where SMTP_LENS_CORPUS points). */
export const corpusRoot = resolve(process.env.SMTP_LENS_CORPUS ?? join(__dirname, '..', '..', '..', 'shared', 'corpus'));

if (!existsSync(corpusRoot)) {
  throw new Error(`The corpus is missing at ${corpusRoot}: check out shared/ beside the repository or set SMTP_LENS_CORPUS.`);
}

export const repoRoot = resolve(__dirname, '..', '..');

/** The files of one corpus folder that hold text (not the manifests, not the pcap capture). */
export function corpusFiles(folder: 'transcripts' | 'logs' | 'eml' | 'bounces' | 'pcap'): string[] {
  return readdirSync(join(corpusRoot, folder))
    .filter((f) => !/\.(md|pcapng|json)$/.test(f) && f !== 'LICENSE')
    .sort()
    .map((f) => join(corpusRoot, folder, f));
}

export function readCorpus(path: string): string {
  return decodeBytes(readFileSync(path));
}

/** Parses CSV as RFC 4180 writes it: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
