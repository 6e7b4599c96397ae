// Takes the README's screenshots in a real VS Code (code-server + Debian's Chromium, 1600×900), on a copy of the
// examples/ workspace, into images/screenshots/. One code-server per theme: the theme is set in the pre-seeded user
// settings, as a user would set it.
//
//   node --import tsx scripts/editors/screenshots.mts [--only hover,log-dark,…] [--out DIR] [--no-build]
//
// Every picture is checked before it is saved (language mode, theme colours, hover text, the Problems row, the
// quick-fix entry, the comparison) and taken with no notification toast on screen. SMTP_LENS_VSIX and
// SMTP_LENS_SKIP_BUILD work as for the test suites.
import { copyFileSync, chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import {
  allFramesText,
  answerInput,
  clickToken,
  closeAllEditors,
  hover,
  languageMode,
  openFile,
  openWorkbench,
  problems,
  runCommand,
  SQUIGGLES,
  waitFor,
} from '../../test/vscode/workbench.mjs';
import { launchChromium, VIEWPORT } from './chromium.mjs';
import { startCodeServer, type CodeServer } from './code-server.mjs';
import { RESULTS, ROOT } from './env.mjs';
import { packageExtension } from './package.mjs';

const EXAMPLES = path.join(ROOT, 'examples');
/** Where the screen goes when a picture fails (git-ignored). */
const FAILED = path.join(RESULTS, 'screenshots');

/** Theme ids as VS Code 1.139 names them (formerly "Default Dark Modern" / "Default Light Modern"). */
const THEMES = {
  dark: { id: 'Dark Modern', statusBar: 'rgb(24, 24, 24)' }, // statusBar.background #181818
  light: { id: 'Light Modern', statusBar: 'rgb(248, 248, 248)' }, // statusBar.background #F8F8F8
} as const;
type Theme = keyof typeof THEMES;

/** On top of the harness's BASE_SETTINGS: nothing that blinks, highlights by itself or floats over the text. */
const SCREENSHOT_SETTINGS: Record<string, unknown> = {
  'editor.cursorBlinking': 'solid',
  'editor.renderLineHighlight': 'none',
  'editor.occurrencesHighlight': 'off',
  'editor.selectionHighlight': false,
  'editor.stickyScroll.enabled': false,
  'editor.lightbulb.enabled': 'off',
  'editor.inlayHints.enabled': 'off',
  'workbench.editor.enablePreview': false,
  'workbench.layoutControl.enabled': false,
  'window.commandCenter': false,
  'breadcrumbs.enabled': false,
  'editor.guides.indentation': false,
  'problems.decorations.enabled': false,
  // long log lines wrap at 100 columns: the pictures stay narrow enough to read when the README scales them down
  '[mail-log]': { 'editor.wordWrap': 'wordWrapColumn', 'editor.wordWrapColumn': 100 },
};

// The DOM types the in-page functions use (the project's tsconfig has no DOM lib); see test/vscode/workbench.mts.
interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface DomElement {
  textContent: string | null;
  getBoundingClientRect(): Rect & { right: number; bottom: number };
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  blur?(): void;
}
interface DomDocument {
  activeElement: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const EDITOR = '.editor-group-container.active .monaco-editor';

interface Shot {
  name: string;
  theme: Theme;
  take(page: Page, workspace: string): Promise<Rect | undefined>;
}

// ---------------------------------------------------------------- helpers over the workbench

async function box(page: Page, selector: string): Promise<Rect> {
  const rect = await page.locator(selector).first().boundingBox();
  if (!rect) throw new Error(`${selector} is not on screen`);
  return rect;
}

function union(...rects: Rect[]): Rect {
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x, y, width: right - x, height: bottom - y };
}

/** `rect` grown by `pad` on every side, kept inside `within`, on whole pixels. */
function clamp(rect: Rect, within: Rect, pad = 0): Rect {
  const x = Math.max(within.x, Math.floor(rect.x - pad));
  const y = Math.max(within.y, Math.floor(rect.y - pad));
  const right = Math.min(within.x + within.width, Math.ceil(rect.x + rect.width + pad));
  const bottom = Math.min(within.y + within.height, Math.ceil(rect.y + rect.height + pad));
  return { x, y, width: right - x, height: bottom - y };
}

async function sideBar(page: Page, visible: boolean): Promise<void> {
  const bar = page.locator('.part.sidebar');
  if ((await bar.isVisible()) === visible) return;
  await runCommand(page, visible ? 'View: Show Explorer' : 'View: Close Primary Side Bar');
  await bar.waitFor({ state: visible ? 'visible' : 'hidden' });
}

async function closePanel(page: Page): Promise<void> {
  if (await page.locator('.part.panel').isVisible()) {
    await runCommand(page, 'View: Hide Panel');
    await page.locator('.part.panel').waitFor({ state: 'hidden' });
  }
}

/** Opens a workspace file through the Explorer, then hides the side bar and the panel so the editor is wide. */
async function open(page: Page, name: string, language: string): Promise<void> {
  await sideBar(page, true);
  await openFile(page, name);
  await waitFor(`language mode ${language} for ${name}`, async () => ((await languageMode(page)) === language ? true : undefined), 15_000);
  await sideBar(page, false);
  await closePanel(page);
}

/**
 * Where the number of 1-based `line` is drawn, relative to the top of the editor's text; when it is off screen, the
 * first line number drawn instead (null when none is).
 */
async function lineDrawn(page: Page, line: number): Promise<{ offset: number; height: number } | { firstDrawn: number | null } | null> {
  return page.evaluate(
    ({ editor, line }) => {
      const document = (globalThis as unknown as { document: DomDocument }).document;
      const root = document.querySelector(`${editor} .monaco-scrollable-element.editor-scrollable`);
      const numbers = document.querySelector(`${editor} .margin-view-overlays`);
      if (!root || !numbers) return null;
      let firstDrawn: number | null = null;
      for (const node of Array.from(numbers.querySelectorAll('.line-numbers'))) {
        const drawn = Number((node.textContent ?? '').trim());
        if (drawn === line) {
          const rect = node.getBoundingClientRect();
          return { offset: rect.y - root.getBoundingClientRect().y, height: rect.height };
        }
        if (drawn > 0 && (firstDrawn === null || drawn < firstDrawn)) firstDrawn = drawn;
      }
      return { firstDrawn };
    },
    { editor: EDITOR, line },
  );
}

/** Where the number of 1-based `line` is drawn, relative to the top of the editor's text; null when off screen. */
async function lineOffset(page: Page, line: number): Promise<{ offset: number; height: number } | null> {
  const where = await lineDrawn(page, line);
  return where && 'offset' in where ? where : null;
}

/**
 * Scrolls the active editor until 1-based `line` is the top line: from the top of the file, a line at a time
 * (Ctrl+Down, as a person does), so the text stays aligned on whole lines.
 */
async function scrollToTop(page: Page, line: number): Promise<void> {
  const text = await box(page, `${EDITOR} .monaco-scrollable-element.editor-scrollable`);
  await page.mouse.click(text.x + text.width / 2, text.y + text.height / 2); // focus the editor
  await page.keyboard.press('Control+Home');
  await waitFor(`line ${line} at the top of the editor`, async () => {
    const where = await lineDrawn(page, line);
    if (where && 'firstDrawn' in where && where.firstDrawn !== null && where.firstDrawn > line) {
      // Above the lines drawn: Control+Home did not reach the editor (once, it opened scrolled to its end). The wheel
      // scrolls what is under the mouse, focused or not: to the top, and on from there.
      await page.mouse.move(text.x + text.width / 2, text.y + text.height / 2);
      await page.mouse.wheel(0, -1_000_000);
      await sleep(100);
      return undefined;
    }
    const steps = where && 'offset' in where ? Math.round(where.offset / where.height) : 20; // not drawn yet: further down
    if (steps === 0) return true;
    for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'Control+ArrowDown' : 'Control+ArrowUp');
    await sleep(100);
    return undefined;
  });
}

