import type { Mention } from '../model';
import { distinctMentions, enhancedMentionAt, replyMentionAt } from './reply-syntax';

/** The top-level header fields of a message, unfolded, with the line where the body starts. */
export interface MessageHead {
  readonly fields: ReadonlyMap<string, string>;
  readonly bodyLine: number;
}

export function readHead(lines: readonly string[]): MessageHead {
  const fields = new Map<string, string>();
  let name: string | null = null;
  let line = 0;
  for (; line < lines.length; line++) {
    const text = lines[line]!;
    if (text === '') break;
    if (/^[ \t]/.test(text) && name) {
      fields.set(name, `${fields.get(name)!} ${text.trim()}`);
      continue;
    }
    const colon = text.indexOf(':');
    if (colon <= 0) continue;
    name = text.slice(0, colon).trim().toLowerCase();
    if (!fields.has(name)) fields.set(name, text.slice(colon + 1).trim());
  }
  return { fields, bodyLine: line + 1 };
}

const bounceSender = /mailer-daemon|postmaster|mail delivery|mail administrator|mdaemon|mailerdaemon/i;
const bounceSubject =
  /undeliver|delivery (?:status|fail|notification|report|problem)|returned mail|failure notice|mail delivery failed|non-?delivery|not (?:be )?delivered|could not send|delayed|warning: message|rejected|bounce|mail system error|failed|postfix smtp server errors/i;

/** A report (RFC 3464/6522) or a bounce that says so in its sender or subject. */
export function looksLikeBounce(head: MessageHead): boolean {
  const type = head.fields.get('content-type') ?? '';
  if (/multipart\/report/i.test(type)) return true;
  return bounceSender.test(head.fields.get('from') ?? '') || bounceSubject.test(head.fields.get('subject') ?? '');
}

/** DSN fields (RFC 3464 §2.3.4, §2.3.6), wherever the delivery-status part sits. */
const statusField = /^(?:Status|X-Postfix-Status)[ \t]*:[ \t]*(?=\d\.\d)/i;
const diagnosticField = /^Diagnostic-Code[ \t]*:[ \t]*[\w-]+[ \t]*;[ \t]*(?=\d{3}[ -])/i;

/** In a bounce's human-readable text: a reply code with its enhanced code, anywhere ("#550 5.1.1", "'550-5.7.1"). */
const replyWithEnhanced = /(?<![\w.-])(?=[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}(?![\d.]))/g;
/** Quoting phrases MTAs put before a remote reply. */
const quotedReply =
  /(?:\bsaid|\breplied|\breturned|\bresponse(?: was)?|\breply(?: was)?|\banswered|\bSMTP error from remote (?:mail )?server (?:after|for) .*?)[:=]? ['"(]?(?=[245]\d\d(?:[ -]|$))/gi;
/** A reply at the start of a line, as transcripts in bounces write it ("<<< 550 …", "Out: 550 …", "    550 5.1.1 …"). */
const lineStartReply = /^[ \t]*(?:<<< ?|Out: |Remote-MTA said: )?(?=[245]\d\d(?:[ -][^\s]|$))/;
/** An enhanced code standing alone in a bounce's text ("#5.1.1", "(5.7.1)"): classes 2/4/5, subjects 0–7. */
const lonelyEnhanced = /(?<![\w.-])(?=[245]\.[0-7]\.\d{1,3}(?![\w.]))/g;

/** Finds the codes of a message: DSN fields anywhere, and in bounces the replies their text quotes. */
export function readMessage(lines: readonly string[], head: MessageHead = readHead(lines)): Mention[] {
  const bounce = looksLikeBounce(head);
  const mentions: Mention[] = [];
  lines.forEach((text, line) => {
    if (!/\d/.test(text)) return;
    const found: Mention[] = [];
    const add = (m: Mention | null): void => {
      if (m) found.push(m);
    };
    const status = statusField.exec(text);
    if (status) add(enhancedMentionAt(text, status[0].length, line, 'dsn'));
    const diagnostic = diagnosticField.exec(text);
    if (diagnostic) add(replyMentionAt(text, diagnostic[0].length, line, 'dsn'));
    if (bounce && line >= head.bodyLine && !status) {
      const context = diagnostic ? 'dsn' : 'bounce';
      for (const m of text.matchAll(replyWithEnhanced)) add(replyMentionAt(text, m.index, line, context));
      for (const m of text.matchAll(quotedReply)) add(replyMentionAt(text, m.index + m[0].length, line, context));
      const start = lineStartReply.exec(text);
      if (start) add(replyMentionAt(text, start[0].length, line, context));
      for (const m of text.matchAll(lonelyEnhanced)) add(enhancedMentionAt(text, m.index, line, context));
    }
    mentions.push(...distinctMentions(found));
  });
  return mentions;
}
