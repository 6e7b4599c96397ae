import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import type { Locale } from '../../knowledge';
import { t } from '../l10n';
import { toEnd } from '../slices';
import type { DocumentItems, DocumentModel, Exchange, LineSpan, LogEntry, MessageModel, MessagePart, Session, Transaction } from '../model';

/** Whole-line ranges need each line's length; the service hands them over with the model. */
export type LineLength = (line: number) => number;

export interface OutlineOptions {
  readonly locale: Locale;
  readonly length: LineLength;
  /** Symbols at most, children included (smtpLens.outline.maxItems); one more then says where the outline stops. */
  readonly maxItems: number;
  /** The sessions and messages, read one part at a time as the outline takes them. */
  readonly items: DocumentItems;
}

/**
 * How many symbols may still be made. The outline of a day's log or of a long capture holds tens of thousands of
 * items: past a few thousand it helps no one to scroll, and the editor waits for all of it to be built and sent.
 */
class Budget {
  /** The first item left out, if one was. */
  firstLeftOut: LineSpan | undefined;
  constructor(private left: number) {}
  take(item: { readonly span: LineSpan }): boolean {
    if (this.left > 0) {
      this.left--;
      return true;
    }
    this.firstLeftOut ??= item.span;
    return false;
  }
}

function lineRange(span: LineSpan, length: LineLength): Range {
  return { start: { line: span.start, character: 0 }, end: { line: span.end, character: length(span.end) } };
}

/**
 * An empty detail and no children are left out, as LSP allows: a log's outline is thousands of leaves, and every byte
 * of it is sent, then parsed by the client before the answers behind it (a 50 MB log's 5,001 symbols: 1.37 → 1.30 MB of JSON).
 */
function documentSymbol(name: string, detail: string, kind: SymbolKind, range: Range, selectionRange: Range, children: DocumentSymbol[]): DocumentSymbol {
  const made: DocumentSymbol = { name, kind, range, selectionRange };
  if (detail) made.detail = detail;
  if (children.length > 0) made.children = children;
  return made;
}

function symbol(name: string, detail: string, kind: SymbolKind, span: LineSpan, length: LineLength, children: DocumentSymbol[] = []): DocumentSymbol {
  const range = lineRange(span, length);
  const selectionRange = lineRange({ start: span.start, end: span.start }, length);
  return documentSymbol(name.trim() || '…', detail, kind, range, selectionRange, children);
}

/** "550 5.1.1", "250", or "(no reply)". */
function verdict(exchange: Exchange, locale: Locale): string {
  const reply = exchange.reply;
  if (!reply) return t(locale, 'outlineNoReply');
  return reply.enhanced ? `${reply.code} ${reply.enhanced}` : reply.code;
}