/** Hides the cursor: focus leaves the editor (the text stays as it is). */
async function blurEditor(page: Page): Promise<void> {
  await page.evaluate(() => (globalThis as unknown as { document: DomDocument }).document.activeElement?.blur?.());
  await page.mouse.move(2, 890); // off the text: no hover
}

async function dismissHover(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.mouse.move(2, 890);
  await page.locator('.monaco-hover:visible').waitFor({ state: 'hidden', timeout: 5000 }).catch(() => undefined);
}

/** Waits until the theme and the grammar have coloured the visible text (several token colours drawn). */
async function waitForColours(page: Page, theme: Theme): Promise<void> {
  await waitFor(`the ${THEMES[theme].id} theme`, async () => {
    const background = await page.locator('.part.statusbar').evaluate(
      (node) => (globalThis as unknown as { getComputedStyle(n: unknown): { backgroundColor: string } }).getComputedStyle(node).backgroundColor,
    );
    return background === THEMES[theme].statusBar ? true : undefined;
  }, 15_000);
  await waitFor('the grammar to colour the text', async () => {
    const classes = await page.locator(`${EDITOR} .view-lines .view-line span span`).evaluateAll((nodes) =>
      new Set((nodes as unknown as { className: string }[]).map((n) => n.className)).size,
    );
    return classes >= 4 ? true : undefined;
  }, 15_000);
}

