import type { Mention } from '../model';
import { firstMatch, firstOf, type FirstOf } from './first-match';
import { replyMentionAt } from './reply-syntax';

type Direction = 'server' | 'client';

/**
 * A line shape of a transcript tool: the prefix it writes before what one side sent. `continues` shapes only count
 * right after a server line (exim -v's 9-space and PHPMailer's tab-indented continuation lines). `block` shapes are
 * headers that set the direction of the bare lines below them (socat -v, tshark follow). `summary` shapes repeat a
 * reply the tool already showed line by line (smtplib's "retcode (550)", curl's "RCPT failed: 550"): a mention, but
 * not another reply in the dialogue. `note` shapes are the tool's own messages, from neither side; `silence` shapes
 * say that the server did not answer in time. `by-shape` lines carry either side, told apart by the payload's shape
 * (Exchange protocol logs write `<` and `>` from their own point of view, which flips between receive and send logs).
 */
interface LineShape {
  readonly format: string;
  readonly prefix: RegExp;
  readonly direction: Direction;
  readonly kind?: 'continues' | 'block' | 'summary' | 'note' | 'silence' | 'by-shape';
}

/** A word in either case, as a pattern without the i flag: the shapes are joined into one pattern (see firstOf). */
function eitherCase(word: string): string {
  return [...word].map((c) => `[${c.toUpperCase()}${c.toLowerCase()}]`).join('');
}

const sendmailVerbs = ['HELO', 'EHLO', 'LHLO', 'MAIL', 'RCPT', 'DATA', 'BDAT', 'QUIT', 'RSET', 'NOOP', 'VRFY', 'EXPN', 'STARTTLS', 'AUTH']
  .map(eitherCase)
  .join('|');

