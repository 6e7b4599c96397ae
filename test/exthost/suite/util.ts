import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'smtp-lens.smtp-lens';
export const RULE = 'enhanced-class-mismatch';

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `probe` returns something other than undefined. */
export async function eventually<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeout = 20_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(100);
  }
}

/** A file of the workspace the driver prepared (copies of corpus files). */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs a workspace folder of corpus copies');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function open(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  await vscode.window.showTextDocument(document);
  return document;
}

/** Position of `token` on the first line matching `line`. */
export function positionOf(document: vscode.TextDocument, line: RegExp, token: string): vscode.Position {
  for (let i = 0; i < document.lineCount; i++) {
    const text = document.lineAt(i).text;
    const match = line.exec(text);
    if (match) return new vscode.Position(i, match.index + match[0].indexOf(token));
  }
  throw new Error(`${document.uri.path}: no line matches ${String(line)}`);
}

export function markdownOf(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** Hovers at a position, retrying while the language server starts. */
export async function hoverAt(uri: vscode.Uri, position: vscode.Position, expect: RegExp = /\S/): Promise<string> {
  return eventually(`a hover at ${uri.path}:${position.line + 1}:${position.character + 1} matching ${String(expect)}`, async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    const text = markdownOf(hovers ?? []);
    return expect.test(text) ? text : undefined;
  });
}

export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}
