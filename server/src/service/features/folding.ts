import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { DocumentModel, LineSpan, MessagePart } from '../model';

function fold(span: LineSpan, kind?: FoldingRangeKind): FoldingRange[] {
  if (span.end <= span.start) return [];
  return [kind ? { startLine: span.start, endLine: span.end, kind } : { startLine: span.start, endLine: span.end }];
}

function partFolds(part: MessagePart): FoldingRange[] {
  return [...fold(part.span), ...fold(part.header, FoldingRangeKind.Imports), ...part.parts.flatMap(partFolds)];
}

/** Folding: sessions, transactions, multi-line replies, DATA content; MIME parts and header blocks; logged messages. */
export function foldingRanges(model: DocumentModel): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (const session of model.sessions) {
    ranges.push(...fold(session.span));
    for (const transaction of session.transactions) ranges.push(...fold(transaction.span));
    for (const exchange of session.exchanges) {
      if (exchange.reply) ranges.push(...fold(exchange.reply.span));
      if (exchange.content) ranges.push(...fold(exchange.content.span));
    }
  }
  for (const message of model.messages) ranges.push(...fold(message.span), ...partFolds(message.root));
  const seen = new Set<string>();
  return ranges.filter((r) => {
    const key = `${r.startLine}:${r.endLine}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
