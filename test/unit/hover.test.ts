import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { createLanguageService, defaultSettings, type ServiceSettings } from '../../server/src/service';
import { corpusRoot, readCorpus } from '../support/corpus';
import { doc, positionOf } from '../support/documents';

const english = createLanguageService();
const korean = createLanguageService({ ...defaultSettings, locale: 'ko' } satisfies ServiceSettings);

function hoverText(service: typeof english, text: string, languageId: string, needle: string, nth = 0): string | null {
  const hover = service.hover(doc(text, languageId), positionOf(text, needle, nth));
  return hover ? (hover.contents as MarkupContent).value : null;
}

describe('hover', () => {
  const swaks = readCorpus(join(corpusRoot, 'transcripts', 'swaks_postfix_02_unknown_user.txt'));

  it('explains a reply and its enhanced code together, with how they combine', () => {
    const text = hoverText(english, swaks, 'smtp-transcript', '550 5.1.1');
    assert.ok(text);
    assert.match(text, /### 550 — /);
    assert.match(text, /### 5\.1\.1 — Bad destination mailbox address/);
    assert.match(text, /\*\*Description\*\*/);
    assert.match(text, /\*\*When you see this code\*\*/);
    assert.match(text, /\*\*How to fix\*\*/);
    assert.match(text, /\*\*How they combine\*\*/);
    assert.match(text, /rfc-editor\.org\/rfc\/rfc5321/);
  });

  it('hovering the enhanced code of a reply shows the same mention', () => {
    const onReply = english.hover(doc(swaks, 'smtp-transcript'), positionOf(swaks, '550 5.1.1'));
    const position = positionOf(swaks, '5.1.1 <nosuchuser');
    const onEnhanced = english.hover(doc(swaks, 'smtp-transcript'), { line: position.line, character: position.character + 2 });
    assert.deepEqual(onEnhanced?.range, onReply?.range);
  });

  it('speaks Korean when the locale is Korean', () => {
    const text = hoverText(korean, swaks, 'smtp-transcript', '550 5.1.1');
    assert.ok(text);
    for (const heading of ['설명', '이 코드를 보게 되는 경우', '해결 방법', '두 코드를 함께 읽는 법']) assert.ok(text.includes(heading), heading);
  });

  it('explains a code in a Postfix log, not the timestamp, PID or queue ID on the same line', () => {
    const log = readCorpus(join(corpusRoot, 'logs', 'postfix_maillog_file.log'));
    const line = 'Nov 28 10:44:29 mail postfix/smtpd[7960]: NOQUEUE: reject: RCPT from localhost[127.0.0.1]: 550 5.1.1';
    assert.ok(log.includes(line));
    assert.match(hoverText(english, log, 'mail-log', line.slice(-9)) ?? '', /5\.1\.1 — Bad destination mailbox address/);
    for (const needle of ['10:44:29', '7960', '127.0.0.1']) {
      const position = positionOf(log, line);
      const column = line.indexOf(needle);
      assert.equal(english.hover(doc(log, 'mail-log'), { line: position.line, character: column + 1 }), null, needle);
    }
  });

  it('explains the Status field of a bounce', () => {
    const eml = readCorpus(join(corpusRoot, 'eml', 'postfix_mbox_alice_07_undelivered-mail-returned-to-sender.eml'));
    assert.match(hoverText(english, eml, 'eml', 'Status: 5.1.1'.slice(8)) ?? '', /5\.1\.1 — /);
  });

  it('explains unregistered codes by their digits and says they are unregistered', () => {
    const text = '<** 599 5.7.606 Access denied, banned sending IP\n';
    const hover = hoverText(english, text, 'smtp-transcript', '599');
    assert.ok(hover);
    assert.match(hover, /599 — .*\(not registered\)/);
    assert.match(hover, /5\.7\.606 — .*\(not registered\)/);
    assert.match(hover, /first digit 5/);
  });

  it('links often-confused codes to the compare command only when the client runs commands', () => {
    const text = '<** 550 5.1.1 x\n';
    const plain = hoverText(english, text, 'smtp-transcript', '550') ?? '';
    assert.doesNotMatch(plain, /command:/);
    const linking = createLanguageService({ ...defaultSettings, hover: { ...defaultSettings.hover, commandLinks: true } });
    assert.match(hoverText(linking, text, 'smtp-transcript', '550') ?? '', /\(command:smtpLens\.compareCodes\?/);
  });

  it('stays silent in plain text that is not SMTP, and speaks in a pasted transcript', () => {
    assert.equal(hoverText(english, 'Room 550 at 10:30.\n', 'plaintext', '550'), null);
    assert.ok(hoverText(english, swaks, 'plaintext', '550 5.1.1'));
  });

  it('can be switched off', () => {
    const off = createLanguageService({ ...defaultSettings, hover: { ...defaultSettings.hover, enabled: false } });
    assert.equal(hoverText(off, swaks, 'smtp-transcript', '550 5.1.1'), null);
  });
});
