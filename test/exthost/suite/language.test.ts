import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, open } from './util';

suite('languages', () => {
  test('SMTP Lens is installed and activates on an SMTP document', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    await open('swaks-unknown-user.smtp');
    await extension.activate();
    assert.ok(extension.isActive);
  });

  test('the language is chosen by the file name', async () => {
    const expected: Record<string, string> = {
      'mail.log': 'mail-log',
      mainlog: 'mail-log',
      'swaks-unknown-user.smtp': 'smtp-transcript',
      'bounce-user-unknown.eml': 'eml',
    };
    for (const [name, language] of Object.entries(expected)) {
      assert.equal((await open(name)).languageId, language, name);
    }
  });
});
