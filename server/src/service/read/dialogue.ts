import type { Command, Exchange, LineSpan, Mention, Reply, Session, Transaction } from '../model';
import type { TranscriptEvent } from './transcript';

/** SMTP commands (RFC 5321 §4.1 and the extensions people meet); other client lines are data or AUTH responses. */
const verbNames = [
  'HELO', 'EHLO', 'LHLO', 'MAIL', 'RCPT', 'DATA', 'BDAT', 'RSET', 'VRFY', 'EXPN', 'HELP', 'NOOP', 'QUIT',
  'STARTTLS', 'AUTH', 'ETRN', 'ATRN', 'TURN', 'XCLIENT', 'XFORWARD', 'BURL',
];
const verbs = new RegExp(`^(${verbNames.join('|')})\\b`, 'i');
/** Each command keeps one of these strings as its verb, not a copy of its own (a capture holds tens of thousands). */
const verbOf = new Map(verbNames.map((verb) => [verb, verb]));

type ClientEvent = Extract<TranscriptEvent, { side: 'client' }>;

/** The end of DATA content: a line holding only ".", or a tool's one-line dump of the content ending in CRLF "." */
const endsData = /^\.$|\\r\\n\.$/;

/** Replies a server sends on connecting (RFC 5321 §3.1, §4.3.1): a greeting answers no command. */
const greetings = /^(220|421|554)$/;

interface Builder {
  readonly start: number;
  readonly exchanges: Exchange[];
  /** Replies so far: the first one may be a greeting. */
  replies: number;
  /** The server said goodbye (221 to QUIT, or 421): a greeting after this opens the next session. */
  closed: boolean;
}

/** Message content the client sent after a 354 or inside a BDAT chunk, attached to that command's exchange. */
interface Content {
  readonly start: number;
  end: number;
  terminated: boolean;
}

/**
 * Builds the dialogue from what each side sent: multi-line replies grouped, commands paired with replies in order
 * (pipelined replies come back in command order, RFC 2920 §3.1), DATA and BDAT content, sessions and transactions.
 * A greeting, the verdict on data whose "." the tool does not show, and unsolicited replies have no command; commands
 * the server never answered (timeouts, dropped connections) have no reply.
 */
export function buildSessions(events: readonly TranscriptEvent[]): Session[] {
  const dialogue = startDialogue();
  for (const event of events) dialogue.add(event);
  return dialogue.finish();
}

/** What buildSessions does, one event at a time, so that a reader can ask where a new session starts afresh. */
export interface Dialogue {
  add(event: TranscriptEvent): void;
  /**
   * True when a reply with this code, coming next, would open a new session and nothing before it would carry over:
   * no reply still open, no DATA content or BDAT chunk being read, and the session so far closed by it. Reading the
   * events from this reply on with a new Dialogue then gives the same sessions.
   */
  opensAfresh(code: string): boolean;
  /** The sessions, once every event was added. */
  finish(): Session[];
}

