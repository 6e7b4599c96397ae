// Runs the extension-host suite (test/exthost/suite) inside code-server's extension host: a test-runner
// extension installed beside SMTP Lens runs it when a browser opens the workbench (which starts the extension
// host) and writes the results to a file; each of its tests is reported here as a node:test subtest.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { launchChromium } from '../../scripts/editors/chromium.mjs';
import { startCodeServer } from '../../scripts/editors/code-server.mjs';
import { ROOT, chromiumPath } from '../../scripts/editors/env.mjs';
import { packageExtension } from '../../scripts/editors/package.mjs';
import { makeWorkspace } from '../../scripts/editors/workspace.mjs';
import { EXTHOST_OUT, buildRunnerExtension, buildSuite } from './build.mjs';
import type { Results } from './runner.js';

/** Mocha's folder when the project has it (SMTP_LENS_MOCHA points at another one). */
function mochaPath(): string | undefined {
  if (process.env.SMTP_LENS_MOCHA) return path.resolve(process.env.SMTP_LENS_MOCHA);
  try {
    return path.dirname(createRequire(path.join(ROOT, 'package.json')).resolve('mocha/package.json'));
  } catch {
    return undefined; // the runner's built-in TDD runner takes over
  }
}

// A missing browser fails this file with the command that installs it; never a skip.
chromiumPath();

test('extension-host suite inside code-server', { timeout: 300_000 }, async (t) => {
  const resultsFile = path.join(EXTHOST_OUT, 'results.json');
  rmSync(resultsFile, { force: true });
  const { suite } = await buildSuite();
  const runner = await buildRunnerExtension({ suiteFile: suite, resultsFile, mochaPath: mochaPath() });
  const smtpLens = packageExtension();
  const workspace = makeWorkspace('smtp-lens-exthost-');
  const server = await startCodeServer({ workspace, extensions: [smtpLens, runner] });
  const browser = await launchChromium();
  let results: Results | { error: string };
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(server.folderUrl);
    const deadline = Date.now() + 240_000;
    while (!existsSync(resultsFile)) {
      assert.ok(Date.now() < deadline, `no results from the extension host after 240 s (SMTP_LENS_KEEP_STATE=1 keeps ${server.stateDir}/code-server.log)`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    results = JSON.parse(readFileSync(resultsFile, 'utf8')) as Results | { error: string };
  } finally {
    await browser.close();
    await server.stop();
    rmSync(workspace, { recursive: true, force: true });
  }
  if ('error' in results) assert.fail(`the suite did not run: ${results.error}`);
  t.diagnostic(`${results.appName} ${results.vscode}, runner: ${results.runner}`);
  assert.ok(results.tests.length > 0, 'the extension host ran no test');
  for (const result of results.tests) {
    await t.test(result.title, { skip: result.state === 'pending' }, () => {
      if (result.state === 'failed') assert.fail(result.error ?? 'failed');
    });
  }
});
