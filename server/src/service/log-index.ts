import type { TextChunk } from './chunks';
import type { LogEntry, LogOutcome, Mention } from './model';
import { mergeSummaries, type LogPartial, type LogSummary } from './read/log';

/** One message's part in one chunk. */
interface Piece {
  readonly chunk: TextChunk;
  readonly partial: LogPartial;
}

/** One message: its pieces in document order, and what they add up to (recomputed when its pieces change). */
interface Group {
  readonly pieces: Piece[];
  merged: LogSummary | null;
}

/** Where each chunk of the version an index describes starts. */
interface Starts {
  startOf(chunk: TextChunk): number;
}

/** A log entry whose line numbers are worked out when read: most entries of a big log are never looked at closely. */
class IndexedEntry implements LogEntry {
  readonly id: string | null;
  readonly outcome: LogOutcome;
  readonly recipients: readonly string[];
  private readonly group: Group;
  private readonly starts: Starts;
  /** The verdict as last worked out, and the start of the chunk it lies in then. */
  private found: { readonly start: number; readonly verdict: Mention } | undefined;

  constructor(group: Group, starts: Starts) {
    const merged = mergedOf(group);
    this.group = group;
    this.starts = starts;
    this.id = merged.id;
    this.outcome = merged.outcome;
    this.recipients = merged.recipients;
  }

  get lines(): readonly number[] {
    return this.group.pieces.flatMap(({ chunk, partial }) => {
      const start = this.starts.startOf(chunk);
      return partial.lines.map((l) => l + start);
    });
  }

  get verdict(): Mention | null {
    const merged = mergedOf(this.group);
    if (!merged.verdict) return null;
    const piece = this.group.pieces.find((p) => p.partial.verdict === merged.verdict)!;
    const start = this.starts.startOf(piece.chunk);
    if (this.found?.start !== start) this.found = { start, verdict: { ...merged.verdict, line: merged.verdict.line + start } };
    return this.found.verdict;
  }
}

function mergedOf(group: Group): LogSummary {
  group.merged ??= group.pieces.length === 1 ? group.pieces[0]!.partial : mergeSummaries(group.pieces.map((p) => p.partial));
  return group.merged;
}

/**
 * The entries of a log document kept across its versions. Each chunk's messages are read with the chunk (see
 * analysis.ts); the index groups them by queue ID, and when the document changes it takes out the chunks that went
 * and puts in the chunks that came, so that an edit regroups only the messages named in the chunks it replaced. The
 * entries that start in a chunk are kept with it while their messages do not change; the line numbers of all entries
 * follow the version through `startOf`.
 */
export class LogIndex implements Starts {
  /** The chunks of the version the index describes, with their messages. */
  private partials = new Map<TextChunk, readonly LogPartial[]>();
  private starts = new Map<TextChunk, number>();
  private readonly byId = new Map<string, Group>();
  /** Rejections before queueing (no queue ID) are entries of their own. */
  private readonly alone = new Map<LogPartial, Group>();
  /** Per chunk, the entries whose first line lies in it. */
  private readonly firsts = new Map<TextChunk, readonly LogEntry[]>();

  startOf(chunk: TextChunk): number {
    return this.starts.get(chunk)!;
  }

  /**
   * Brings the index to a version's chunks (starting at the lines `starts` gives), reading the messages of chunks it
   * has not seen with `partialsOf`, and returns the version's entries in order of their first line. Entries of an
   * earlier version must not be read after this: their line numbers now follow this version.
   */
  entries(chunks: readonly TextChunk[], starts: readonly number[], partialsOf: (index: number) => readonly LogPartial[]): LogEntry[] {
    const position = new Map(chunks.map((c, i) => [c, i]));
    for (const [chunk, partials] of this.partials) {
      if (position.has(chunk)) continue;
      this.remove(chunk, partials);
      this.firsts.delete(chunk);
    }
    const next = new Map<TextChunk, readonly LogPartial[]>();
    chunks.forEach((chunk, i) => next.set(chunk, this.partials.get(chunk) ?? this.add(chunk, partialsOf(i), position)));
    this.partials = next;
    this.starts = new Map(chunks.map((c, i) => [c, starts[i]!]));
    const entries: LogEntry[] = [];
    for (const [chunk, partials] of next) {
      let found = this.firsts.get(chunk);
      if (!found) {
        found = partials.flatMap((partial) => {
          const group = this.groupOf(partial)!;
          return group.pieces[0]!.partial === partial ? [new IndexedEntry(group, this)] : [];
        });
        this.firsts.set(chunk, found);
      }
      for (const entry of found) entries.push(entry);
    }
    return entries;
  }

  private groupOf(partial: LogPartial): Group | undefined {
    return partial.id === null ? this.alone.get(partial) : this.byId.get(partial.id);
  }

  /** A message changes: the entry kept with the chunk of its first line goes, before and after the change. */
  private touch(group: Group): void {
    group.merged = null;
    const first = group.pieces[0];
    if (first) this.firsts.delete(first.chunk);
  }

  private remove(chunk: TextChunk, partials: readonly LogPartial[]): void {
    for (const partial of partials) {
      if (partial.id === null) {
        this.alone.delete(partial);
        continue;
      }
      const group = this.byId.get(partial.id)!;
      this.touch(group);
      group.pieces.splice(group.pieces.findIndex((p) => p.chunk === chunk), 1);
      this.touch(group);
      if (group.pieces.length === 0) this.byId.delete(partial.id);
    }
  }

  private add(chunk: TextChunk, partials: readonly LogPartial[], position: ReadonlyMap<TextChunk, number>): readonly LogPartial[] {
    const at = position.get(chunk)!;
    for (const partial of partials) {
      const piece = { chunk, partial };
      if (partial.id === null) {
        this.alone.set(partial, { pieces: [piece], merged: null });
        continue;
      }
      const group = this.byId.get(partial.id);
      if (!group) {
        this.byId.set(partial.id, { pieces: [piece], merged: null });
        continue;
      }
      this.touch(group);
      const after = group.pieces.findIndex((p) => position.get(p.chunk)! > at);
      group.pieces.splice(after < 0 ? group.pieces.length : after, 0, piece);
      this.touch(group);
    }
    return partials;
  }
}