const TOASTS = '.notifications-toasts .notification-toast:visible';

/** Clears notification toasts (and waits until none is drawn). */
async function clearToasts(page: Page): Promise<void> {
  const toasts = page.locator(TOASTS);
  if ((await toasts.count()) === 0) return;
  await runCommand(page, 'Notifications: Clear All Notifications');
  await toasts.first().waitFor({ state: 'hidden', timeout: 5000 });
}

/** `rect` on whole pixels, inside the viewport. */
function whole(rect: Rect): Rect {
  const x = Math.max(0, Math.floor(rect.x));
  const y = Math.max(0, Math.floor(rect.y));
  const right = Math.min(VIEWPORT.width, Math.ceil(rect.x + rect.width));
  const bottom = Math.min(VIEWPORT.height, Math.ceil(rect.y + rect.height));
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * The editor area (tabs included) cropped to the text drawn in it, so the README shows it large: as wide as the
 * longest drawn line, down to the end of line `until` or else of the last line drawn whole.
 */
async function textArea(page: Page, until?: number): Promise<Rect> {
  const editorPart = await box(page, '.part.editor');
  const drawn = await page.evaluate((editor) => {
    const document = (globalThis as unknown as { document: DomDocument }).document;
    const visible = document.querySelector(`${editor} .monaco-scrollable-element.editor-scrollable`)?.getBoundingClientRect();
    let right = 0;
    let bottom = 0;
    for (const line of Array.from(document.querySelectorAll(`${editor} .view-lines .view-line`))) {
      const rect = line.getBoundingClientRect();
      if (!visible || rect.bottom > visible.bottom + 0.5 || rect.y < visible.y - 0.5) continue; // cut lines
      bottom = Math.max(bottom, rect.bottom);
      for (const span of Array.from(line.querySelectorAll('span span'))) right = Math.max(right, span.getBoundingClientRect().right);
    }
    return { right, bottom };
  }, EDITOR);
  let bottom = drawn.bottom;
  if (until !== undefined) {
    const next = await lineOffset(page, until + 1);
    const scrollable = await box(page, `${EDITOR} .monaco-scrollable-element.editor-scrollable`);
    if (!next) throw new Error(`line ${until + 1} is not drawn`);
    bottom = scrollable.y + next.offset;
  }
  const right = Math.min(editorPart.x + editorPart.width, drawn.right + 40);
  return { x: editorPart.x, y: editorPart.y, width: right - editorPart.x, height: bottom + (until === undefined ? 8 : 2) - editorPart.y };
}

function lineOf(file: string, pattern: RegExp): number {
  const index = readFileSync(file, 'utf8').split('\n').findIndex((line) => pattern.test(line));
  if (index === -1) throw new Error(`${path.basename(file)} has no line matching ${String(pattern)}`);
  return index + 1;
}

// ---------------------------------------------------------------- the pictures

/**
 * A syntax-highlighting picture: `file` in `language`; with `lines`, scrolled so that the first line matching
 * `lines.top` is on top and cropped after `lines.count` lines.
 */
function syntax(name: string, file: string, language: string, theme: Theme, lines?: { top: RegExp; count: number }): Shot {
  return {
    name: `${name}-${theme}`,
    theme,
    async take(page, workspace) {
      await closeAllEditors(page);
      await open(page, file, language);
      let until: number | undefined;
      if (lines) {
        const top = lineOf(path.join(workspace, file), lines.top);
        await scrollToTop(page, top);
        until = top + lines.count - 1;
      }
      await blurEditor(page);
      await waitForColours(page, theme);
      return textArea(page, until);
    },
  };
}

/**
 * Makes the open hover `height` px tall by dragging its free edge, as a person does (VS Code opens hovers at most
 * 250 px tall). The hover closes when the drag ends; the next one opens up to the new height.
 */
async function dragHoverHeight(page: Page, height: number): Promise<void> {
  const widget = page.locator('.monaco-resizable-hover:visible').first();
  const now = await widget.boundingBox();
  if (!now) throw new Error('no hover to resize');
  const north = (await widget.locator('.monaco-sash.orthogonal-edge-north:not(.disabled)').count()) > 0;
  const sash = await widget.locator(north ? '.monaco-sash.orthogonal-edge-north' : '.monaco-sash.orthogonal-edge-south').first().boundingBox();
  if (!sash) throw new Error('the hover cannot be resized');
  const x = sash.x + sash.width / 2;
  const y = sash.y + sash.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y + (north ? -1 : 1) * (height - now.height), { steps: 8 });
  await page.mouse.up();
}

