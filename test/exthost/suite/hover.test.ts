import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { markdownOf, hoverAt, open, positionOf } from './util';

suite('hover', () => {
  test('a reply with an enhanced code in a transcript explains both', async () => {
    const document = await open('swaks-unknown-user.smtp');
    const text = await hoverAt(document.uri, positionOf(document, /550 5\.1\.1/, '550'), /How to fix/);
    for (const part of ['550', '5.1.1', 'Description', 'When you see this code', 'How to fix']) {
      assert.ok(text.includes(part), `hover lacks "${part}":\n${text}`);
    }
    assert.match(text, /Bad destination mailbox address/i);
  });

  test('a Postfix log: the code in said: and the dsn= field', async () => {
    const document = await open('mail.log');
    assert.match(await hoverAt(document.uri, positionOf(document, /said: 550 5\.1\.1/, '550')), /550/);
    assert.match(await hoverAt(document.uri, positionOf(document, /dsn=4\.7\.1/, '4.7.1')), /4\.7\.1/);
  });

  test('a bounce .eml: the DSN Status: field', async () => {
    const document = await open('bounce-user-unknown.eml');
    const text = await hoverAt(document.uri, positionOf(document, /^Status: 5\.1\.1/, '5.1.1'), /5\.1\.1/);
    assert.match(text, /Bad destination mailbox address/i);
  });

  test('timestamps and PIDs in a log are not codes', async () => {
    const document = await open('mail.log');
    await hoverAt(document.uri, positionOf(document, /said: 550 5\.1\.1/, '550')); // the server is answering
    const line = positionOf(document, /said: 550 5\.1\.1/, 'Nov').line;
    const text = document.lineAt(line).text;
    for (const token of [text.match(/\d\d:\d\d:\d\d/)![0], text.match(/\[(\d+)\]/)![1]!]) {
      const position = new vscode.Position(line, text.indexOf(token) + 1);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
      assert.equal(markdownOf(hovers ?? []), '', `hover on "${token}"`);
    }
  });
});
