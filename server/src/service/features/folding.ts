import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { DocumentItems, LineSpan, MessagePart } from '../model';
import { toEnd } from '../slices';

/**
 * Folding: sessions, transactions, multi-line replies, DATA content; messages, MIME parts and header blocks. Sessions
 * and messages are taken one at a time, yielding after each, and no further than the first `rangeLimit` ranges need.
 */
export function* folding({ sessions, messages }: DocumentItems, rangeLimit = Infinity): Generator<void, FoldingRange[]> {
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
  for (const message of messages) {
    fold(message.span);
    foldPart(message.root);
    if (ranges.length >= rangeLimit) return ranges;
    yield;
  }
  return ranges;
}

/** The same, at once. */
export function foldingRanges(items: DocumentItems, rangeLimit = Infinity): FoldingRange[] {
  return toEnd(folding(items, rangeLimit));
}
