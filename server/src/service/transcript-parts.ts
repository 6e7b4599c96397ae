import type { DocumentModel, Mention } from './model';
import { buildSessions, startDialogue } from './read/dialogue';
import { TranscriptLines, type LineReading, type TranscriptEvent } from './read/transcript';
import { cutKeepsPieces } from './rules/support/shown-wire';

/** A transcript part: its model, with lines counted from its first line. */
export interface TranscriptPart {
  readonly model: DocumentModel;
  /** Lines in the part. */
  readonly length: number;
  /** Whether the part goes to the end of the text. */
  readonly last: boolean;
}

/** Two readings of the same line that give the same reply, as a part's first line. */
function sameReply(a: LineReading, b: LineReading): boolean {
  if (a.event?.side !== 'server' || b.event?.side !== 'server' || a.event.continues !== b.event.continues) return false;
  const [x, y] = [a.event.mention, b.event.mention];
  return x.reply?.code === y.reply?.code && x.reply?.character === y.reply?.character && x.enhanced?.code === y.enhanced?.code && x.enhanced?.character === y.enhanced?.character;
}

/**
 * Reads a transcript from a line on, as readTranscript and buildSessions read the whole text, and ends the part
 * where the rest can be read afresh with exactly the same result: before a reply, on line `at`, that opens a new
 * session, where
 * - the dialogue has nothing half-read and the reply closes the session before it (`opensAfresh`: the server said
 *   goodbye, or a 220 came with no command waiting, as buildSessions decides);
 * - the lines from the cut (the first line after the last that carried anything) to the reply carry nothing, and
 *   read afresh from the cut, give the same trusted reply and the same reader state after it (a socat block header
 *   between them sets the direction the rest of the reading had before);
 * - the part has a trusted (prefixed) reply, as the next one has this one: a transcript's bare reply lines count
 *   only when it has no prefixed ones, which then holds of every part as of the whole text;
 * - the wire pieces of socat and smtplib transcripts are the same both ways (cutKeepsPieces).
 * The part goes on to at least `least` lines (the end of the chunk it starts in), so that every chunk starts one
 * part at most; a document that is one long session, or never safe to cut, is one part.
 */
export function readTranscriptPart(line: (index: number) => string | undefined, format: string, least: number): TranscriptPart {
  const reader = new TranscriptLines();
  const dialogue = startDialogue();
  const mentions: Mention[] = [];
  const bare: Mention[] = [];
  /** Every event, bare ones included: the dialogue if the part turns out to have no prefixed reply. */
  const events: TranscriptEvent[] = [];
  let quiet = 0;
  let at = 0;
  for (let text: string | undefined; (text = line(at)) !== undefined; at++) {
    const read = reader.read(text, at);
    if (!read) continue;
    if (quiet >= least && mentions.length > 0 && opensPart(read) && dialogue.opensAfresh(read.mention!.reply!.code)) {
      const fresh = new TranscriptLines();
      let silent = true;
      for (let i = quiet; i < at && silent; i++) silent = fresh.read(line(i)!, i) === null;
      const again = silent ? fresh.read(text, at) : null;
      if (again && sameReply(again, read) && fresh.sameState(reader) && cutKeepsPieces(format, line, quiet, at)) {
        return { model: transcriptModel(format, mentions, dialogue.finish()), length: quiet, last: false };
      }
    }
    if (read.mention) (read.bare ? bare : mentions).push(read.mention);
    if (read.event) {
      events.push(read.event);
      if (!read.bare) dialogue.add(read.event);
    }
    quiet = at + 1;
  }
  // As readTranscript: bare replies count only in a transcript without prefixed ones.
  const prefixed = mentions.length > 0;
  const model = transcriptModel(format, prefixed ? mentions : bare, prefixed ? dialogue.finish() : buildSessions(events));
  return { model, length: at, last: true };
}

/** A trusted server reply with a greeting's code, as a new session starts with. */
function opensPart(read: LineReading): boolean {
  return read.event?.side === 'server' && !read.bare && /^(220|421|554)$/.test(read.mention?.reply?.code ?? '');
}

function transcriptModel(format: string, mentions: readonly Mention[], sessions: DocumentModel['sessions']): DocumentModel {
  return { kind: 'transcript', format, sessions, messages: [], logEntries: [], mentions };
}
