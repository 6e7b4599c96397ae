// Neovim as a second editor: Debian's neovim runs headless as an LSP client of `node dist/server.js --stdio`
// (test/nvim/lsp-client.lua) on copies of corpus files; here we check what it got back.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CORPUS, ROOT, nvimPath } from '../../scripts/editors/env.mjs';

interface Hover {
  contents: { kind?: string; value: string } | string | Array<{ value: string } | string>;
}
interface Diagnostic {
  code?: string | number;
  message: string;
  range: { start: { line: number; character: number } };
}
interface FileResult {
  path: string;
  diagnostics: Diagnostic[];
  hovers: Array<Hover | null>;
  actions?: Array<{ title: string }>;
  applied?: string;
  textAfter?: string;
  diagnosticsAfter?: Diagnostic[];
}
interface Output {
  nvim: string;
  error?: string;
  files: FileResult[];
}

const RULE = 'enhanced-class-mismatch';
const SOURCE_TRANSCRIPT = 'transcripts/swaks_postfix_02_unknown_user.txt';

function hoverText(hover: Hover | null): string {
  if (!hover) return '';
  const contents = Array.isArray(hover.contents) ? hover.contents : [hover.contents];
  return contents.map((part) => (typeof part === 'string' ? part : part.value)).join('\n');
}

/** Zero-based line and UTF-16 character of the first `token` on the first line matching `pattern`. */
function position(file: string, pattern: RegExp, token: string): [number, number] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const line = lines.findIndex((text) => pattern.test(text));
  assert.notEqual(line, -1, `${file}: no line matches ${String(pattern)}`);
  const match = pattern.exec(lines[line]!)!;
  return [line, match.index + match[0].indexOf(token)];
}

// A missing Neovim fails this file with the command that installs it; never a skip.
const nvim = nvimPath();

describe('Neovim as an LSP client of the SMTP Lens server', { timeout: 120_000 }, () => {
  let output: Output;
  let dir: string;
  const files = { transcript: '', log: '', message: '' };
  const positions: Record<string, [number, number][]> = {};

  before(() => {
    const server = path.join(ROOT, 'dist/server.js');
    assert.ok(existsSync(server), `${server} is missing: run npm run build first`);
    dir = mkdtempSync(path.join(os.tmpdir(), 'smtp-lens-nvim-'));

    files.transcript = path.join(dir, 'malformed-class-mismatch.smtp');
    const original = readFileSync(path.join(CORPUS, SOURCE_TRANSCRIPT), 'utf8');
    writeFileSync(files.transcript, original.replace('<** 550 5.1.1 ', '<** 550 4.1.1 '));
    files.log = path.join(dir, 'mail.log');
    copyFileSync(path.join(CORPUS, 'logs/postfix_maillog_file.log'), files.log);
    files.message = path.join(dir, 'bounce.eml');
    copyFileSync(path.join(CORPUS, 'eml/postfix_mbox_alice_07_undelivered-mail-returned-to-sender.eml'), files.message);

    positions.transcript = [position(files.transcript, /550 4\.1\.1/, '550')];
    positions.log = [position(files.log, /said: 550 5\.1\.1/, '550'), position(files.log, /dsn=4\.7\.1/, '4.7.1')];
    positions.message = [position(files.message, /^Status: 5\.1\.1/, '5.1.1')];

    const spec = {
      server: [process.execPath, server, '--stdio'],
      root: dir,
      out: path.join(dir, 'out.json'),
      timeout: 15_000,
      files: [
        {
          path: files.transcript,
          filetype: 'smtp-transcript',
          hovers: positions.transcript,
          codeAction: { rule: RULE, title: 'Change 4.1.1 to 5.1.1' },
        },
        { path: files.log, filetype: 'mail-log', hovers: positions.log },
        { path: files.message, filetype: 'eml', hovers: positions.message },
      ],
    };
    const specFile = path.join(dir, 'spec.json');
    writeFileSync(specFile, JSON.stringify(spec));
    const run = spawnSync(
      nvim,
      ['--headless', '--clean', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(ROOT, 'test/nvim/lsp-client.lua')}`],
      { env: { ...process.env, SMTP_LENS_NVIM_SPEC: specFile }, encoding: 'utf8', timeout: 90_000 },
    );
    assert.ok(existsSync(spec.out), `nvim wrote no result (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    output = JSON.parse(readFileSync(spec.out, 'utf8')) as Output;
    assert.equal(output.error, undefined, `the Lua client failed:\n${output.error}`);
    assert.equal(run.status, 0, `nvim exited ${run.status}:\n${run.stderr}`);
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  test('hover on a reply code in a transcript explains it', () => {
    const text = hoverText(output.files[0]!.hovers[0]!);
    for (const part of ['550', 'Description', 'When you see this code', 'How to fix']) assert.ok(text.includes(part), text);
  });

  test('hover on a Postfix log explains the reply and the dsn= field', () => {
    const [said, dsn] = output.files[1]!.hovers.map(hoverText);
    assert.match(said!, /550/);
    assert.match(said!, /Bad destination mailbox address/i);
    assert.match(dsn!, /4\.7\.1/);
  });

  test('hover on a DSN Status: field of a bounce explains the enhanced code', () => {
    assert.match(hoverText(output.files[2]!.hovers[0]!), /5\.1\.1[\s\S]*Bad destination mailbox address/i);
  });

  test(`the malformed transcript gets the ${RULE} diagnostic`, () => {
    const diagnostic = output.files[0]!.diagnostics.find((d) => d.code === RULE);
    assert.ok(diagnostic, JSON.stringify(output.files[0]!.diagnostics));
    assert.equal(diagnostic.range.start.line, positions.transcript![0]![0]);
    assert.match(diagnostic.message, /4\.1\.1/);
  });

  test('the quick fix applied by Neovim restores the corpus text and clears the diagnostic', () => {
    const file = output.files[0]!;
    assert.equal(file.applied, 'Change 4.1.1 to 5.1.1');
    const original = readFileSync(path.join(CORPUS, SOURCE_TRANSCRIPT), 'utf8').replace(/\n$/, '');
    assert.equal(file.textAfter, original);
    assert.ok(!file.diagnosticsAfter!.some((d) => d.code === RULE), JSON.stringify(file.diagnosticsAfter));
  });

  test('correct corpus files carry no class-mismatch diagnostics', () => {
    for (const file of output.files.slice(1)) {
      assert.ok(!file.diagnostics.some((d) => d.code === RULE), `${file.path}: ${JSON.stringify(file.diagnostics)}`);
    }
  });
});
