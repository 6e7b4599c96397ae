import type { Command, DocumentModel, Exchange } from '../../model';

/**
 * A line holding only "." that the client sent while no message content was open: the reader ends content at the
 * first such line, so a lone "." inside a message shows as a "." exchange (the premature end) followed by the rest
 * of the message as unknown commands and a second, stray "." (the end the client meant). Content sent without a
 * 354 shows the same way after a refused or unanswered DATA, or after no DATA at all.
 */
export type StrayDot =
  | {
      readonly kind: 'premature';
      /** The "." that ended the content too early. */
      readonly end: Command;
      /** The stray "." the client meant as the end. */
      readonly dot: Command;
    }
  | {
      readonly kind: 'without354';
      /** The DATA that was refused or never answered, or null when the client sent no DATA. */
      readonly data: Exchange | null;
      /** The first line of the content and the stray "." that ends it. */
      readonly first: Command;
      readonly dot: Command;
    };

/** Commands that cannot be part of message content, so content found before one of them did not start there. */
const outsideContent = /^(?:MAIL|RCPT|RSET|EHLO|HELO|LHLO|STARTTLS|QUIT|AUTH)$/;

export function strayDots(model: DocumentModel): StrayDot[] {
  const found: StrayDot[] = [];
  const seen = new Set<Command | Exchange>();
  for (const session of model.sessions) {
    const exchanges = session.exchanges;
    exchanges.forEach((exchange, index) => {
      const dot = exchange.command;
      if (!dot || dot.verb !== '' || dot.text.trim() !== '.') return;
      for (let k = index - 1; k >= 0; k--) {
        const before = exchanges[k]!;
        const verb = before.command?.verb;
        if (verb === undefined) {
          // The verdict on content whose "." the tool does not show, or a reply nobody asked for: no way to tell.
          if (before.reply?.code !== '421') return;
          continue;
        }
        if (verb === '.') {
          // A tool's one-line dump of the whole content ("…\r\n.") holds its own end: nothing to point at.
          if (before.command!.text !== '.') return;
          if (!seen.has(before.command!)) found.push({ kind: 'premature', end: before.command!, dot });
          seen.add(before.command!);
          return;
        }
        if (verb === 'BDAT' || (verb === 'DATA' && before.reply?.code === '354')) return;
        if (verb === 'DATA' || outsideContent.test(verb)) {
          const first = exchanges[k + 1]!.command;
          const boundary = verb === 'DATA' ? before : before.command!;
          if (first && !seen.has(boundary)) found.push({ kind: 'without354', data: verb === 'DATA' ? before : null, first, dot });
          seen.add(boundary);
          return;
        }
      }
    });
  }
  return found;
}
