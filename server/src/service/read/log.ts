import type { Mention } from '../model';
import { distinctMentions, enhancedMentionAt, replyMentionAt } from './reply-syntax';

/**
 * The places in a mail log line where a code stands, each a lookbehind that says so; the code itself starts where
 * the match ends. Reply codes are never taken from a bare number: PIDs, sizes, delays, ports and queue IDs stay out.
 */
const replyContexts: readonly RegExp[] = [
  // Postfix: "host mx[1.2.3.4] said: 550 5.1.1 …", "status=sent (250 2.0.0 Ok …)", "reject: RCPT from x[ip]: 550 …"
  /\bsaid: (?=\d{3}[ -])/g,
  /\bstatus=[a-z]+ \((?=\d{3}[ -])/g,
  /\b(?:reject|milter-reject|reject_warning|discard|hold|filter|redirect|warning): .*?\]: (?=\d{3}[ -])/g,
  // Exim: "SMTP error from remote mail server after RCPT TO:<x>: 550 …", "C=\"250 OK id=…\"", rejects in mainlog/rejectlog
  /\bSMTP error from remote (?:mail )?server (?:after|for) .*?: (?=\d{3}[ -])/g,
  /\bC="(?=\d{3}[ -])/g,
  /\b(?:rejected|refused) (?:RCPT|MAIL|EHLO|HELO|connection|after DATA|DATA|AUTH)\b.*?: (?=\d{3}[ -]\d\.)/g,
  // Sendmail: "reply=550 5.1.1 …", "stat=Deferred: 421 4.3.2 …"
  /\breply=(?=\d{3}[ -])/g,
  /\bstat=(?:[A-Za-z ]+: )?(?=\d{3}[ -])/g,
  // OpenSMTPD: stat="550 5.1.1 …", result="550 Invalid recipient …"
  /\b(?:stat|result)="(?=\d{3}[ -])/g,
  // aiosmtpd debug log: what the server sent
  /\) << b['"](?=\d{3}[ -])/g,
];

/** Enhanced codes that stand in a field of their own: Postfix/Sendmail dsn=, milter rejects with only an enhanced code. */
const enhancedContexts: readonly RegExp[] = [
  /\bdsn=(?=\d\.\d)/g,
  /\bmilter-reject: \S+ from .*?\]: (?=[245]\.\d)/g,
];

/** Finds the codes in every line of a mail log, by the fields that carry them. */
export function readLog(lines: readonly string[]): Mention[] {
  const mentions: Mention[] = [];
  lines.forEach((text, line) => {
    if (!/\d{3}|\d\.\d/.test(text)) return;
    const found: Mention[] = [];
    for (const context of replyContexts) {
      for (const match of text.matchAll(context)) {
        const mention = replyMentionAt(text, match.index + match[0].length, line, 'log');
        if (mention) found.push(mention);
      }
    }
    for (const context of enhancedContexts) {
      for (const match of text.matchAll(context)) {
        const mention = enhancedMentionAt(text, match.index + match[0].length, line, 'log');
        if (mention) found.push(mention);
      }
    }
    mentions.push(...distinctMentions(found));
  });
  return mentions;
}
