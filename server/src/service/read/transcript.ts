import type { Mention } from '../model';
import { replyMentionAt } from './reply-syntax';

type Direction = 'server' | 'client';

/**
 * A line shape of a transcript tool: the prefix it writes before what one side sent. `continues` shapes only count
 * right after a server line (exim -v's 9-space and PHPMailer's tab-indented continuation lines). `block` shapes are
 * headers that set the direction of the bare lines below them (socat -v, tshark follow).
 */
interface LineShape {
  readonly format: string;
  readonly prefix: RegExp;
  readonly direction: Direction;
  readonly kind?: 'continues' | 'block';
}

const shapes: readonly LineShape[] = [
  { format: 'msmtp', prefix: /^<-- /, direction: 'server' },
  { format: 'msmtp', prefix: /^--> /, direction: 'client' },
  { format: 'msmtp', prefix: /^msmtp: server message: /, direction: 'server' },
  { format: 'swaks', prefix: /^<[-~*]{1,3} {1,2}/, direction: 'server' },
  { format: 'swaks', prefix: /^ ?[-~*]{1,3}> /, direction: 'client' },
  { format: 'socat', prefix: /^< \d{4}\/\d\d\/\d\d [\d:.]+ +length=\d+/, direction: 'server', kind: 'block' },
  { format: 'socat', prefix: /^> \d{4}\/\d\d\/\d\d [\d:.]+ +length=\d+/, direction: 'client', kind: 'block' },
  { format: 'curl', prefix: /^< /, direction: 'server' },
  { format: 'curl', prefix: /^> /, direction: 'client' },
  { format: 'curl', prefix: /^\* [A-Z]+ failed: (?=\d{3}$)/, direction: 'server' },
  { format: 'exim-v', prefix: /^ {2}SMTP<< /, direction: 'server' },
  { format: 'exim-v', prefix: /^ {2}SMTP(?:>>|\|>|\+>) /, direction: 'client' },
  { format: 'exim-v', prefix: /^ {9}(?=\d{3}[ -])/, direction: 'server', kind: 'continues' },
  { format: 'posttls-finger', prefix: /^posttls-finger: < /, direction: 'server' },
  { format: 'posttls-finger', prefix: /^posttls-finger: > /, direction: 'client' },
  { format: 'nodemailer', prefix: /^\[[^\]]+\] [A-Z]+ +\[[^\]]+\] S: /, direction: 'server' },
  { format: 'nodemailer', prefix: /^\[[^\]]+\] [A-Z]+ +\[[^\]]+\] C: /, direction: 'client' },
  { format: 'phpmailer', prefix: /^(?:\S+ \S+\t)?SERVER -> CLIENT: /, direction: 'server' },
  { format: 'phpmailer', prefix: /^(?:\S+ \S+\t)?CLIENT -> SERVER: /, direction: 'client' },
  { format: 'phpmailer', prefix: /^ +\t +(?=\d{3}[ -])/, direction: 'server', kind: 'continues' },
  { format: 'smtplib', prefix: /^(?:[\d:.]+ )?reply: b?['"]/, direction: 'server' },
  { format: 'smtplib', prefix: /^(?:[\d:.]+ )?reply: retcode \((?=\d{3}\))/, direction: 'server' },
  { format: 'smtplib', prefix: /^\((?=\d{3}, b['"])/, direction: 'server' },
  { format: 'smtplib', prefix: /^(?:[\d:.]+ )?send: b?['"]/, direction: 'client' },
  { format: 'aiosmtpd', prefix: /\) << b['"]/, direction: 'server' },
  { format: 'aiosmtpd', prefix: /\) >> b['"]/, direction: 'client' },
  { format: 'postfix-notice', prefix: /^ ?Out: /, direction: 'server' },
  { format: 'postfix-notice', prefix: /^ ?In: +/, direction: 'client' },
  { format: 'sendmail-transcript', prefix: /^<<< /, direction: 'server' },
  { format: 'sendmail-transcript', prefix: /^>>> /, direction: 'client' },
  { format: 'tshark', prefix: /^ {4}Response: /, direction: 'server' },
  { format: 'tshark', prefix: /^ {4}Command Line: /, direction: 'client' },
  { format: 'tshark-follow', prefix: /^\t\d+$/, direction: 'server', kind: 'block' },
  { format: 'tshark-follow', prefix: /^\d+$/, direction: 'client', kind: 'block' },
  { format: 'cs-notation', prefix: /^\s*(?:S|Server|SERVER): ?/, direction: 'server' },
  { format: 'cs-notation', prefix: /^\s*(?:C|Client|CLIENT): ?/, direction: 'client' },
];

/**
 * A reply line with no prefix at all (nc, telnet, openssl s_client, exim -bh, socat and tshark server blocks): the
 * code, then one space or hyphen (RFC 5321 §4.2), never a column of numbers such as curl's progress meter.
 */
const bareReply = /^(?=\d{3}(?:[ -](?! )|$))/;

export interface TranscriptReading {
  readonly mentions: Mention[];
  /** How many lines each format's shapes matched, to name the format. */
  readonly votes: Map<string, number>;
}

/** Finds every server reply in a dialogue, whatever tool wrote it. */
export function readTranscript(lines: readonly string[]): TranscriptReading {
  const mentions: Mention[] = [];
  /** Replies on lines with no prefix: only trusted when the tool writes no prefix for server lines at all. */
  const bare: Mention[] = [];
  const votes = new Map<string, number>();
  let block: Direction | null = null;
  let previous: Direction | null = null;
  lines.forEach((text, line) => {
    let shape: LineShape | undefined;
    let match: RegExpExecArray | null = null;
    for (const candidate of shapes) {
      if (candidate.kind === 'continues' && previous !== 'server') continue;
      match = candidate.prefix.exec(text);
      if (match) {
        shape = candidate;
        break;
      }
    }
    let direction: Direction | null = null;
    let payload = -1;
    if (shape && match) {
      votes.set(shape.format, (votes.get(shape.format) ?? 0) + 1);
      if (shape.kind === 'block') {
        block = shape.direction;
      } else {
        direction = shape.direction;
        payload = match.index + match[0].length;
      }
    } else if (block !== 'client' && bareReply.test(text)) {
      direction = 'server';
      payload = 0;
      votes.set('bare', (votes.get('bare') ?? 0) + 1);
    }
    if (direction === 'server') {
      const mention = replyMentionAt(text, payload, line, 'reply');
      if (mention) (shape || block ? mentions : bare).push(mention);
    }
    previous = shape?.kind === 'block' ? previous : direction;
  });
  const prefixed = mentions.length > 0;
  return { mentions: prefixed ? mentions : bare, votes };
}