/** How tall the open hover must be to show its text down to (not including) the heading that starts with `until`. */
async function hoverHeightUntil(page: Page, until: string): Promise<number | undefined> {
  return page.locator('.monaco-resizable-hover:visible').first().evaluate((node, until) => {
    const widget = node as unknown as DomElement;
    const top = widget.getBoundingClientRect().y;
    const scrolled = widget.querySelectorAll('.monaco-scrollable-element')[0] as unknown as { scrollTop?: number } | undefined;
    for (const heading of Array.from(widget.querySelectorAll('h1, h2, h3, h4, h5, h6, p > strong:only-child'))) {
      if ((heading.textContent ?? '').trim().startsWith(until)) {
        return Math.ceil(heading.getBoundingClientRect().y - top + (scrolled?.scrollTop ?? 0)) - 6;
      }
    }
    return undefined;
  }, until);
}

const hoverShot: Shot = {
  name: 'hover',
  theme: 'dark',
  async take(page, workspace) {
    await closeAllEditors(page);
    await open(page, 'mail.log', 'Mail Log');
    // with the Explorer open the editor is narrower, and so is the hover (VS Code: at most 2/3 of the editor);
    // the picture leaves the Explorer out
    await sideBar(page, true);
    const line = lineOf(path.join(workspace, 'mail.log'), /said: 550 5\.1\.1/);
    await scrollToTop(page, line - 1);
    await blurEditor(page);
    const show = async (): Promise<Rect> => {
      const text = await hover(page, '550', { near: 'said: 550 5.1.1', expect: 'How to fix' });
      for (const heading of ['5.1.1', 'How to fix']) if (!text.includes(heading)) throw new Error(`the hover lacks "${heading}"`);
      await sleep(300); // the widget settles its size and position
      return box(page, '.monaco-resizable-hover:visible');
    };
    const editorPart = await box(page, '.part.editor');
    // tall enough for the whole explanation of 550 (the one of 5.1.1 follows below it), as the editor allows
    let widget = await show();
    const room = Math.floor(editorPart.y + editorPart.height - 16 - widget.y);
    const wanted = Math.min(room, (await hoverHeightUntil(page, '5.1.1')) ?? room);
    if (Math.abs(widget.height - wanted) > 4) {
      await dragHoverHeight(page, wanted);
      await dismissHover(page);
      widget = await show();
    }
    if (Math.abs(widget.height - wanted) > 8) throw new Error(`the hover is ${widget.height} px tall, not ${wanted}`);
    // the mouse rests on the hovered word, under the hover's edge; the picture ends on a whole line of the log
    const text = await textArea(page);
    const right = Math.max(text.x + text.width, widget.x + widget.width + 16);
    const first = await lineOffset(page, line - 1);
    const scrollable = await box(page, `${EDITOR} .monaco-scrollable-element.editor-scrollable`);
    const rowHeight = first?.height ?? 19;
    const bottom = scrollable.y + Math.ceil((widget.y + widget.height + 6 - scrollable.y) / rowHeight) * rowHeight;
    return clamp({ x: editorPart.x, y: editorPart.y, width: right - editorPart.x, height: bottom + 2 - editorPart.y }, editorPart);
  },
};

