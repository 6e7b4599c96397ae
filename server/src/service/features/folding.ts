import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { DocumentModel, LineSpan, MessagePart, Session } from '../model';
import { toEnd } from '../slices';

/**
 * Folding: sessions, transactions, multi-line replies, DATA content; MIME parts and header blocks. A transcript's
 * `sessions` are taken one at a time, yielding after each, and no further than the first `rangeLimit` ranges need.
 */
export function* folding(model: DocumentModel, sessions: Iterable<Session>, rangeLimit = Infinity): Generator<void, FoldingRange[]> {
  const ranges: FoldingRange[] = [];
  const seen = new Set<string>();
  const fold = (span: LineSpan, kind?: FoldingRangeKind): void => {
    const key = `${span.start}:${span.end}`;
    if (span.end <= span.start || ranges.length >= rangeLimit || seen.has(key)) return;
    seen.add(key);
    ranges.push(kind ? { startLine: span.start, endLine: span.end, kind } : { startLine: span.start, endLine: span.end });
  };
  const foldPart = (part: MessagePart): void => {
    fold(part.span);
    fold(part.header, FoldingRangeKind.Imports);
    part.parts.forEach(foldPart);
  };
  for (const session of sessions) {
    fold(session.span);
    for (const transaction of session.transactions) fold(transaction.span);
    for (const exchange of session.exchanges) {
      if (exchange.reply) fold(exchange.reply.span);
      if (exchange.content) fold(exchange.content.span);
    }
    if (ranges.length >= rangeLimit) return ranges;
    yield;
  }
  for (const message of model.messages) {
    fold(message.span);
    foldPart(message.root);
    yield;
  }
  return ranges;
}

/** The same, at once. */
export function foldingRanges(model: DocumentModel, sessions: Iterable<Session> = model.sessions, rangeLimit = Infinity): FoldingRange[] {
  return toEnd(folding(model, sessions, rangeLimit));
}
