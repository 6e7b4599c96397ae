// `npm start`: builds and packs SMTP Lens, installs the .vsix into a fresh extensions folder and serves a real
// VS Code (code-server) on 127.0.0.1 with the examples/ workspace. Ctrl+C ends everything it started.
//
//   npm start [-- --port 8080] [--host 127.0.0.1] [--workspace DIR] [--no-build]
//   PORT=9000 npm start
import { rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startCodeServer, type CodeServer } from './code-server.mjs';
import { CACHE, ROOT } from './env.mjs';
import { packageExtension } from './package.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8080' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    workspace: { type: 'string', default: path.join(ROOT, 'examples') },
    'no-build': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log('usage: npm start [-- --port 8080] [--host 127.0.0.1] [--workspace DIR] [--no-build]');
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`npm start: bad port ${values.port}`);
  process.exit(2);
}

let server: CodeServer | undefined;
let stopping = false;
async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await server?.stop();
  }
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(0));

try {
  const vsix = packageExtension({ build: !values['no-build'] });
  const stateDir = path.join(CACHE, 'start');
  rmSync(stateDir, { recursive: true, force: true }); // a fresh profile and extensions folder every start
  server = await startCodeServer({
    workspace: path.resolve(values.workspace),
    extensions: [vsix],
    port,
    host: values.host,
    stateDir,
  });
  server.process.on('exit', (code) => {
    if (!stopping) {
      console.error(`code-server exited (${code}); its log: ${path.join(stateDir, 'code-server.log')}`);
      void shutdown(1);
    }
  });
  console.log(`\nSMTP Lens ${path.basename(vsix, '.vsix')} is running in VS Code (code-server):\n`);
  console.log(`  ${server.folderUrl}\n`);
  console.log(`workspace: ${path.resolve(values.workspace)}`);
  console.log(`log:       ${path.join(stateDir, 'code-server.log')}`);
  console.log('Press Ctrl+C to stop.');
} catch (error) {
  console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}