const problemsShot: Shot = {
  name: 'problems',
  theme: 'dark',
  async take(page) {
    await closeAllEditors(page);
    await open(page, 'malformed-class-mismatch.smtp', 'SMTP Transcript');
    await page.locator(SQUIGGLES).first().waitFor({ timeout: 45_000 });
    const rows = await waitFor('a Problems row for enhanced-class-mismatch', async () => {
      const all = await problems(page);
      return all.some((row) => row.includes('enhanced-class-mismatch')) ? all : undefined;
    });
    if (!rows.some((r) => /4\.1\.1/.test(r))) throw new Error(`no row names 4.1.1:\n${rows.join('\n')}`);
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'enhanced-class-mismatch' }).first();
    await row.click(); // selected: the row a person reads
    await scrollToTop(page, 1); // the row's click scrolled the editor; the whole transcript fits above the panel
    await blurEditor(page);
    // the editor and the panel down to its last row, as wide as the text and the row's text
    const panel = await box(page, '.part.panel');
    const last = await box(page, '.markers-panel .monaco-list-row:last-child');
    const rowRight = await row.evaluate((node) => {
      let right = 0;
      for (const element of Array.from((node as unknown as DomElement).querySelectorAll('*'))) {
        const leaf = element as unknown as DomElement & { childElementCount: number };
        if (leaf.childElementCount > 0 || !(leaf.textContent ?? '').trim()) continue;
        right = Math.max(right, leaf.getBoundingClientRect().right);
      }
      return right;
    });
    const text = await textArea(page);
    const right = Math.min(panel.x + panel.width, Math.max(text.x + text.width, rowRight + 40));
    return { x: text.x, y: text.y, width: right - text.x, height: last.y + last.height + 24 - text.y };
  },
};

const quickFixShot: Shot = {
  name: 'quick-fix',
  theme: 'dark',
  async take(page) {
    await closeAllEditors(page);
    await open(page, 'malformed-class-mismatch.smtp', 'SMTP Transcript');
    await page.locator(SQUIGGLES).first().waitFor({ timeout: 45_000 });
    await scrollToTop(page, 1);
    await clickToken(page, '4.1.1', '550 4.1.1');
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Change 4.1.1 to 5.1.1' });
    await fix.first().waitFor({ timeout: 15_000 });
    await fix.first().hover(); // the entry a person is about to choose
    await sleep(300);
    const editorPart = await box(page, '.part.editor');
    const menu = await box(page, '.action-widget');
    return clamp(union(await textArea(page), menu), editorPart, 8);
  },
};

const compareShot: Shot = {
  name: 'compare',
  theme: 'dark',
  async take(page) {
    await closeAllEditors(page);
    await open(page, 'swaks-greylist.smtp', 'SMTP Transcript');
    await runCommand(page, 'SMTP Lens: Compare Reply Codes');
    await answerInput(page, '450');
    await answerInput(page, '550');
    await waitFor('the comparison with both codes and "Key differences"', async () => {
      const all = await allFramesText(page);
      return /Key differences/.test(all) && all.includes('450') && all.includes('550') ? true : undefined;
    });
    const groups = page.locator('.editor-group-container');
    if ((await groups.count()) < 2) throw new Error('the comparison did not open beside the editor');
    await sleep(1000); // the preview's styles and fonts
    await blurEditor(page);
    // the preview's group (the one opened beside): its tab and the comparison
    const preview = await groups.nth(1).boundingBox();
    if (!preview) throw new Error('the comparison is not on screen');
    return preview;
  },
};

const SHOTS: Shot[] = [
  hoverShot,
  problemsShot,
  quickFixShot,
  compareShot,
  ...(['dark', 'light'] as const).flatMap((theme) => [
    syntax('transcript', 'swaks-unknown-user.smtp', 'SMTP Transcript', theme),
    // a message deferred (4.4.1) and one bounced (550 5.1.1), with the lines between
    syntax('log', 'mail.log', 'Mail Log', theme, { top: /^Nov 28 10:44:39 .*84D2016427C: from=/, count: 16 }),
    // the bounce text and the delivery-status fields (Action, Status, Diagnostic-Code)
    syntax('eml', 'bounce-user-unknown.eml', 'Email Message', theme, { top: /MIME-encapsulated/, count: 38 }),
  ]),
];

