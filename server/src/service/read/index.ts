import type { DocumentKind, DocumentModel } from '../model';
import { detect, type Detection } from './detect';
import { buildSessions } from './dialogue';
import { splitLines } from './lines';
import { readLog, readLogEntries } from './log';
import { readMessages } from './message';
import { readTranscript } from './transcript';

/** Lines looked at to tell the kind and format of a document. */
const sniffLines = 400;

const defaultFormat: Readonly<Record<DocumentKind, string>> = { transcript: 'bare', log: 'syslog', message: 'rfc5322' };

/** Reads a document into the model. `kind` forces the kind (the language mode or `--as`); the format is still guessed. */
export function readDocument(text: string, kind?: DocumentKind): DocumentModel {
  const lines = splitLines(text);
  const prefix = lines.slice(0, sniffLines);
  const detection = detect(prefix, readTranscript(prefix).votes);
  const chosen: Detection =
    kind && kind !== detection.kind ? { kind, format: defaultFormat[kind], confidence: 0 } : detection;
  const empty = { sessions: [], messages: [], logEntries: [] };
  switch (chosen.kind) {
    case 'transcript': {
      const reading = readTranscript(lines);
      return { ...empty, kind: 'transcript', format: chosen.format, mentions: reading.mentions, sessions: buildSessions(reading.events) };
    }
    case 'log': {
      const mentions = readLog(lines);
      return { ...empty, kind: 'log', format: chosen.format, mentions, logEntries: readLogEntries(lines, mentions) };
    }
    case 'message': {
      const reading = readMessages(lines);
      return { ...empty, kind: 'message', format: chosen.format, mentions: reading.mentions, messages: reading.messages };
    }
  }
}

/**
 * For documents of other languages (plain text, generic logs): the model when a bounded prefix of the text is
 * clearly SMTP, else null, so that the server stays silent on everything else.
 */
export function sniffDocument(text: string, maxChars: number): DocumentModel | null {
  const sample = readDocument(text.slice(0, maxChars));
  const enough =
    sample.kind === 'log'
      ? sample.format !== 'syslog' && sample.mentions.length > 0
      : sample.mentions.length >= 2 || sample.mentions.some((m) => m.reply && m.enhanced);
  return enough ? readDocument(text, sample.kind) : null;
}
