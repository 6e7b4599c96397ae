// End-to-end scenarios in a real VS Code workbench (code-server 4.139.1) driven through Debian's Chromium,
// on a workspace of real corpus files. One code-server for the whole suite; every scenario saves a screenshot
// under test-results/vscode/.
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/editors/chromium.mjs';
import { startCodeServer, type CodeServer } from '../../scripts/editors/code-server.mjs';
import { CORPUS, chromiumPath } from '../../scripts/editors/env.mjs';
import { packageExtension } from '../../scripts/editors/package.mjs';
import { MALFORMED, MALFORMED_SOURCE, makeWorkspace } from '../../scripts/editors/workspace.mjs';
import {
  allFramesText,
  answerInput,
  clickToken,
  closeAllEditors,
  editorText,
  goToLine,
  hover,
  languageMode,
  openFile,
  openWorkbench,
  problemRows,
  problems,
  runCommand,
  screenshot,
  SQUIGGLES,
  waitFor,
} from './workbench.mjs';

/** 1-based number of the first line matching `pattern`. */
function lineOf(file: string, pattern: RegExp): number {
  const index = readFileSync(file, 'utf8').split('\n').findIndex((line) => pattern.test(line));
  assert.notEqual(index, -1, `${path.basename(file)} has no line matching ${String(pattern)}`);
  return index + 1;
}

// A missing browser fails this file with the command that installs it; never a skip.
chromiumPath();

