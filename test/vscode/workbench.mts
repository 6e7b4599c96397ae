// Drives code-server's workbench in Chromium the way a person does: click files, hover words, press Ctrl+.,
// read the Problems panel. Selectors are VS Code's own (see shared/VSCODE-TESTING.md).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { RESULTS } from '../../scripts/editors/env.mjs';

export const SCREENSHOTS = path.join(RESULTS, 'vscode');

// The few DOM types the in-page functions use (the project's tsconfig has no DOM lib). Functions passed to
// page.evaluate run in the browser; these declarations only type them.
interface DomNode {
  nodeValue: string | null;
  textContent: string | null;
}
interface DomElement extends DomNode {
  style: { top: string };
  innerText: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement> & ArrayLike<DomElement>;
}
interface DomDocument {
  body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  createTreeWalker(root: DomNode, whatToShow: number): { nextNode(): DomNode | null };
  createRange(): {
    setStart(node: DomNode, offset: number): void;
    setEnd(node: DomNode, offset: number): void;
    getBoundingClientRect(): { x: number; y: number; width: number; height: number };
  };
}
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it returns a value that is not undefined, or throws with `what` after `timeout` ms. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeout = 30_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
    }
    await sleep(250);
  }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

export async function openWorkbench(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
}

/** Text of the active editor's visible lines, with the editor's non-breaking spaces turned back into spaces. */
export async function editorText(page: Page): Promise<string> {
  const lines = await page.locator('.editor-group-container.active .monaco-editor .view-lines .view-line').evaluateAll(
    (nodes) =>
      (nodes as unknown as DomElement[])
        .map((node) => ({ top: parseFloat(node.style.top || '0'), text: node.textContent ?? '' }))
        .sort((a, b) => a.top - b.top)
        .map((line) => line.text.replace(/\u00a0/g, ' ')),
  );
  return lines.join('\n');
}

/** Opens a workspace file from the Explorer (by its exact name) and waits for its editor tab to be active. */
export async function openFile(page: Page, name: string): Promise<void> {
  const row = page.locator('.explorer-folders-view .monaco-list-row').filter({
    has: page.locator('.label-name', { hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }),
  });
  await row.first().click();
  await page.locator(`.editor-group-container.active .tabs-container .tab.active[data-resource-name="${name}"]`).waitFor();
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').waitFor();
}

export async function languageMode(page: Page): Promise<string> {
  return ((await page.locator('.statusbar-item[id="status.editor.mode"]').textContent()) ?? '').trim();
}

/** Moves the cursor to a 1-based line with Go to Line (Ctrl+G), which also scrolls it into view. */
export async function goToLine(page: Page, line: number, column = 1): Promise<void> {
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+g');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${line}:${column}`); // the ':' prefix is Go to Line's; without it this is file search
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/**
 * Where `token` is drawn in the active editor, as a whole word on a rendered line whose text contains `near`
 * (to choose one occurrence among many). Searches the text nodes and measures the token with a DOM Range.
 */
export async function tokenBox(
  page: Page,
  token: string,
  near?: string,
): Promise<{ x: number; y: number; width: number; height: number } | undefined> {
  const box = await page.evaluate(
    ({ token, near, SHOW_TEXT }) => {
      const document = (globalThis as unknown as { document: DomDocument }).document;
      const root = document.querySelector('.editor-group-container.active .monaco-editor .view-lines');
      if (!root) return null;
      const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const word = new RegExp(`(^|[^\\w.])(${escaped})(?![\\w]|\\.\\d)`);
      for (const line of Array.from(root.querySelectorAll('.view-line'))) {
        const text = (line.textContent ?? '').replace(/\u00a0/g, ' ');
        if (near && !text.includes(near)) continue;
        const walker = document.createTreeWalker(line, SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const value = (node.nodeValue ?? '').replace(/\u00a0/g, ' ');
          const match = word.exec(value);
          if (!match) continue;
          const start = match.index + (match[1] ?? '').length;
          const range = document.createRange();
          range.setStart(node, start);
          range.setEnd(node, start + token.length);
          const rect = range.getBoundingClientRect();
          if (rect.width > 0) return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
        }
      }
      return null;
    },
    { token, near, SHOW_TEXT },
  );
  return box ?? undefined;
}

/** Hovers `token` (retrying while the language server starts) and returns the hover widget's text. */
export async function hover(page: Page, token: string, options: { near?: string; expect?: RegExp | string } = {}): Promise<string> {
  const expected = options.expect ?? /\S/;
  const widget = page.locator('.monaco-hover:visible');
  return waitFor(`a hover on ${token}${options.near ? ` near "${options.near}"` : ''} matching ${String(expected)}`, async () => {
    const box = await tokenBox(page, token, options.near);
    if (!box) throw new Error(`"${token}" is not drawn in the editor`);
    await page.mouse.move(box.x - 40, box.y + box.height + 40); // leave the word, so the next move hovers anew
    await sleep(100);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    try {
      await widget.first().waitFor({ timeout: 3000 });
    } catch {
      return undefined;
    }
    const text = (await widget.allInnerTexts()).join('\n');
    const ok = typeof expected === 'string' ? text.includes(expected) : expected.test(text);
    return ok ? text : undefined;
  }, 45_000);
}

/** Clicks into `token` so the cursor stands on it. */
export async function clickToken(page: Page, token: string, near?: string): Promise<void> {
  const box = await waitFor(`"${token}" drawn in the editor`, () => tokenBox(page, token, near));
  await page.mouse.click(box.x + Math.min(2, box.width / 2), box.y + box.height / 2);
}

/** Opens the Problems panel (Ctrl+Shift+M) and returns the text of its rows. */
export async function problems(page: Page): Promise<string[]> {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible())) {
    await page.keyboard.press('Control+Shift+M');
    await panel.waitFor();
  }
  return page.locator('.markers-panel .monaco-list-row').allInnerTexts();
}

/** Error and warning squiggles drawn in the active editor. */
export const SQUIGGLES = '.editor-group-container.active .squiggly-error, .editor-group-container.active .squiggly-warning';

export function problemRows(page: Page): Locator {
  return page.locator('.markers-panel .monaco-list-row');
}

/** Runs a command from the Command Palette by its title. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
  await row.waitFor();
  await page.keyboard.press('Enter');
}

/** Answers the input box that is open now. */
export async function answerInput(page: Page, value: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(value);
  await page.keyboard.press('Enter');
  // accepted: the box closes, or the next box opens empty (typing earlier would land in the closing one)
  await waitFor(`the input box to accept "${value}"`, async () =>
    !(await input.isVisible()) || (await input.inputValue()) !== value ? true : undefined,
  );
}

/** Text of every frame of the page (webviews such as the Markdown preview live in nested frames). */
export async function allFramesText(page: Page): Promise<string> {
  const texts: string[] = [];
  for (const frame of page.frames()) {
    try {
      texts.push(
        await frame.evaluate(() => (globalThis as unknown as { document: DomDocument }).document.body?.innerText ?? ''),
      );
    } catch {
      // a frame that went away meanwhile
    }
  }
  return texts.join('\n');
}

/** Closes every editor and editor group, answering "Don't Save" for untitled documents. */
export async function closeAllEditors(page: Page): Promise<void> {
  await runCommand(page, 'View: Close All Editor Groups');
  const dontSave = page.locator('.monaco-dialog-box .monaco-button', { hasText: /Don.t Save/ });
  for (let i = 0; i < 5; i++) {
    try {
      await dontSave.first().click({ timeout: 1000 });
    } catch {
      break; // no (more) save dialogs
    }
  }
}