export function startDialogue(): Dialogue {
  const sessions: Session[] = [];
  let session = null as Builder | null;
  const pending: Command[] = [];
  const contents = new Map<Command, Content>();
  const open: Mention[] = [];
  /** DATA content being sent (after 354, until "."), or the bytes still owed to a BDAT chunk. */
  let data = null as { content: Content; index: number; builder: Builder } | null;
  let chunk = null as { command: Command; content: Content; remaining: number; lines: ClientEvent[] } | null;

  /** The DATA exchange gets its content once the "." (or a reply, or the end of the text) closes it. */
  const closeData = (terminated: boolean): void => {
    if (!data) return;
    const { content, index, builder } = data;
    content.terminated = terminated;
    const owner = builder.exchanges[index]!;
    builder.exchanges[index] = exchangeOf(owner.command, owner.reply, content);
    data = null;
  };

  const current = (line: number): Builder => (session ??= { start: line, exchanges: [], replies: 0, closed: false });

  const closeSession = (): void => {
    closeData(false);
    if (!session) return;
    for (const command of pending.splice(0)) session.exchanges.push(exchangeOf(command, null, contents.get(command)));
    if (session.exchanges.length > 0) sessions.push(finishSession(session));
    session = null;
    chunk = null;
  };

  const finishReply = (complete: boolean): void => {
    // A copy of its own length: most replies are one line, and an array grown by push keeps room for 17.
    const reply = toReply(open.slice(), complete);
    open.length = 0;
    // A reply while the content is still open and nothing is pending: the tool does not show the "." line.
    if (data && pending.length === 0) closeData(data.content.end < data.content.start);
    const builder = current(reply.span.start);
    // A new greeting opens the next session: after the server said goodbye, or a 220 nobody asked for.
    if (builder.replies > 0 && greetings.test(reply.code) && (builder.closed || (reply.code === '220' && pending.length === 0))) {
      closeSession();
    }
    const target = current(reply.span.start);
    const isGreeting = target.replies === 0 && greetings.test(reply.code);
    const command = isGreeting ? null : (pending.shift() ?? null);
    target.exchanges.push(exchangeOf(command, reply, command ? contents.get(command) : undefined));
    target.replies++;
    if (command?.verb === 'QUIT' || reply.code === '421' || (command === null && reply.code === '221')) target.closed = true;
    if (command?.verb === 'DATA' && reply.code === '354') {
      const content = { start: reply.span.end + 1, end: reply.span.end, terminated: false };
      data = { content, index: target.exchanges.length - 1, builder: target };
    }
  };

  const client = (event: ClientEvent): void => {
    if (open.length > 0) finishReply(false);
    current(event.line);
    if (chunk) {
      chunk.content.end = event.line;
      chunk.remaining -= event.text.length + 2;
      chunk.lines.push(event);
      if (chunk.remaining <= 0) chunk = null;
      return;
    }
    if (data) {
      if (endsData.test(event.text)) {
        if (event.text !== '.') data.content.end = event.line;
        closeData(true);
        pending.push({ line: event.line, character: event.character, verb: '.', text: '.' });
      } else {
        data.content.end = event.line;
      }
      return;
    }
    const named = verbs.exec(event.text)?.[1];
    const verb = named === undefined ? '' : verbOf.get(named.toUpperCase())!;
    const command: Command = { line: event.line, character: event.character, verb, text: event.text };
    pending.push(command);
    const size = verb === 'BDAT' ? /^BDAT\s+(\d+)/i.exec(event.text)?.[1] : undefined;
    if (size !== undefined && Number(size) > 0) {
      const content: Content = { start: event.line + 1, end: event.line, terminated: true };
      contents.set(command, content);
      chunk = { command, content, remaining: Number(size), lines: [] };
    }
  };

  const add = (event: TranscriptEvent): void => {
    if (event.side === 'client') {
      client(event);
      return;
    }
    if (event.side === 'silence') {
      const unanswered = pending.shift();
      if (unanswered) current(event.line).exchanges.push(exchangeOf(unanswered, null, contents.get(unanswered)));
      return;
    }
    if (chunk) {
      // The server answers before the chunk's bytes were all shown: the tool does not show chunk data (exim -v),
      // so the lines taken for data were commands.
      const replay = chunk.lines;
      contents.delete(chunk.command);
      chunk = null;
      replay.forEach(client);
    }
    open.push(event.mention);
    if (!event.continues) finishReply(true);
  };

  // The same test as finishReply's, on a state with nothing half-read.
  const opensAfresh = (code: string): boolean =>
    open.length === 0 &&
    data === null &&
    chunk === null &&
    session !== null &&
    session.replies > 0 &&
    greetings.test(code) &&
    (session.closed || (code === '220' && pending.length === 0));

  const finish = (): Session[] => {
    if (open.length > 0) finishReply(false);
    closeSession();
    return sessions;
  };
  return { add, opensAfresh, finish };
}

function exchangeOf(command: Command | null, reply: Reply | null, content: Content | undefined): Exchange {
  // Content with no line (a "." right after 354, or the text ends there) starts past its end: it spans nothing.
  const sent = content && content.end >= content.start ? content : undefined;
  const lines = [command?.line, reply?.span.start, reply?.span.end, sent?.start, sent?.end].filter((l): l is number => l !== undefined);
  const span = { start: Math.min(...lines), end: Math.max(...lines) };
  if (!sent) return { command, reply, span };
  return { command, reply, content: { span: { start: sent.start, end: sent.end }, terminated: sent.terminated }, span };
}

function toReply(lines: readonly Mention[], complete: boolean): Reply {
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  return {
    span: { start: first.line, end: last.line },
    code: first.reply!.code,
    enhanced: lines.find((l) => l.enhanced)?.enhanced?.code ?? null,
    lines,
    complete,
  };
}

/**
 * The lines of `around` and of the exchanges, first to last. Pipelined commands (RFC 2920) are answered after the last
 * is sent, so an earlier exchange can end after a later one. A loop, not Math.min(...spread): a session of a large
 * transcript has more exchanges than a call has arguments.
 */
function spanOver(exchanges: readonly Exchange[], around: LineSpan): LineSpan {
  let { start, end } = around;
  for (const { span } of exchanges) {
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  return { start, end };
}

function finishSession(builder: Builder): Session {
  const exchanges = builder.exchanges;
  const span = spanOver(exchanges, { start: builder.start, end: builder.start });
  return { exchanges: exchanges.slice(), transactions: transactionsOf(exchanges), span };
}

/** MAIL starts a transaction; RSET, HELO/EHLO, QUIT, a new MAIL, or the verdict on the message ends it. */
function transactionsOf(exchanges: readonly Exchange[]): Transaction[] {
  const transactions: Transaction[] = [];
  let current: Exchange[] | null = null;
  const close = (): void => {
    if (current && current.length > 0) transactions.push({ exchanges: current, span: spanOver(current, current[0]!.span) });
    current = null;
  };
  let sawData = false;
  for (const exchange of exchanges) {
    const verb = exchange.command?.verb;
    if (verb === 'MAIL') {
      close();
      current = [];
      sawData = false;
    }
    if (verb === 'RSET' || verb === 'QUIT' || verb === 'HELO' || verb === 'EHLO') {
      close();
      continue;
    }
    if (!current) continue;
    current.push(exchange);
    if (verb === 'DATA' && exchange.reply?.code === '354') {
      sawData = true;
      continue;
    }
    const verdict = sawData && (verb === '.' || exchange.command === null);
    const lastChunk = verb === 'BDAT' && /\bLAST\b/i.test(exchange.command!.text);
    if (verdict || lastChunk || (verb === 'DATA' && exchange.reply !== null)) close();
  }
  close();
  return transactions;
}
