// A test-only extension installed beside SMTP Lens in code-server: on startup it runs the extension-host suite
// and writes the results as JSON where the driving script (test/exthost/exthost.test.mts) waits for them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { runSuite, type Results } from '../runner';

interface Config {
  suiteFile: string;
  resultsFile: string;
  mochaPath?: string;
}

export function activate(context: vscode.ExtensionContext): void {
  const config = JSON.parse(fs.readFileSync(path.join(context.extensionPath, 'config.json'), 'utf8')) as Config;
  void (async () => {
    let results: Results | { error: string };
    try {
      results = await runSuite({ suiteFile: config.suiteFile, mochaPath: config.mochaPath });
    } catch (error) {
      results = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    // written whole, then renamed: the driver never reads half a file
    fs.writeFileSync(`${config.resultsFile}.part`, JSON.stringify(results, null, 2));
    fs.renameSync(`${config.resultsFile}.part`, config.resultsFile);
  })();
}

export function deactivate(): void {}
