// The built server (dist/server.js --stdio) as a client sees it: real JSON-RPC over its stdin and stdout.
// Like test/support/lsp-client.ts, plus what measuring needs: the server's PID, every publish with its arrival
// time, waiting for the diagnostics of one document version, and the blocks of the server's event loop (recorded by
// loop-monitor.cjs, which the server process loads with --require).

/** A block of the server's event loop: when it ended (ms since the epoch) and how long it lasted (ms). */
export type LoopBlock = readonly [end: number, ms: number];

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver-types';

export interface Published {
  readonly uri: string;
  readonly version?: number;
  readonly diagnostics: Diagnostic[];
}

export class BenchServer {
  readonly connection: MessageConnection;
  readonly child: ChildProcessWithoutNullStreams;
  readonly spawnedAt = performance.now();
  readonly latest = new Map<string, Published>();
  private readonly waiters: { accept: (p: Published) => boolean; resolve: (p: Published) => void }[] = [];
  private exitCode: number | null | undefined;
  private readonly loopFolder = mkdtempSync(join(tmpdir(), 'smtp-lens-loop-'));
  stderr = '';

  constructor(repoRoot: string) {
    const monitor = join(repoRoot, 'bench', 'loop-monitor.cjs');
    this.child = spawn(process.execPath, ['--require', monitor, join(repoRoot, 'dist', 'server.js'), '--stdio'], {
      stdio: 'pipe',
      env: { ...process.env, SMTP_LENS_LOOP_FILE: join(this.loopFolder, 'blocks.json') },
    });
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString()).slice(-8000)));
    this.child.on('exit', (code, signal) => (this.exitCode = code ?? (signal ? -1 : null)));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: Published) => {
      this.latest.set(params.uri, params);
      for (const waiter of [...this.waiters]) {
        if (waiter.accept(params)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
    this.connection.listen();
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** False once the server process has gone. */
  get alive(): boolean {
    return this.exitCode === undefined;
  }

  /** The next publish for `uri` at `version` (or, from a server that sends no version, the next one at all). */
  diagnosticsFor(uri: string, version: number, timeoutMs: number): Promise<Published> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} version ${version} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        accept: (p) => p.uri === uri && (p.version === undefined || p.version === version),
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  async initialize(): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: { configuration: false },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: { versionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
        },
      },
      initializationOptions: {},
    });
    await this.connection.sendNotification('initialized', {});
  }

  async open(uri: string, languageId: string, text: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => {
      if (this.exitCode !== undefined) resolve(this.exitCode);
      else this.child.on('exit', (code) => resolve(code));
    });
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    this.connection.dispose();
    this.child.kill();
    rmSync(this.loopFolder, { recursive: true, force: true });
  }

  /** The server's event-loop blocks of 10 ms or more, once it has exited (null if it wrote none: it did not exit cleanly). */
  loopBlocks(): LoopBlock[] | null {
    const file = join(this.loopFolder, 'blocks.json');
    const blocks = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as LoopBlock[]) : null;
    rmSync(this.loopFolder, { recursive: true, force: true });
    return blocks;
  }
}
