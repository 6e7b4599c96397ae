import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { corpusFiles, corpusRoot, readCorpus, repoRoot } from '../support/corpus';

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `check -` reading a pipe the test writes to: what it has printed so far, and its exit status once it ends. */
function checkFromPipe(): { readonly child: ChildProcessWithoutNullStreams; readonly stdout: () => string; readonly closed: Promise<number | null> } {
  const child = spawn(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'check', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const closed = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  return { child, stdout: () => stdout, closed };
}

interface CheckJson {
  files: {
    path: string;
    kind: string;
    format: string;
    mentions: { line: number; character: number; length: number; reply: string | null; enhanced: string | null }[];
    diagnostics: { line: number; character: number; endLine: number; endCharacter: number; severity: string; rule: string; message: string }[];
  }[];
}

describe('smtp-lens explain', () => {
  it('explains a reply code in text', () => {
    const { status, stdout } = cli('explain', '354');
    assert.equal(status, 0);
    assert.match(stdout, /^354 — /m);
    assert.match(stdout, /^Description:/m);
    assert.match(stdout, /^When you see this code:/m);
    assert.match(stdout, /^How to fix:/m);
  });

  it('explains a reply with its enhanced code, and how they combine, in JSON', () => {
    const { status, stdout } = cli('explain', '550', '5.1.1', '--format', 'json');
    assert.equal(status, 0);
    const json = JSON.parse(stdout) as { codes: Record<string, unknown>[]; combination: string };
    assert.deepEqual(json.codes.map((c) => c.code), ['550', '5.1.1']);
    for (const code of json.codes) {
      for (const key of ['code', 'registered', 'title', 'description', 'whenYouSeeIt', 'howToFix', 'references']) assert.ok(key in code, key);
      assert.equal(code.registered, true);
    }
    assert.match(json.combination, /550/);
  });

  it('marks unregistered codes', () => {
    const json = JSON.parse(cli('explain', '5.7.606', '--format', 'json').stdout) as { codes: { registered: boolean; title: string }[] };
    assert.equal(json.codes[0]!.registered, false);
  });

  it('compares with --vs, in Korean with --lang ko, as markdown', () => {
    const { status, stdout } = cli('explain', '450', '--vs', '550', '--lang', 'ko', '--format', 'markdown');
    assert.equal(status, 0);
    assert.match(stdout, /## 450와\(과\) 550 비교/);
    assert.match(stdout, /주요 차이점/);
    assert.match(stdout, /언제 어떤 것을 사용할지/);
  });

  it('rejects what is not a code, with exit 2 and no stack trace', () => {
    const { status, stderr } = cli('explain', 'hello');
    assert.equal(status, 2);
    assert.match(stderr, /smtp-lens: /);
    assert.doesNotMatch(stderr, /\n\s+at /);
  });

  it('rejects unknown options and formats with exit 2', () => {
    assert.equal(cli('explain', '550', '--format', 'yaml').status, 2);
    assert.equal(cli('explain', '550', '--bogus').status, 2);
    assert.equal(cli('frobnicate').status, 2);
    assert.equal(cli().status, 2);
  });
});

describe('smtp-lens check', () => {
  it('ends quietly, with its own exit status, when the reader of its output stops early (| head)', async () => {
    const file = join(corpusRoot, 'logs', 'postfix_maillog_file.log');
    const child = spawn(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'check', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    // Closed before the command writes anything: every write it makes meets a closed pipe.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    assert.equal(stderr, '');
    assert.equal(status, cli('check', file).status);
  });

  it('reads standard input for a FILE of -, as it reads the file, and names it <stdin>', () => {
    for (const [folder, file] of [['logs', 'postfix_maillog_file.log'], ['transcripts', 'swaks_postfix_02_unknown_user.txt'], ['eml', 'postfix_mbox_alice_07_undelivered-mail-returned-to-sender.eml']]) {
      const path = join(corpusRoot, folder!, file!);
      for (const format of ['text', 'json']) {
        const fromFile = cli('check', '--format', format, path);
        const piped = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'check', '--format', format, '-'], { input: readCorpus(path), encoding: 'utf8' });
        assert.equal(piped.status, fromFile.status, `${file} ${format}`);
        const named = format === 'json' ? piped.stdout.replaceAll('"<stdin>"', JSON.stringify(path)) : piped.stdout.replaceAll('<stdin>', path);
        assert.equal(named, fromFile.stdout, `${file} ${format}`);
      }
    }
  });

  it('streams a log from a pipe, and stops reading once the reader of its output has gone, though the input goes on', async () => {
    const log = readCorpus(join(corpusRoot, 'logs', 'postfix_maillog_file.log')).repeat(10);
    // Its output goes into a named pipe, as into `| head`: a pipe holds 64 KiB, where the socket Node's spawn would
    // give holds as much as the system allows.
    const dir = mkdtempSync(join(tmpdir(), 'smtp-lens-pipe-'));
    const fifo = join(dir, 'out');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0, 'mkfifo');
    const reader = new Socket({ fd: openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK), readable: true, writable: false });
    const writeEnd = openSync(fifo, constants.O_WRONLY);
    const child = spawn(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'check', '-'], { stdio: ['pipe', writeEnd, 'pipe'] });
    closeSync(writeEnd);
    const input = child.stdin!;
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const closed = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    input.on('error', () => undefined);
    const feed = setInterval(() => input.write(log), 20);
    try {
      const exitedFirst = closed.then(() => Promise.reject(new Error(`it exited before writing anything: ${stderr}`)));
      const [first] = (await Promise.race([once(reader, 'data'), exitedFirst])) as [Buffer];
      assert.match(first.toString(), /^<stdin>:\d+:\d+: /);
      // A reader that lags, then goes: the pipe fills first (each rule's diagnostics, capped, are far more than it holds).
      reader.pause();
      await sleep(1500);
      reader.destroy();
      // The input is never closed while it runs: a command that read its input to the end would never exit.
      const ended = await Promise.race([closed.then(() => true), new Promise<boolean>((done) => setTimeout(() => done(false), 15_000))]);
      assert.ok(ended, 'it exited while its input went on');
      assert.equal(stderr, '');
    } finally {
      clearInterval(feed);
      input.end();
      reader.destroy();
      await closed;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints the exact JSON shape for a transcript, zero-based, one mention per code occurrence', () => {
    const path = join(corpusRoot, 'transcripts', 'swaks_postfix_02_unknown_user.txt');
    const { status, stdout } = cli('check', '--format', 'json', path);
    assert.equal(status, 0);
    const json = JSON.parse(stdout) as CheckJson;
    assert.deepEqual(Object.keys(json), ['files']);
    const [file] = json.files;
    assert.ok(file);
    assert.deepEqual(Object.keys(file), ['path', 'kind', 'format', 'mentions', 'diagnostics']);
    assert.equal(file.kind, 'transcript');
    assert.equal(file.format, 'swaks');
    const rejection = file.mentions.find((m) => m.reply === '550');
    assert.deepEqual(rejection, { line: 19, character: 4, length: 9, reply: '550', enhanced: '5.1.1' });
    assert.equal(file.mentions.filter((m) => m.reply === '250').length, 13);
  });

  it('reads every corpus file; exit 0 because none has an error', () => {
    const paths = [...corpusFiles('transcripts'), ...corpusFiles('logs'), ...corpusFiles('eml')];
    const { status, stdout, stderr } = cli('check', '--format', 'json', ...paths);
    assert.equal(status, 0, stderr);
    const json = JSON.parse(stdout) as CheckJson;
    assert.equal(json.files.length, paths.length);
  });

  it('prints diagnostics like a compiler and exits 1 on an error-severity diagnostic', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smtp-lens-'));
    const path = join(dir, 'bad.smtp');
    writeFileSync(path, '<-  220 mx ESMTP\n<** 550 4.1.1 <bob@example.com>: rejected\n');
    const warned = cli('check', path);
    assert.equal(warned.status, 0);
    assert.match(warned.stdout, new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:9: warning: .*\\[enhanced-class-mismatch\\]$`, 'm'));
  });

  it('reports the deliveries of a bounce, and the model with --model', () => {
    const path = join(corpusRoot, 'eml', 'postfix_mbox_alice_07_undelivered-mail-returned-to-sender.eml');
    const json = JSON.parse(cli('check', '--format', 'json', '--model', path).stdout) as CheckJson & { files: { deliveries: unknown[]; model: { messages: unknown[] } }[] };
    assert.deepEqual(json.files[0]!.deliveries, [
      { recipient: 'nosuchdave@remote.test', action: 'failed', status: '5.1.1', reply: '550', diagnostic: '550 5.1.1 <nosuchdave@remote.test>: user unknown', line: 47 },
    ]);
    assert.equal(json.files[0]!.model.messages.length, 1);
    assert.equal(cli('check', '--model', path).status, 2, '--model needs --format json');
  });

  it('refuses a file larger than one JavaScript string in JSON format with a message, not a crash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smtp-lens-'));
    const huge = join(dir, 'huge.log');
    writeFileSync(huge, 'Nov 28 10:44:28 mail postfix/qmgr[7762]: D7916164267: removed\n'.repeat(200));
    truncateSync(huge, 600 * 1024 * 1024);
    const { status, stderr } = cli('check', '--format', 'json', huge);
    rmSync(dir, { recursive: true });
    assert.equal(status, 2);
    assert.match(stderr, /huge\.log: too large to read as one document \(600 MiB; the limit is \d+ MiB; in text format a mail log is streamed/);
  });

  it('streams a mail log in text format: the same diagnostics as the whole file read at once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smtp-lens-'));
    for (const source of corpusFiles('logs')) {
      // Repeated past several read blocks, so that messages are open across them.
      const path = join(dir, basename(source));
      const text = readCorpus(source).repeat(40);
      // The Postfix log also mixes encodings: a rejection from a host named josé, in Latin-1 on the first and the last
      // line, in UTF-8 on the second. Read whole or streamed (the last line in a block of its own), each line is
      // decoded on its own.
      const rejection = text.split('\n').find((line) => line.includes('RCPT from unknown[127.0.0.5]: 554 5.7.1'));
      const named = rejection?.replace('unknown[', 'josé[');
      const latin1 = named === undefined ? [] : [Buffer.from(`${named}\n`, 'latin1')];
      writeFileSync(path, Buffer.concat([...latin1, Buffer.from(named === undefined ? text : `${named}\n${text}`), ...latin1]));
      const streamed = cli('check', path).stdout.trim().split('\n');
      const whole = JSON.parse(cli('check', '--format', 'json', path).stdout) as CheckJson;
      const file = whole.files[0]!;
      const expected = file.diagnostics.map((d) => `${path}:${d.line + 1}:${d.character + 1}: ${d.severity}: ${d.message} [${d.rule}]`);
      expected.push(`${path}: ${file.kind} (${file.format}), ${file.mentions.length} code mentions, ${file.diagnostics.length} diagnostics`);
      assert.deepEqual([...streamed].sort(), [...expected].sort(), source);
      if (named !== undefined) {
        const columns = (line: number): number[] => file.diagnostics.filter((d) => d.line === line).map((d) => d.character);
        assert.ok(columns(0).includes(named.indexOf('554 5.7.1')), 'the Latin-1 line');
        assert.deepEqual(columns(1), columns(0), 'é is one character in UTF-8 as in Latin-1');
      }
    }
    rmSync(dir, { recursive: true });
  });

  it('streams a log whose lines end in CR alone, or in CR, LF and CR LF mixed, as the same log with LFs, from a file or a pipe', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smtp-lens-'));
    const lines = readCorpus(join(corpusRoot, 'logs', 'postfix_maillog_file.log')).repeat(40).split('\n');
    const listed = (path: string, name = path): string[] => cli('check', path).stdout.replaceAll(name, 'LOG').trim().split('\n').sort();
    const write = (name: string, text: string): string => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    };
    const expected = listed(write('lf.log', lines.join('\n')));
    assert.ok(expected.length > 100);
    const mixed = lines.map((line, i) => line + ['\r', '\n', '\r\n'][i % 3]).join('');
    assert.deepEqual(listed(write('cr.log', lines.join('\r'))), expected, 'CR alone');
    assert.deepEqual(listed(write('mixed.log', mixed)), expected, 'CR, LF and CR LF');
    // A line of 3 MB at the end, which the command reads block after block: the lines before it read the same.
    assert.deepEqual(listed(write('long.log', `${lines.join('\n')}\n${'x'.repeat(3 << 20)}`)), expected, 'a line of 3 MB');
    // From a pipe, in writes that each end between the CR and the LF of a pair, each read on its own.
    const { child, stdout, closed } = checkFromPipe();
    const crlf = lines.join('\r\n');
    for (let at = 0; at < crlf.length; ) {
      const cr = crlf.indexOf('\r', at + 100_000);
      const end = cr < 0 ? crlf.length : cr + 1;
      child.stdin.write(crlf.slice(at, end));
      at = end;
      await sleep(20);
    }
    child.stdin.end();
    await closed;
    rmSync(dir, { recursive: true });
    assert.deepEqual(stdout().replaceAll('<stdin>', 'LOG').trim().split('\n').sort(), expected, 'from a pipe');
  });

  it('streams a log with CR line ends from a writer that sends a line at a time, not waiting for the input to end', async () => {
    const lines = readCorpus(join(corpusRoot, 'logs', 'postfix_maillog_file.log')).split('\n').filter((line) => line !== '');
    const log = [...lines, ...lines, ...lines];
    const { child, stdout, closed } = checkFromPipe();
    // More than the first block it reads to tell the kind, at once; then a line per write, each ending in its CR.
    let sent = 0;
    let bytes = 0;
    while (bytes < 70_000) bytes += Buffer.byteLength(`${log[sent++]!}\r`);
    child.stdin.write(log.slice(0, sent).map((line) => `${line}\r`).join(''));
    const first = sent;
    const diagnosedPast = (line: number): boolean => [...stdout().matchAll(/^<stdin>:(\d+):/gm)].some((m) => Number(m[1]) > line);
    // Far enough apart that each is read on its own; a diagnosed line comes ten lines on.
    for (; sent < first + 150 && !diagnosedPast(first + 1); sent++) {
      child.stdin.write(`${log[sent]!}\r`);
      await sleep(25);
    }
    const streamed = diagnosedPast(first + 1);
    child.stdin.end();
    await closed;
    assert.ok(streamed, `no diagnostic past line ${first + 1} before the input ended (${sent - first} lines sent one at a time)`);
  });

  it('lists each rule\'s first 1000, with no most per document (the editor\'s, which bounds what each edit sends)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smtp-lens-'));
    const path = join(dir, 'rejections.log');
    // 900 of 550 4.1.1 (log-delivery-failure and enhanced-class-mismatch on each) and 900 of 554 5.7.1
    // (log-delivery-failure and enhanced-unusual-pairing): 2,800 to list after the 1000 of log-delivery-failure.
    const lines = Array.from({ length: 1800 }, (_, i) =>
      `Nov 28 10:44:29 mail postfix/smtpd[7960]: NOQUEUE: reject: RCPT from localhost[127.0.0.1]: ${i % 2 ? '550 4.1.1' : '554 5.7.1'} <u${i}@example.test>: Recipient address rejected; from=<bob@example.test> to=<u${i}@example.test> proto=ESMTP helo=<c>`,
    );
    writeFileSync(path, `${lines.join('\n')}\n`);
    const streamed = cli('check', path).stdout.trim().split('\n');
    const whole = JSON.parse(cli('check', '--format', 'json', path).stdout) as CheckJson;
    rmSync(dir, { recursive: true });
    const counts = (rules: string[]): Record<string, number> => Object.fromEntries(['log-delivery-failure', 'enhanced-class-mismatch', 'enhanced-unusual-pairing'].map((rule) => [rule, rules.filter((r) => r === rule).length]));
    const expected = { 'log-delivery-failure': 1001, 'enhanced-class-mismatch': 900, 'enhanced-unusual-pairing': 900 };
    assert.deepEqual(counts(whole.files[0]!.diagnostics.map((d) => d.rule)), expected);
    assert.deepEqual(counts(streamed.map((line) => /\[([\w-]+)\]$/.exec(line)?.[1] ?? '')), expected);
  });

  it('forces the kind with --as', () => {
    const path = join(corpusRoot, 'transcripts', 'nc_postfix_01_server_side_only.txt');
    const json = JSON.parse(cli('check', '--format', 'json', '--as', 'log', path).stdout) as CheckJson;
    assert.equal(json.files[0]!.kind, 'log');
  });

  it('reports unreadable and binary files without stopping: exit 2, the other files still checked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smtp-lens-'));
    const binary = join(dir, 'capture.bin');
    writeFileSync(binary, Buffer.from([0x53, 0x4d, 0x00, 0x01, 0x02]));
    const good = join(corpusRoot, 'transcripts', 'swaks_postfix_01_delivered.txt');
    const { status, stdout, stderr } = cli('check', '--format', 'json', join(dir, 'missing.log'), binary, good);
    assert.equal(status, 2);
    assert.match(stderr, /missing\.log: no such file/);
    assert.match(stderr, /capture\.bin: binary file, skipped/);
    assert.deepEqual((JSON.parse(stdout) as CheckJson).files.map((f) => f.path), [good]);
  });
});
