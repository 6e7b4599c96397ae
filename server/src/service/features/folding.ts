import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { DocumentModel, LineSpan, MessagePart, Session } from '../model';

function fold(span: LineSpan, kind?: FoldingRangeKind): FoldingRange[] {
  if (span.end <= span.start) return [];
  return [kind ? { startLine: span.start, endLine: span.end, kind } : { startLine: span.start, endLine: span.end }];
}

function partFolds(part: MessagePart): FoldingRange[] {
  return [...fold(part.span), ...fold(part.header, FoldingRangeKind.Imports), ...part.parts.flatMap(partFolds)];
}

function* sessionFolds(sessions: Iterable<Session>): Generator<FoldingRange> {
  for (const session of sessions) {
    yield* fold(session.span);
    for (const transaction of session.transactions) yield* fold(transaction.span);
    for (const exchange of session.exchanges) {
      if (exchange.reply) yield* fold(exchange.reply.span);
      if (exchange.content) yield* fold(exchange.content.span);
    }
  }
}

/**
 * Folding: sessions, transactions, multi-line replies, DATA content; MIME parts and header blocks; logged messages.
 * A transcript's `sessions` are taken in order, and no further than the first `rangeLimit` ranges need.
 */
export function foldingRanges(model: DocumentModel, sessions: Iterable<Session> = model.sessions, rangeLimit = Infinity): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const seen = new Set<string>();
  const all = function* (): Generator<FoldingRange> {
    yield* sessionFolds(sessions);
    for (const message of model.messages) yield* [...fold(message.span), ...partFolds(message.root)];
  };
  for (const range of all()) {
    if (ranges.length >= rangeLimit) break;
    const key = `${range.startLine}:${range.endLine}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ranges.push(range);
  }
  return ranges;
}