function exchangeSymbol(exchange: Exchange, locale: Locale, length: LineLength): DocumentSymbol {
  const command = exchange.command;
  const said =
    command === null
      ? t(locale, exchange.reply && /^(220|421|554)$/.test(exchange.reply.code) ? 'outlineGreeting' : 'outlineUnsolicited')
      : command.verb === '.'
        ? t(locale, 'outlineEndOfData')
        : command.verb === ''
          ? t(locale, 'outlineClientData')
          : truncate(command.text, 60);
  const failed = exchange.reply !== null && /^[45]/.test(exchange.reply.code);
  return symbol(`${said} → ${verdict(exchange, locale)}`, '', failed ? SymbolKind.Event : SymbolKind.Method, exchange.span, length);
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The symbols `make` gives for `items` while the budget lasts. */
function within<T extends { readonly span: LineSpan }>(items: Iterable<T>, budget: Budget, make: (item: T) => DocumentSymbol): DocumentSymbol[] {
  const made: DocumentSymbol[] = [];
  for (const item of items) {
    if (!budget.take(item)) break;
    made.push(make(item));
  }
  return made;
}

function transactionSymbol(transaction: Transaction, index: number, locale: Locale, length: LineLength, budget: Budget): DocumentSymbol {
  const mail = transaction.exchanges.find((e) => e.command?.verb === 'MAIL')?.command?.text ?? '';
  const last = transaction.exchanges[transaction.exchanges.length - 1]!;
  const children = within(transaction.exchanges, budget, (e) => exchangeSymbol(e, locale, length));
  return symbol(`${t(locale, 'outlineTransaction', String(index + 1))} ${truncate(mail, 60)}`, verdict(last, locale), SymbolKind.Struct, transaction.span, length, children);
}

function sessionSymbol(session: Session, index: number, locale: Locale, length: LineLength, budget: Budget): DocumentSymbol {
  const children: DocumentSymbol[] = [];
  let transaction = 0;
  for (const exchange of session.exchanges) {
    const owner = session.transactions.find((tx) => tx.exchanges.includes(exchange));
    if (owner && owner.exchanges[0] !== exchange) continue;
    if (!budget.take(owner ?? exchange)) break;
    children.push(owner ? transactionSymbol(owner, transaction++, locale, length, budget) : exchangeSymbol(exchange, locale, length));
  }
  const greeting = session.exchanges[0]?.command === null ? session.exchanges[0].reply?.code ?? '' : '';
  return symbol(t(locale, 'outlineSession', String(index + 1)), greeting, SymbolKind.Module, session.span, length, children);
}

const failedOutcomes: ReadonlySet<LogEntry['outcome']> = new Set(['bounced', 'expired', 'rejected', 'deferred']);

/** An entry's range is its lines, from the start of the first to the end of the last, which the entry knows. */
function logEntrySymbol(entry: LogEntry, locale: Locale): DocumentSymbol {
  const verdict = entry.verdict;
  const codes = verdict ? [verdict.reply?.code, verdict.enhanced?.code].filter(Boolean).join(' ') : '';
  const name = `${entry.id ?? 'NOQUEUE'} → ${t(locale, `outcome.${entry.outcome}`)}${codes ? ` ${codes}` : ''}`;
  const kind = failedOutcomes.has(entry.outcome) ? SymbolKind.Event : SymbolKind.Object;
  const first = { line: entry.firstLine, character: 0 };
  const range = { start: first, end: { line: entry.lastLine, character: entry.lastLineEnd } };
  const selectionRange = { start: first, end: { line: first.line, character: entry.firstLineEnd } };
  return documentSymbol(name, entry.recipients.join(', '), kind, range, selectionRange, []);
}

function deliverySymbol(d: MessageModel['deliveries'][number], length: LineLength): DocumentSymbol {
  const code = [d.reply, d.status].filter(Boolean).join(' ');
  return symbol(`${d.recipient ?? '?'} → ${d.action ?? ''} ${code}`.replace(/\s+/g, ' '), '', SymbolKind.Field, d.span, length);
}

function partSymbol(part: MessagePart, message: MessageModel, length: LineLength, budget: Budget): DocumentSymbol {
  const children = within(part.parts, budget, (p) => partSymbol(p, message, length, budget));
  if (part.contentType === 'message/delivery-status') {
    const inPart = message.deliveries.filter((r) => r.line >= part.span.start && r.line <= part.span.end);
    children.push(...within(inPart, budget, (d) => deliverySymbol(d, length)));
  }
  return symbol(part.contentType, '', SymbolKind.Namespace, part.span, length, children);
}

function messageSymbol(message: MessageModel, index: number, locale: Locale, length: LineLength, budget: Budget): DocumentSymbol {
  const children = within([message.root], budget, (root) => partSymbol(root, message, length, budget));
  const inStatusParts = (line: number): boolean => containsStatusPart(message.root, line);
  children.push(...within(message.deliveries.filter((r) => !inStatusParts(r.line)), budget, (d) => deliverySymbol(d, length)));
  return symbol(message.subject ?? t(locale, 'outlineMessage', String(index + 1)), '', SymbolKind.File, message.span, length, children);
}

function containsStatusPart(part: MessagePart, line: number): boolean {
  if (part.contentType === 'message/delivery-status' && line >= part.span.start && line <= part.span.end) return true;
  return part.parts.some((p) => containsStatusPart(p, line));
}

/**
 * A log's entries when they are more than `maxItems`: the failed deliveries first (what a log is opened to find), then
 * the others from the top while room is left; in document order, and one more symbol that counts the rest.
 */
function* logSymbols(entries: readonly LogEntry[], locale: Locale, maxItems: number): Generator<void, DocumentSymbol[]> {
  const listed = new Uint8Array(entries.length);
  let room = maxItems;
  for (let i = 0; i < entries.length && room > 0; i++) {
    if (!failedOutcomes.has(entries[i]!.outcome)) continue;
    listed[i] = 1;
    room--;
  }
  for (let i = 0; i < entries.length && room > 0; i++) {
    if (listed[i]) continue;
    listed[i] = 1;
    room--;
  }
  const symbols: DocumentSymbol[] = [];
  for (let i = 0; i < entries.length; i++) {
    if (!listed[i]) continue;
    symbols.push(logEntrySymbol(entries[i]!, locale));
    yield;
  }
  if (entries.length > maxItems) {
    // Where the first message left out would be, in document order.
    const at = listed.indexOf(0);
    const more = t(locale, 'outlineMoreEntries', String(entries.length - maxItems), String(maxItems));
    const before = listed.subarray(0, at).reduce((n, l) => n + l, 0);
    const { range, selectionRange } = logEntrySymbol(entries[at]!, locale);
    symbols.splice(before, 0, { name: more, kind: SymbolKind.Null, range, selectionRange });
  }
  return symbols;
}

/** Sessions or messages while the budget lasts, then one symbol where the outline stops if it left something out. */
function* capped<T extends { readonly span: LineSpan }>(
  items: Iterable<T>,
  options: OutlineOptions,
  make: (item: T, index: number, budget: Budget) => DocumentSymbol,
): Generator<void, DocumentSymbol[]> {
  const budget = new Budget(options.maxItems);
  const symbols: DocumentSymbol[] = [];
  for (const item of items) {
    if (!budget.take(item)) break;
    symbols.push(make(item, symbols.length, budget));
    yield;
  }
  if (budget.firstLeftOut) symbols.push(symbol(t(options.locale, 'outlineStops', String(options.maxItems)), '', SymbolKind.Null, budget.firstLeftOut, options.length));
  return symbols;
}

/**
 * The outline: sessions → transactions → exchanges; messages → parts → recipients; one entry per logged message.
 * At most `options.maxItems` symbols, and one more where it stops. Built one top-level symbol at a time: the
 * generator yields after each, so that whoever drives it can pause between them.
 */
export function outline(model: DocumentModel, options: OutlineOptions): Generator<void, DocumentSymbol[]> {
  const { locale, length } = options;
  switch (model.kind) {
    case 'transcript':
      return capped(options.items.sessions, options, (s, i, budget) => sessionSymbol(s, i, locale, length, budget));
    case 'log':
      return logSymbols(model.logEntries, locale, options.maxItems);
    case 'message':
      return capped(options.items.messages, options, (m, i, budget) => messageSymbol(m, i, locale, length, budget));
  }
}

/** The outline, built in one go. */
export function documentSymbols(model: DocumentModel, options: OutlineOptions): DocumentSymbol[] {
  return toEnd(outline(model, options));
}
