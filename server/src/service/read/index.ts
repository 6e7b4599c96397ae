import type { DocumentKind, DocumentModel } from '../model';
import { detect, type Detection } from './detect';
import { buildSessions } from './dialogue';
import { splitLines } from './lines';
import { logEntries, readLog, type LogPartial } from './log';
import { readMessages } from './message';
import { readTranscript } from './transcript';

export type { LogPartial } from './log';
export { logEntries } from './log';

/** Lines looked at to tell the kind and format of a document. */
export const sniffLines = 400;

const defaultFormat: Readonly<Record<DocumentKind, string>> = { transcript: 'bare', log: 'syslog', message: 'rfc5322' };

/** The kind and format of a document, from its first lines. `kind` forces the kind (the language mode or `--as`); the format is still guessed. */
export function detectDocument(prefix: readonly string[], kind?: DocumentKind): Detection {
  const detection = detect(prefix.slice(0, sniffLines), readTranscript(prefix.slice(0, sniffLines)).votes);
  return kind && kind !== detection.kind ? { kind, format: defaultFormat[kind], confidence: 0 } : detection;
}

/**
 * A part of a document read on its own, with line numbers from the part's first line: the whole document, or, in a
 * log, any run of whole lines (log lines are read one by one; only their grouping into entries spans the document).
 */
export interface PartReading {
  readonly model: DocumentModel;
  /** Logs: the lines that belong to entries, to be grouped across parts (the model's own logEntries are empty). */
  readonly partials: readonly LogPartial[];
}

export function readPart(lines: readonly string[], detection: Pick<Detection, 'kind' | 'format'>): PartReading {
  const base = { kind: detection.kind, format: detection.format, sessions: [], messages: [], logEntries: [] };
  switch (detection.kind) {
    case 'transcript': {
      const reading = readTranscript(lines);
      return { model: { ...base, mentions: reading.mentions, sessions: buildSessions(reading.events) }, partials: [] };
    }
    case 'log': {
      const reading = readLog(lines, detection.format);
      return { model: { ...base, mentions: reading.mentions }, partials: reading.partials };
    }
    case 'message': {
      const reading = readMessages(lines);
      return { model: { ...base, mentions: reading.mentions, messages: reading.messages }, partials: [] };
    }
  }
}

/** Reads a whole document into the model. `kind` forces the kind; the format is still guessed. */
export function readDocument(text: string, kind?: DocumentKind): DocumentModel {
  const lines = splitLines(text);
  const { model, partials } = readPart(lines, detectDocument(lines, kind));
  return model.kind === 'log' ? { ...model, logEntries: logEntries(partials) } : model;
}

/**
 * For documents of other languages (plain text, generic logs): the kind when a bounded prefix of the text is clearly
 * SMTP, else null, so that the server stays silent on everything else.
 */
export function sniffDocument(text: string, maxChars: number): DocumentKind | null {
  const sample = readDocument(text.slice(0, maxChars));
  const enough =
    sample.kind === 'log'
      ? sample.format !== 'syslog' && sample.mentions.length > 0
      : sample.mentions.length >= 2 || sample.mentions.some((m) => m.reply && m.enhanced);
  return enough ? sample.kind : null;
}
