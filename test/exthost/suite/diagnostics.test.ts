import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { RULE, eventually, open, ruleOf } from './util';

suite('diagnostics and quick fixes', () => {
  const name = 'malformed-class-mismatch.smtp';

  test(`a reply "550 4.1.1" gets ${RULE}`, async () => {
    const document = await open(name);
    const diagnostic = await eventually(`a ${RULE} diagnostic`, () =>
      vscode.languages.getDiagnostics(document.uri).find((d) => ruleOf(d) === RULE),
    );
    assert.equal(document.getText(diagnostic.range), '4.1.1');
    assert.equal(document.lineAt(diagnostic.range.start.line).text.startsWith('<** 550 4.1.1 '), true);
  });

  test('its quick fix changes 4.1.1 to 5.1.1 and nothing else, and the diagnostic goes away', async () => {
    const document = await open(name);
    const before = document.getText();
    const diagnostic = await eventually(`a ${RULE} diagnostic`, () =>
      vscode.languages.getDiagnostics(document.uri).find((d) => ruleOf(d) === RULE),
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = (actions ?? []).find((action) => action.title === 'Change 4.1.1 to 5.1.1');
    assert.ok(fix?.edit, `no quick fix "Change 4.1.1 to 5.1.1" among: ${(actions ?? []).map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const offset = document.offsetAt(diagnostic.range.start);
    assert.equal(document.getText(), before.slice(0, offset) + '5.1.1' + before.slice(offset + '4.1.1'.length));
    await eventually('the diagnostic to go away', () =>
      vscode.languages.getDiagnostics(document.uri).some((d) => ruleOf(d) === RULE) ? undefined : true,
    );
    await vscode.commands.executeCommand('workbench.action.files.revert'); // leave the workspace file as it was
  });
});
