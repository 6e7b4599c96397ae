import type { DeliveryReport, DocumentModel, Mention, MessagePart } from '../../model';

/**
 * The delivery reports that come from the RFC 3464 fields of a message/delivery-status part (not from a bounce's
 * prose), with the code mentions of their Status and Diagnostic-Code fields as the document writes them.
 */
export interface DsnReport {
  readonly report: DeliveryReport;
  /** The Status field's code as written (not the remote's code the model may prefer over an "X.0.0"). */
  readonly status: Mention | null;
  /** The Diagnostic-Code field's reply, when it has one. */
  readonly diagnostic: Mention | null;
}

export function dsnReports(model: DocumentModel): DsnReport[] {
  const found: DsnReport[] = [];
  for (const message of model.messages) {
    const parts = statusParts(message.root);
    for (const report of message.deliveries) {
      const inPart = parts.some((p) => report.span.start >= p.span.start && report.span.end <= p.span.end);
      if (!inPart) continue;
      const fields = model.mentions.filter((m) => m.context === 'dsn' && m.line >= report.span.start && m.line <= report.span.end);
      found.push({
        report,
        status: fields.find((m) => m.reply === null && m.enhanced !== null) ?? null,
        diagnostic: fields.find((m) => m.reply !== null) ?? null,
      });
    }
  }
  return found;
}

function statusParts(part: MessagePart, out: MessagePart[] = []): MessagePart[] {
  if (/^message\/(?:global-)?delivery-status$/.test(part.contentType)) out.push(part);
  for (const inner of part.parts) statusParts(inner, out);
  return out;
}
