import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { eventually } from './util';

suite('compare command', () => {
  test('smtpLens.compareCodes 450 550 opens both descriptions and the key differences beside the editor', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('smtpLens.compareCodes'));
    await vscode.commands.executeCommand('smtpLens.compareCodes', '450', '550');
    const document = await eventually('a comparison document', () =>
      vscode.workspace.textDocuments.find((d) => d.uri.path.includes('450') && d.uri.path.includes('550')),
    );
    const text = document.getText();
    assert.match(text, /450/);
    assert.match(text, /550/);
    assert.match(text, /Key differences/);
    const tab = await eventually('a tab for the comparison', () =>
      vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((t) => t.label.includes('450') && t.label.includes('550')),
    );
    assert.notEqual(tab.group.viewColumn, vscode.ViewColumn.One, 'the comparison opened in the same column as the editor');
  });
});
