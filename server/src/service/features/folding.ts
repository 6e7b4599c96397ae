import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { DocumentItems, LineSpan, MessagePart } from '../model';
import { toEnd } from '../slices';

/**
 * Folding: sessions, transactions, multi-line replies, DATA content; messages, MIME parts and header blocks. Sessions
 * and messages are taken one at a time, yielding after each. Past `rangeLimit`, the outer ranges are kept first (a
 * session before its transactions, a message before its parts), as VS Code keeps them when it cuts a list itself.
 */
export function* folding({ sessions, messages }: DocumentItems, rangeLimit = Infinity): Generator<void, FoldingRange[]> {
  const ranges: FoldingRange[] = [];
  const depths: number[] = [];
  const seen = new Set<string>();
  const fold = (span: LineSpan, depth: number, kind?: FoldingRangeKind): void => {
    const key = `${span.start}:${span.end}`;
    if (span.end <= span.start || seen.has(key)) return;
    seen.add(key);
    ranges.push(kind ? { startLine: span.start, endLine: span.end, kind } : { startLine: span.start, endLine: span.end });
    depths.push(depth);
  };
  const foldPart = (part: MessagePart, depth: number): void => {
    fold(part.span, depth);
    fold(part.header, depth + 1, FoldingRangeKind.Imports);
    for (const inner of part.parts) foldPart(inner, depth + 1);
  };
  for (const session of sessions) {
    fold(session.span, 0);
    for (const transaction of session.transactions) fold(transaction.span, 1);
    for (const exchange of session.exchanges) {
      if (exchange.reply) fold(exchange.reply.span, 2);
      if (exchange.content) fold(exchange.content.span, 2);
    }
    yield;
  }
  for (const message of messages) {
    fold(message.span, 0);
    foldPart(message.root, 1);
    yield;
  }
  if (ranges.length <= rangeLimit) return ranges;
  const kept = ranges.map((_, i) => i).sort((a, b) => depths[a]! - depths[b]! || a - b).slice(0, rangeLimit);
  return kept.sort((a, b) => a - b).map((i) => ranges[i]!);
}

/** The same, at once. */
export function foldingRanges(items: DocumentItems, rangeLimit = Infinity): FoldingRange[] {
  return toEnd(folding(items, rangeLimit));
}
