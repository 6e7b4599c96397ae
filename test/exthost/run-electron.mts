// Runs the extension-host suite in desktop VS Code through @vscode/test-electron, on machines that can download
// VS Code (this one cannot: see shared/VSCODE-TESTING.md; here test/exthost/exthost.test.mts runs the same suite
// inside code-server). Usage: node --import tsx test/exthost/run-electron.mts   (VSCODE_VERSION=stable|insiders|1.91.0)
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT } from '../../scripts/editors/env.mjs';
import { build } from '../../scripts/editors/package.mjs';
import { makeWorkspace } from '../../scripts/editors/workspace.mjs';
import { EXTHOST_OUT, buildSuite } from './build.mjs';

interface TestElectron {
  runTests(options: {
    version?: string;
    extensionDevelopmentPath: string;
    extensionTestsPath: string;
    launchArgs?: string[];
    extensionTestsEnv?: Record<string, string>;
  }): Promise<number>;
}

const projectRequire = createRequire(path.join(ROOT, 'package.json'));
let testElectron: TestElectron;
try {
  projectRequire.resolve('mocha');
  testElectron = projectRequire('@vscode/test-electron') as TestElectron;
} catch {
  console.error('@vscode/test-electron and mocha are not installed. Install them with:\n  npm i -D @vscode/test-electron mocha');
  process.exit(1);
}

try {
  if (process.env.SMTP_LENS_SKIP_BUILD !== '1') build();
  const { index } = await buildSuite();
  const workspace = makeWorkspace('smtp-lens-electron-');
  await testElectron.runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: index,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    extensionTestsEnv: { SMTP_LENS_EXTHOST_RESULTS: path.join(EXTHOST_OUT, 'electron-results.json') },
  });
} catch (error) {
  console.error(`extension-host tests in desktop VS Code failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