// ---------------------------------------------------------------- the run

/** A copy of examples/ (README aside) in a folder named `examples`, so nothing in the repository is touched. */
function makeExamplesWorkspace(): { dir: string; remove(): void } {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'smtp-lens-screenshots-'));
  const dir = path.join(parent, 'examples');
  mkdirSync(dir);
  for (const name of readdirSync(EXAMPLES)) {
    if (name === 'README.md' || !statSync(path.join(EXAMPLES, name)).isFile()) continue;
    copyFileSync(path.join(EXAMPLES, name), path.join(dir, name));
    chmodSync(path.join(dir, name), 0o644);
  }
  return { dir, remove: () => rmSync(parent, { recursive: true, force: true }) };
}

async function warmUp(page: Page): Promise<void> {
  // the language server answers: later pictures never catch it half-started
  await open(page, 'swaks-unknown-user.smtp', 'SMTP Transcript');
  await hover(page, '550', { near: '550 5.1.1', expect: 'How to fix' });
  await dismissHover(page);
}

async function takeAll(shots: Shot[], theme: Theme, vsix: string, out: string): Promise<string[]> {
  const workspace = makeExamplesWorkspace();
  let server: CodeServer | undefined;
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  const saved: string[] = [];
  try {
    server = await startCodeServer({
      workspace: workspace.dir,
      extensions: [vsix],
      settings: { ...SCREENSHOT_SETTINGS, 'workbench.colorTheme': THEMES[theme].id },
    });
    browser = await launchChromium();
    const page = browser.pages()[0] ?? (await browser.newPage());
    await openWorkbench(page, server.folderUrl);
    await warmUp(page);
    for (const shot of shots) {
      let clip: Rect | undefined;
      for (let attempt = 1; ; attempt++) {
        try {
          await clearToasts(page);
          clip = await shot.take(page, workspace.dir);
          // a toast that came meanwhile would cover the picture; clearing it now would close a hover or a menu
          if ((await page.locator(TOASTS).count()) > 0) throw new Error('a notification toast came up');
          break;
        } catch (error) {
          if (attempt === 3) throw error;
          mkdirSync(FAILED, { recursive: true });
          const failed = path.join(FAILED, `${shot.name}.failed.png`);
          await page.screenshot({ path: failed });
          console.error(`${shot.name}: ${error instanceof Error ? error.message : String(error)}; once more (the screen: ${failed})`);
          await page.keyboard.press('Escape');
        }
      }
      const file = path.join(out, `${shot.name}.png`);
      await page.screenshot({ path: file, ...(clip ? { clip: whole(clip) } : {}) });
      const size = statSync(file).size;
      console.log(`${path.relative(ROOT, file)}  ${clip ? `${whole(clip).width}×${whole(clip).height}` : 'full'}  ${Math.round(size / 1024)} KB`);
      saved.push(file);
      await dismissHover(page);
    }
  } finally {
    await browser?.close();
    await server?.stop();
    workspace.remove();
  }
  return saved;
}

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    out: { type: 'string', default: path.join(ROOT, 'images/screenshots') },
    'no-build': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(`usage: node --import tsx scripts/editors/screenshots.mts [--only ${SHOTS.map((s) => s.name).join(',')}] [--out DIR] [--no-build]`);
  process.exit(0);
}
const wanted = values.only ? new Set(values.only.split(',').map((s) => s.trim().replace(/\.png$/, ''))) : undefined;
const unknown = [...(wanted ?? [])].filter((name) => !SHOTS.some((s) => s.name === name));
if (unknown.length > 0) {
  console.error(`unknown picture(s): ${unknown.join(', ')}; known: ${SHOTS.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const out = path.resolve(values.out);
mkdirSync(out, { recursive: true });
const vsix = packageExtension({ build: !values['no-build'] && process.env.SMTP_LENS_SKIP_BUILD !== '1' });
for (const theme of ['dark', 'light'] as const) {
  const shots = SHOTS.filter((s) => s.theme === theme && (!wanted || wanted.has(s.name)));
  if (shots.length > 0) await takeAll(shots, theme, vsix, out);
}
