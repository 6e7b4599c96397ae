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

/** Every piece of one queue ID, in document order, and the messages they make (split after each piece that is done). */
interface Named {
  readonly pieces: Piece[];
  groups: readonly Group[] | null;
}

function groupsOf(named: Named): readonly Group[] {
  if (!named.groups) {
    const groups: Group[] = [];
    let current: Piece[] = [];
    for (const piece of named.pieces) {
      current.push(piece);
      if (piece.partial.done) {
        groups.push({ pieces: current, merged: null });
        current = [];
      }
    }
    if (current.length > 0) groups.push({ pieces: current, merged: null });
    named.groups = groups;
  }
  return named.groups;
}

/**
 * The entries of a log document kept across its versions. Each chunk's messages are read with the chunk (see
 * analysis.ts); the index groups them by queue ID (a message ends where its log says it left the queue), and when the
 * document changes it takes out the chunks that went and puts in the chunks that came, so that an edit regroups only
 * the messages named in the chunks it replaced. The entries that start in a chunk are kept with it while their
 * messages do not change; the line numbers of all entries follow the version through `startOf`.
 */
export class LogIndex implements Starts {
  /** The chunks of the version the index describes, with their messages. */
  private partials = new Map<TextChunk, readonly LogPartial[]>();
  private starts = new Map<TextChunk, number>();
  private readonly byId = new Map<string, Named>();
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
      this.remove(partials);
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
          const group = this.groupStartingWith(partial);
          return group ? [new IndexedEntry(group, this)] : [];
        });
        this.firsts.set(chunk, found);
      }
      for (const entry of found) entries.push(entry);
    }
    return entries;
  }

  private groupStartingWith(partial: LogPartial): Group | undefined {
    if (partial.id === null) return this.alone.get(partial);
    return groupsOf(this.byId.get(partial.id)!).find((g) => g.pieces[0]!.partial === partial);
  }

  /** The messages of a queue ID change: the entries kept with the chunks of their first lines go. */
  private touch(named: Named): void {
    for (const group of groupsOf(named)) this.firsts.delete(group.pieces[0]!.chunk);
    named.groups = null;
  }

  private remove(partials: readonly LogPartial[]): void {
    for (const partial of partials) {
      if (partial.id === null) {
        this.alone.delete(partial);
        continue;
      }
      const named = this.byId.get(partial.id);
      const at = named ? named.pieces.findIndex((p) => p.partial === partial) : -1;
      if (!named || at < 0) continue;
      this.touch(named);
      named.pieces.splice(at, 1);
      if (named.pieces.length === 0) this.byId.delete(partial.id);
      else this.touch(named);
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
      const named = this.byId.get(partial.id);
      if (!named) {
        this.byId.set(partial.id, { pieces: [piece], groups: null });
        continue;
      }
      this.touch(named);
      // After every piece of chunks up to this one: a chunk's own pieces of one ID stay in their order.
      const after = named.pieces.findIndex((p) => position.get(p.chunk)! > at);
      named.pieces.splice(after < 0 ? named.pieces.length : after, 0, piece);
      this.touch(named);
    }
    return partials;
  }
}