const shapes: readonly LineShape[] = [
  { format: 'swaks', prefix: /^<\*\* Timeout \(\d+ secs\) waiting for server response/, direction: 'server', kind: 'silence' },
  { format: 'msmtp', prefix: /^<-- /, direction: 'server' },
  { format: 'msmtp', prefix: /^--> /, direction: 'client' },
  { format: 'msmtp', prefix: /^msmtp: server message: /, direction: 'server', kind: 'summary' },
  { format: 'swaks', prefix: /^<[-~*]{1,3} {1,2}/, direction: 'server' },
  { format: 'swaks', prefix: /^ ?[-~*]{1,3}> /, direction: 'client' },
  { format: 'socat', prefix: /^< \d{4}\/\d\d\/\d\d [\d:.]+ +length=\d+/, direction: 'server', kind: 'block' },
  { format: 'socat', prefix: /^\d{4}\/\d\d\/\d\d [\d:.]+ socat\[\d+\] [A-Z] /, direction: 'client', kind: 'note' },
  { format: 'socat', prefix: /^> \d{4}\/\d\d\/\d\d [\d:.]+ +length=\d+/, direction: 'client', kind: 'block' },
  { format: 'curl', prefix: /^< /, direction: 'server' },
  { format: 'curl', prefix: /^> /, direction: 'client' },
  { format: 'curl', prefix: /^\* [A-Z]+ failed: (?=\d{3}$)/, direction: 'server', kind: 'summary' },
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
  { format: 'smtplib', prefix: /^(?:[\d:.]+ )?reply: retcode \((?=\d{3}\))/, direction: 'server', kind: 'summary' },
  { format: 'smtplib', prefix: /^\((?=\d{3}, b['"])/, direction: 'server', kind: 'summary' },
  { format: 'smtplib', prefix: /^data: \((?=\d{3}, b['"])/, direction: 'server', kind: 'summary' },
  { format: 'smtplib', prefix: /^(?:[\d:.]+ )?send: b?['"]/, direction: 'client' },
  { format: 'aiosmtpd', prefix: /\) << b['"]/, direction: 'server' },
  { format: 'aiosmtpd', prefix: /\) >> b['"]/, direction: 'client' },
  { format: 'postfix-notice', prefix: /^ ?Out: /, direction: 'server' },
  { format: 'postfix-notice', prefix: /^ ?In: +/, direction: 'client' },
  { format: 'sendmail-transcript', prefix: /^<<< /, direction: 'server' },
  { format: 'sendmail-transcript', prefix: new RegExp(`^>>> (?=(?:${sendmailVerbs})\\b)`), direction: 'client' },
  { format: 'tshark', prefix: /^ {4}Response: /, direction: 'server' },
  { format: 'tshark', prefix: /^ {4}Command Line: /, direction: 'client' },
  { format: 'tshark-follow', prefix: /^\t\d+$/, direction: 'server', kind: 'block' },
  { format: 'tshark-follow', prefix: /^\d+$/, direction: 'client', kind: 'block' },
  { format: 'exchange-protocol', prefix: /^\d{4}-\d\d-\d\dT[\d:.]+Z?,(?:[^,]*,){5}[<>],"?/, direction: 'client', kind: 'by-shape' },
  { format: 'exchange-protocol', prefix: /^\d{4}-\d\d-\d\dT[\d:.]+Z?,(?:[^,]*,){5}[*+-],/, direction: 'client', kind: 'note' },
  { format: 'cs-notation', prefix: /^\s*(?:S|Server|SERVER): ?/, direction: 'server' },
  { format: 'cs-notation', prefix: /^\s*(?:C|Client|CLIENT): ?/, direction: 'client' },
];

/** The shapes tried in turn, the first to match winning: all of them right after a server line, else all but `continues`. */
const afterServer = shapesOf(shapes);
const afterOther = shapesOf(shapes.filter((shape) => shape.kind !== 'continues'));

function shapesOf(list: readonly LineShape[]): { readonly list: readonly LineShape[]; readonly first: FirstOf } {
  return { list, first: firstOf(list.map((shape) => shape.prefix)) };
}

/**
 * A reply line with no prefix at all (nc, telnet, openssl s_client, exim -bh, socat and tshark server blocks): the
 * code, then one space or hyphen (RFC 5321 §4.2), never a column of numbers such as curl's progress meter.
 */
const bareReply = /^(?=\d{3}(?:[ -](?! )|$))/;
const replyShape = /^\d{3}(?:[ -]|$)/;

/** What one side sent, in document order: the material the dialogue is built from. */
export type TranscriptEvent =
  | { readonly side: 'server'; readonly mention: Mention; readonly continues: boolean }
  /** The tool says the server never answered (a timeout): the oldest pending command stays unanswered. */
  | { readonly side: 'silence'; readonly line: number }
  | { readonly side: 'client'; readonly line: number; readonly character: number; readonly text: string };

export interface TranscriptReading {
  readonly mentions: Mention[];
  readonly events: TranscriptEvent[];
  /** How many lines each format's shapes matched, to name the format. */
  readonly votes: Map<string, number>;
}

/** The text a client line carries, without the tool's quoting: smtplib's b'…\\r\\n', socat's literal \\r. */
function clientText(text: string, start: number): string {
  let end = text.length;
  if (/^\d{4}-\d\d-\d\dT/.test(text)) end = text.search(/"?,[^,]*$/);
  const quoted = /(?:\\r)?(?:\\n)?['"]$/.exec(text);
  if (/^(?:[\d:.]+ )?send: b?['"]/.test(text) && quoted) end = quoted.index;
  else if (text.endsWith('\\r')) end -= 2;
  return text.slice(start, end);
}

/** What one line of a transcript gave: a mention and/or an event, and whether the reply is trusted (see below). */
export interface LineReading {
  readonly mention: Mention | null;
  readonly event: TranscriptEvent | null;
  /** A reply on a line with no prefix, outside any block: only trusted when the tool writes no prefix for server lines at all. */
  readonly bare: boolean;
}

/**
 * Reads a transcript line by line. What a line is depends on the lines before it only through `block` (the direction
 * of the last socat/tshark block header) and `previous` (the side of the last line, for continuation shapes), so a
 * reading can be resumed, and two readings compared by that state.
 */
export class TranscriptLines {
  private block: Direction | null = null;
  private previous: Direction | null = null;
  /** How many lines each format's shapes matched, to name the format. */
  readonly votes = new Map<string, number>();

  /** Reads one line; null when it carries nothing from either side. */
  read(text: string, line: number): LineReading | null {
    const { list, first } = this.previous === 'server' ? afterServer : afterOther;
    const match = firstMatch(text, first);
    const shape = match ? list[match.index] : undefined;
    let direction: Direction | null = null;
    let payload = -1;
    let event: TranscriptEvent | null = null;
    if (shape && match) {
      this.votes.set(shape.format, (this.votes.get(shape.format) ?? 0) + 1);
      if (shape.kind === 'block') {
        this.block = shape.direction;
      } else if (shape.kind === 'silence') {
        event = { side: 'silence', line };
      } else if (shape.kind !== 'note') {
        payload = match.end;
        direction = shape.kind === 'by-shape' && replyShape.test(text.slice(payload)) ? 'server' : shape.direction;
      }
    } else if (this.block === 'client' && text !== '') {
      direction = 'client';
      payload = 0;
    } else if (this.block !== 'client' && bareReply.test(text)) {
      direction = 'server';
      payload = 0;
      this.votes.set('bare', (this.votes.get('bare') ?? 0) + 1);
    }
    let mention: Mention | null = null;
    let bare = false;
    if (direction === 'server') {
      mention = replyMentionAt(text, payload, line, 'reply');
      if (mention) {
        bare = shape === undefined && this.block === null;
        if (shape?.kind !== 'summary') event = { side: 'server', mention, continues: text[payload + 3] === '-' };
      }
    } else if (direction === 'client') {
      event = { side: 'client', line, character: payload, text: clientText(text, payload) };
    }
    this.previous = shape?.kind === 'block' ? this.previous : direction;
    return mention || event ? { mention, event, bare } : null;
  }

  /** True when the lines after this point read the same in both readings. */
  sameState(other: TranscriptLines): boolean {
    return this.block === other.block && this.previous === other.previous;
  }
}

/** Finds every server reply in a dialogue, and what the client sent, whatever tool wrote it. */
export function readTranscript(lines: readonly string[]): TranscriptReading {
  const mentions: Mention[] = [];
  const events: TranscriptEvent[] = [];
  const bare: Mention[] = [];
  const bareEvents = new Set<TranscriptEvent>();
  const reader = new TranscriptLines();
  lines.forEach((text, line) => {
    const read = reader.read(text, line);
    if (read?.mention) (read.bare ? bare : mentions).push(read.mention);
    if (read?.event) {
      events.push(read.event);
      if (read.bare) bareEvents.add(read.event);
    }
  });
  const prefixed = mentions.length > 0;
  return {
    mentions: prefixed ? mentions : bare,
    events: prefixed ? events.filter((e) => !bareEvents.has(e)) : events,
    votes: reader.votes,
  };
}
