// Starts code-server (a real VS Code: server + web workbench) on a workspace, with a fresh profile and a fresh
// extensions folder, and stops it together with every child it spawned (its process group).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureCodeServer } from './env.mjs';

export const BASE_SETTINGS: Record<string, unknown> = {
  'chat.disableAIFeatures': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'editor.hover.delay': 100,
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
};

export interface CodeServerOptions {
  /** Folder opened in the workbench. */
  workspace: string;
  /** .vsix files or extension folders to install into the fresh extensions folder. */
  extensions: string[];
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  settings?: Record<string, unknown>;
  /**
   * Where the profile, extensions, TMPDIR and the log go. By default a fresh temp folder that stop() removes
   * (SMTP_LENS_KEEP_STATE=1 keeps it, with code-server.log, for a look after a failure).
   */
  stateDir?: string;
  /** File for code-server's own output, or `inherit` to print it; a file in stateDir by default. */
  log?: string;
  env?: NodeJS.ProcessEnv;
}

export interface CodeServer {
  url: string;
  /** URL that opens the workspace folder. */
  folderUrl: string;
  port: number;
  stateDir: string;
  userDataDir: string;
  extensionsDir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Installs extensions (.vsix) into a folder with code-server's own CLI. */
export function installExtensions(extensionsDir: string, userDataDir: string, extensions: string[]): void {
  const { node, entry } = ensureCodeServer();
  if (extensions.length === 0) return;
  const args = [entry, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
  for (const extension of extensions) args.push('--install-extension', extension);
  execFileSync(node, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, TMPDIR: os.tmpdir() } });
}

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const { node, entry } = ensureCodeServer();
  const host = options.host ?? '127.0.0.1';
  const port = options.port || (await freePort(host));
  const ownState = options.stateDir === undefined; // a temp folder of ours: removed by stop()
  const stateDir = options.stateDir ?? mkdtempSync(path.join(os.tmpdir(), 'smtp-lens-code-server-'));
  const userDataDir = path.join(stateDir, 'user-data');
  const extensionsDir = path.join(stateDir, 'extensions');
  const tmpDir = path.join(stateDir, 'tmp');
  for (const dir of [path.join(userDataDir, 'User'), extensionsDir, tmpDir]) mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(userDataDir, 'User/settings.json'),
    JSON.stringify({ ...BASE_SETTINGS, ...options.settings }, null, 2),
  );
  const config = path.join(stateDir, 'config.yaml');
  writeFileSync(config, `bind-addr: ${host}:${port}\nauth: none\ncert: false\n`);

  installExtensions(extensionsDir, userDataDir, options.extensions);

  const args = [
    entry,
    '--bind-addr', `${host}:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--config', config,
    options.workspace,
  ];
  const logTarget = options.log ?? path.join(stateDir, 'code-server.log');
  const child = spawn(node, args, {
    detached: true, // own process group: stop() ends the server and the children it leaves behind
    stdio: logTarget === 'inherit' ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env, TMPDIR: tmpDir, XDG_CONFIG_HOME: path.join(stateDir, 'config') },
  });
  if (logTarget !== 'inherit') {
    const log = createWriteStream(logTarget);
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
  }
  let exited = false;
  child.on('exit', () => (exited = true));

  const stop = async (): Promise<void> => {
    if (child.pid === undefined) return;
    const signalGroup = (signal: NodeJS.Signals | 0): boolean => {
      try {
        process.kill(-child.pid!, signal);
        return true;
      } catch {
        return false; // the group is gone
      }
    };
    signalGroup('SIGTERM');
    for (let i = 0; i < 50 && signalGroup(0); i++) await sleep(100);
    signalGroup('SIGKILL');
    if (ownState && !process.env.SMTP_LENS_KEEP_STATE) rmSync(stateDir, { recursive: true, force: true });
  };

  const logTail = (): string => {
    if (logTarget === 'inherit') return '';
    try {
      return `\n--- code-server log (end) ---\n${readFileSync(logTarget, 'utf8').slice(-3000)}`;
    } catch {
      return '';
    }
  };
  const url = `http://${host}:${port}/`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) {
      const tail = logTail();
      await stop();
      throw new Error(`code-server exited during start${tail}`);
    }
    try {
      const response = await fetch(`${url}healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      const tail = logTail();
      await stop();
      throw new Error(`code-server did not answer /healthz within 60 s${tail}`);
    }
    await sleep(200);
  }
  return {
    url,
    folderUrl: `${url}?folder=${encodeURIComponent(options.workspace)}`,
    port,
    stateDir,
    userDataDir,
    extensionsDir,
    process: child,
    stop,
  };
}
