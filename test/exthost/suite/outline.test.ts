import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { eventually, open } from './util';

suite('outline', () => {
  test('a transcript lists its session, with the greeting and a transaction inside', async () => {
    const document = await open('swaks-unknown-user.smtp');
    const symbols = await eventually('document symbols', async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
        'vscode.executeDocumentSymbolProvider',
        document.uri,
      );
      return found && found.length > 0 ? found : undefined;
    });
    assert.equal(symbols.length, 1, symbols.map((s) => s.name).join(', '));
    const session = symbols[0]!;
    assert.match(session.name, /Session/);
    const children = (session.children ?? []).map((s) => s.name);
    assert.ok(children.some((name) => /Transaction/.test(name)), children.join(', '));
    assert.ok(children.some((name) => /220/.test(name)), children.join(', '));
  });
});