describe('SMTP Lens in a real VS Code workbench (code-server)', { timeout: 600_000 }, () => {
  let workspace: string;
  let server: CodeServer;
  let browser: BrowserContext;
  let page: Page;

  before(async () => {
    workspace = makeWorkspace();
    const vsix = packageExtension();
    server = await startCodeServer({ workspace, extensions: [vsix] });
    browser = await launchChromium();
    page = browser.pages()[0] ?? (await browser.newPage());
    await openWorkbench(page, server.folderUrl);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  test('the language mode is set by the file name', async (t) => {
    const expected: Record<string, string> = {
      'mail.log': 'Mail Log',
      mainlog: 'Mail Log',
      'swaks-unknown-user.smtp': 'SMTP Transcript',
      'bounce-user-unknown.eml': 'Email Message',
    };
    try {
      for (const [name, language] of Object.entries(expected)) {
        await openFile(page, name);
        const mode = await waitFor(`language mode ${language} for ${name}`, async () => {
          const shown = await languageMode(page);
          return shown === language ? shown : undefined;
        }, 15_000);
        assert.equal(mode, language, name);
      }
    } finally {
      t.diagnostic(await screenshot(page, '1-language-mode'));
    }
  });

  test('hover over a reply code in a Postfix log explains it', async (t) => {
    try {
      await openFile(page, 'mail.log');
      await goToLine(page, lineOf(path.join(workspace, 'mail.log'), /said: 550 5\.1\.1/));
      const text = await hover(page, '550', { near: '550 5.1.1', expect: 'How to fix' });
      for (const heading of ['550', '5.1.1', 'Description', 'When you see this code', 'How to fix']) {
        assert.ok(text.includes(heading), `hover lacks "${heading}":\n${text}`);
      }
      assert.match(text, /Bad destination mailbox address/i);
    } finally {
      t.diagnostic(await screenshot(page, '2-hover-postfix-log'));
    }
  });

  test('hover over an enhanced status code in a bounce .eml explains it', async (t) => {
    try {
      await openFile(page, 'bounce-user-unknown.eml');
      await goToLine(page, lineOf(path.join(workspace, 'bounce-user-unknown.eml'), /^Status: 5\.1\.1/));
      const text = await hover(page, '5.1.1', { near: 'Status: 5.1.1', expect: /Bad destination mailbox address/i });
      for (const heading of ['5.1.1', 'Description', 'How to fix']) {
        assert.ok(text.includes(heading), `hover lacks "${heading}":\n${text}`);
      }
    } finally {
      t.diagnostic(await screenshot(page, '3-hover-bounce-eml'));
    }
  });

  test('"SMTP Lens: Compare Reply Codes" shows both codes side by side', async (t) => {
    try {
      await openFile(page, 'swaks-unknown-user.smtp');
      await runCommand(page, 'SMTP Lens: Compare Reply Codes');
      await answerInput(page, '450');
      await answerInput(page, '550');
      const text = await waitFor('the comparison view with both codes and "Key differences"', async () => {
        const all = (await allFramesText(page)) + '\n' + (await editorText(page));
        return /Key differences/.test(all) && all.includes('450') && all.includes('550') ? all : undefined;
      });
      assert.match(text, /Key differences/);
      // beside the editor: two editor groups
      assert.ok((await page.locator('.editor-group-container').count()) >= 2, 'the comparison did not open beside the editor');
    } finally {
      t.diagnostic(await screenshot(page, '4-compare-450-550'));
      await page.keyboard.press('Escape');
      await closeAllEditors(page); // the next scenarios start from one editor group
    }
  });

  test('a malformed transcript shows its diagnostic in the Problems panel', async (t) => {
    try {
      await openFile(page, MALFORMED);
      await page.locator(SQUIGGLES).first().waitFor({ timeout: 45_000 });
      const rows = await waitFor('a Problems row for enhanced-class-mismatch', async () => {
        const all = await problems(page);
        return all.some((row) => row.includes('enhanced-class-mismatch')) ? all : undefined;
      });
      const row = rows.find((r) => r.includes('enhanced-class-mismatch'))!;
      assert.match(row, /4\.1\.1/, row);
      assert.match(row, /Ln 20/, row);
    } finally {
      t.diagnostic(await screenshot(page, '5-problems-panel'));
    }
  });

  test('the quick fix from Ctrl+. corrects the class and the diagnostic goes away', async (t) => {
    const file = path.join(workspace, MALFORMED);
    try {
      await openFile(page, MALFORMED);
      await clickToken(page, '4.1.1', '550 4.1.1');
      await page.keyboard.press('Control+.');
      const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Change 4.1.1 to 5.1.1' });
      await fix.first().waitFor({ timeout: 15_000 });
      await screenshot(page, '6a-quick-fix-menu');
      await fix.first().click();
      await waitFor('the text to read 550 5.1.1', async () => ((await editorText(page)).includes('<** 550 5.1.1 ') ? true : undefined));
      assert.ok(!(await editorText(page)).includes('550 4.1.1'));
      await waitFor('the diagnostic to disappear', async () => {
        const rows = await problemRows(page).allInnerTexts();
        const squiggles = await page.locator(SQUIGGLES).count();
        return !rows.some((row) => row.includes('enhanced-class-mismatch')) && squiggles === 0 ? true : undefined;
      });
      // the fix changed only the bytes it names: saved, the file is the corpus file again
      await page.keyboard.press('Control+s');
      await waitFor('the file to be saved', () =>
        Promise.resolve(readFileSync(file, 'utf8') === readFileSync(path.join(CORPUS, MALFORMED_SOURCE), 'utf8') ? true : undefined),
      );
    } finally {
      t.diagnostic(await screenshot(page, '6b-quick-fix-applied'));
    }
  });

  test('the outline lists the sessions and their transactions', async (t) => {
    try {
      await openFile(page, 'swaks-unknown-user.smtp');
      await runCommand(page, 'Explorer: Focus on Outline View');
      const rows = await waitFor('outline rows', async () => {
        const texts = await page.locator('.outline-pane .monaco-list-row').allInnerTexts();
        return texts.length > 0 ? texts : undefined;
      }, 15_000);
      assert.ok(rows.some((row) => /Session 1/.test(row)), rows.join('\n'));
      await waitFor('a Transaction row', async () =>
        (await page.locator('.outline-pane .monaco-list-row').allInnerTexts()).some((row) => /Transaction 1/.test(row)) ? true : undefined,
      );
    } finally {
      t.diagnostic(await screenshot(page, '7-outline'));
    }
  });
});
