import type { DocumentKind } from '../model';
import { looksLikeBounce, readHead } from './message';
import { postfixTag, sendmailTags } from './tags';

/** A line of a mail log: a syslog/journald/ISO timestamp prefix, or a journald JSON record. */
const logLine =
  /^(?:[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \S+ [\w/.@-]+(?:\[\d+\])?: |\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d[\d.,:+-Z]* |\{.*"MESSAGE"|\d{4}-\d\d-\d\dT[\d:.]+Z,(?:[^,]*,){7}[A-Z]+,\d+,)/;
const headerLine = /^[A-Za-z][\w-]*:[ \t]?\S?/;
const messageHeaders = /^(?:received|from|to|subject|date|message-id|return-path|mime-version|delivered-to|content-type|x-[\w-]+|envelope-to|delivery-date):/i;

/** Which software wrote a log, by the program names and shapes in its lines. */
const logFormats: readonly { readonly id: string; readonly signature: RegExp }[] = [
  { id: 'postfix', signature: new RegExp(String.raw`\b${postfixTag}\[\d+\]: |"SYSLOG_IDENTIFIER":"postfix\/`) },
  { id: 'exim', signature: /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? (?:\[\d+\] )?(?:\S+ (?:<=|=>|->|==|\*\*|Completed)|H=|.*\bexim\b)/ },
  { id: 'exim', signature: /\bexim4?\[\d+\]: / },
  { id: 'sendmail', signature: new RegExp(String.raw`\b(?:${sendmailTags})\[\d+\]: `) },
  { id: 'opensmtpd', signature: /\bsmtpd\[\d+\]: [0-9a-f]{16} (?:smtp|mta) / },
  { id: 'aiosmtpd', signature: /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ [A-Z]+ mail\.log: / },
  { id: 'exchange-tracking', signature: /^\d{4}-\d\d-\d\dT[\d:.]+Z,(?:[^,]*,){7}[A-Z]+,\d+,/ },
  { id: 'dovecot', signature: /\b(?:dovecot|auth|imap|lmtp|pop3|master)(?:\[\d+\])?: (?:Info|Warning|Error|Fatal|Panic): / },
];

export interface Detection {
  readonly kind: DocumentKind;
  readonly format: string;
  /** How sure the guess is: the share of sniffed non-empty lines that look like this kind (0–1). */
  readonly confidence: number;
}

/** Transcript formats by a telling line anywhere in the sniffed prefix, before counting prefixes. */
const transcriptMarkers: readonly { readonly id: string; readonly marker: RegExp }[] = [
  { id: 'exim-bh', marker: /^\*{4} SMTP testing session/m },
  { id: 'openssl', marker: /^CONNECTED\(\d+\)$/m },
  { id: 'tshark', marker: /^Simple Mail Transfer Protocol$/m },
  { id: 'posttls-finger', marker: /^posttls-finger: /m },
];

/**
 * Guesses the kind of a document from a bounded prefix of its lines. `transcriptVotes` are the per-format counts of
 * the transcript reader over the same lines (it knows the tools' prefixes).
 */
export function detect(lines: readonly string[], transcriptVotes: ReadonlyMap<string, number>): Detection {
  const nonEmpty = lines.filter((l) => l.trim() !== '');
  const total = Math.max(1, nonEmpty.length);
  const firstLines = nonEmpty.slice(0, 6);
  const headerish = firstLines.filter((l, i) => headerLine.test(l) || (i === 0 && /^From \S+ /.test(l)) || /^[ \t]/.test(l));
  if (headerish.length >= Math.min(3, firstLines.length) && firstLines.some((l) => messageHeaders.test(l))) {
    return { kind: 'message', format: messageFormat(lines, looksLikeBounce(readHead(lines))), confidence: 1 };
  }
  const logCount = nonEmpty.filter((l) => logLine.test(l)).length;
  let transcriptCount = 0;
  let best = 'bare';
  let bestVotes = 0;
  for (const [format, votes] of transcriptVotes) {
    transcriptCount += votes;
    if (format !== 'bare' && votes > bestVotes) {
      best = format;
      bestVotes = votes;
    }
  }
  if (logCount >= transcriptCount && logCount > 0) {
    return { kind: 'log', format: logFormat(nonEmpty), confidence: logCount / total };
  }
  const text = lines.join('\n');
  const marked = transcriptMarkers.find((m) => m.marker.test(text));
  const format = marked?.id ?? (bestVotes > 0 ? best : 'bare');
  return { kind: 'transcript', format, confidence: transcriptCount / total };
}

function logFormat(lines: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const format = logFormats.find((f) => f.signature.test(line));
    if (format) counts.set(format.id, (counts.get(format.id) ?? 0) + 1);
  }
  const json = lines.some((l) => l.startsWith('{'));
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  const id = best?.[0] ?? 'syslog';
  return json ? `${id}-journal-json` : id;
}

function messageFormat(lines: readonly string[], bounce: boolean): string {
  const text = lines.slice(0, 4000).join('\n');
  if (/^From \S+ .*\d{4}$[\s\S]*^From \S+ .*\d{4}$/m.test(text)) return 'mbox';
  if (/message\/delivery-status|report-type="?delivery-status/i.test(text)) return 'dsn';
  if (/^Transcript of session follows/m.test(text)) return 'postfix-notice';
  return bounce ? 'bounce' : 'rfc5322';
}
