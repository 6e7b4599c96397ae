// Writes the TextMate grammars in syntaxes/ from their sources in this folder.
//   node --import tsx scripts/grammars/build.ts           write them
//   node --import tsx scripts/grammars/build.ts --check   fail if a written file is stale

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eml } from './eml.js';
import { injection } from './injection.js';
import { mailLog } from './mail-log.js';
import { transcript } from './transcript.js';
import type { Grammar } from './types.js';

export const syntaxesDir = join(__dirname, '..', '..', 'syntaxes');

export const grammarFiles: ReadonlyArray<{ readonly file: string; readonly grammar: Grammar }> = [
  { file: 'smtp-transcript.tmLanguage.json', grammar: transcript },
  { file: 'mail-log.tmLanguage.json', grammar: mailLog },
  { file: 'eml.tmLanguage.json', grammar: eml },
  { file: 'smtp-injection.tmLanguage.json', grammar: injection },
];

export function render(grammar: Grammar): string {
  return `${JSON.stringify(grammar, null, 2)}\n`;
}

function main(check: boolean): number {
  let stale = 0;
  for (const { file, grammar } of grammarFiles) {
    const path = join(syntaxesDir, file);
    const text = render(grammar);
    if (!check) {
      writeFileSync(path, text);
      continue;
    }
    let current: string;
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = '';
    }
    if (current !== text) {
      stale++;
      console.error(`${file} is stale: run node --import tsx scripts/grammars/build.ts`);
    }
  }
  return stale === 0 ? 0 : 1;
}

if (require.main === module) {
  process.exitCode = main(process.argv.includes('--check'));
}
