import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import type { Locale } from '../../knowledge';
import { t } from '../l10n';
import type { DocumentModel, Exchange, LineSpan, LogEntry, MessageModel, MessagePart, Session, Transaction } from '../model';

/** Whole-line ranges need each line's length; the service hands them over with the model. */
export type LineLength = (line: number) => number;

function lineRange(span: LineSpan, length: LineLength): Range {
  return { start: { line: span.start, character: 0 }, end: { line: span.end, character: length(span.end) } };
}

function symbol(name: string, detail: string, kind: SymbolKind, span: LineSpan, length: LineLength, children: DocumentSymbol[] = []): DocumentSymbol {
  const range = lineRange(span, length);
  const selectionRange = lineRange({ start: span.start, end: span.start }, length);
  return { name: name.trim() || '…', detail, kind, range, selectionRange, children };
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

function transactionSymbol(transaction: Transaction, index: number, locale: Locale, length: LineLength): DocumentSymbol {
  const mail = transaction.exchanges.find((e) => e.command?.verb === 'MAIL')?.command?.text ?? '';
  const last = transaction.exchanges[transaction.exchanges.length - 1]!;
  const children = transaction.exchanges.map((e) => exchangeSymbol(e, locale, length));
  return symbol(`${t(locale, 'outlineTransaction', String(index + 1))} ${truncate(mail, 60)}`, verdict(last, locale), SymbolKind.Struct, transaction.span, length, children);
}

function sessionSymbol(session: Session, index: number, locale: Locale, length: LineLength): DocumentSymbol {
  const children: DocumentSymbol[] = [];
  let transaction = 0;
  for (const exchange of session.exchanges) {
    const owner = session.transactions.find((tx) => tx.exchanges.includes(exchange));
    if (!owner) children.push(exchangeSymbol(exchange, locale, length));
    else if (owner.exchanges[0] === exchange) children.push(transactionSymbol(owner, transaction++, locale, length));
  }
  const greeting = session.exchanges[0]?.command === null ? session.exchanges[0].reply?.code ?? '' : '';
  return symbol(t(locale, 'outlineSession', String(index + 1)), greeting, SymbolKind.Module, session.span, length, children);
}

/** An entry's range is its lines, from the start of the first to the end of the last, which the entry knows. */
function logEntrySymbol(entry: LogEntry, locale: Locale): DocumentSymbol {
  const code = entry.verdict ? [entry.verdict.reply?.code, entry.verdict.enhanced?.code].filter(Boolean).join(' ') : '';
  const name = `${entry.id ?? 'NOQUEUE'} → ${t(locale, `outcome.${entry.outcome}`)}${code ? ` ${code}` : ''}`;
  const failed = ['bounced', 'expired', 'rejected', 'deferred'].includes(entry.outcome);
  const lines = entry.lines;
  const span = { start: lines[0]!, end: lines[lines.length - 1]! };
  const length = (line: number): number => (line === span.end ? entry.lastLineEnd : entry.firstLineEnd);
  return symbol(name, entry.recipients.join(', '), failed ? SymbolKind.Event : SymbolKind.Object, span, length);
}

function partSymbol(part: MessagePart, message: MessageModel, locale: Locale, length: LineLength): DocumentSymbol {
  const children = part.parts.map((p) => partSymbol(p, message, locale, length));
  if (part.contentType === 'message/delivery-status') {
    for (const d of message.deliveries.filter((r) => r.line >= part.span.start && r.line <= part.span.end)) {
      const code = [d.reply, d.status].filter(Boolean).join(' ');
      children.push(symbol(`${d.recipient ?? '?'} → ${d.action ?? ''} ${code}`.replace(/\s+/g, ' '), '', SymbolKind.Field, d.span, length));
    }
  }
  return symbol(part.contentType, '', SymbolKind.Namespace, part.span, length, children);
}

function messageSymbol(message: MessageModel, index: number, locale: Locale, length: LineLength): DocumentSymbol {
  const children = [partSymbol(message.root, message, locale, length)];
  const inStatusParts = (line: number): boolean => containsStatusPart(message.root, line);
  for (const d of message.deliveries.filter((r) => !inStatusParts(r.line))) {
    const code = [d.reply, d.status].filter(Boolean).join(' ');
    children.push(symbol(`${d.recipient ?? '?'} → ${d.action ?? ''} ${code}`.replace(/\s+/g, ' '), '', SymbolKind.Field, d.span, length));
  }
  return symbol(message.subject ?? t(locale, 'outlineMessage', String(index + 1)), '', SymbolKind.File, message.span, length, children);
}

function containsStatusPart(part: MessagePart, line: number): boolean {
  if (part.contentType === 'message/delivery-status' && line >= part.span.start && line <= part.span.end) return true;
  return part.parts.some((p) => containsStatusPart(p, line));
}

/** The outline: sessions → transactions → exchanges; messages → parts → recipients; one entry per logged message. */
export function documentSymbols(model: DocumentModel, locale: Locale, length: LineLength): DocumentSymbol[] {
  switch (model.kind) {
    case 'transcript':
      return model.sessions.map((s, i) => sessionSymbol(s, i, locale, length));
    case 'log':
      return model.logEntries.map((e) => logEntrySymbol(e, locale));
    case 'message':
      return model.messages.map((m, i) => messageSymbol(m, i, locale, length));
  }
}
