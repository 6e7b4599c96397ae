// The workspace the real-editor tests open: fresh copies of real corpus files, named the way people name them on
// disk, plus one transcript with a single line made malformed (a rule's target). Never the corpus itself.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CORPUS } from './env.mjs';

/** Workspace file name → corpus file it copies. */
export const WORKSPACE_FILES: Readonly<Record<string, string>> = {
  'mail.log': 'logs/postfix_maillog_file.log',
  mainlog: 'logs/exim_mainlog.log',
  'bounce-user-unknown.eml': 'eml/postfix_mbox_alice_07_undelivered-mail-returned-to-sender.eml',
  'swaks-unknown-user.smtp': 'transcripts/swaks_postfix_02_unknown_user.txt',
  'curl-rcpt-fail.smtp': 'transcripts/curl_postfix_02_rcpt_fail.txt',
};

/** swaks_postfix_02 with its `550 5.1.1` reply turned into `550 4.1.1` (enhanced-class-mismatch). */
export const MALFORMED = 'malformed-class-mismatch.smtp';
export const MALFORMED_SOURCE = 'transcripts/swaks_postfix_02_unknown_user.txt';

export function makeWorkspace(prefix = 'smtp-lens-workspace-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const [name, source] of Object.entries(WORKSPACE_FILES)) copyFileSync(path.join(CORPUS, source), path.join(dir, name));
  const original = readFileSync(path.join(CORPUS, MALFORMED_SOURCE), 'utf8');
  const malformed = original.replace('<** 550 5.1.1 ', '<** 550 4.1.1 ');
  if (malformed === original) throw new Error(`${MALFORMED_SOURCE} no longer has the line the malformed copy edits`);
  writeFileSync(path.join(dir, MALFORMED), malformed);
  return dir;
}
