import { changedRun, type TextChunk } from './chunks';
import { shiftMention, type LogEntry, type LogOutcome, type Mention } from './model';
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

  /** Worked out each time it is read (an entry is read a few times at most): read it once. */
  get lines(): readonly number[] {
    return this.group.pieces.flatMap(({ chunk, partial }) => {
      const start = this.starts.startOf(chunk);
      return partial.lines.map((l) => l + start);
    });
  }

  get firstLine(): number {
    const { chunk, partial } = this.group.pieces[0]!;
    return partial.lines[0]! + this.starts.startOf(chunk);
  }

  get lastLine(): number {
    const { chunk, partial } = this.group.pieces.at(-1)!;
    return partial.lines.at(-1)! + this.starts.startOf(chunk);
  }

  get firstLineEnd(): number {
    return this.group.pieces[0]!.partial.firstLength;
  }

  get lastLineEnd(): number {
    return this.group.pieces.at(-1)!.partial.lastLength;
  }

  get verdict(): Mention | null {
    const merged = mergedOf(this.group);
    if (!merged.verdict) return null;
    const piece = this.group.pieces.find((p) => p.partial.verdict === merged.verdict)!;
    const start = this.starts.startOf(piece.chunk);
    if (this.found?.start !== start) this.found = { start, verdict: shiftMention(merged.verdict, start) };
    return this.found.verdict;
  }
}

function mergedOf(group: Group): LogSummary {
  group.merged ??= group.pieces.length === 1 ? group.pieces[0]!.partial : mergeSummaries(group.pieces.map((p) => p.partial));
  return group.merged;
}

/** Every piece of one queue ID, in document order, and the messages they make (split after each piece that is done). */
interface Named {
  readonly id: string;
  readonly pieces: Piece[];
  groups: readonly Group[];
  /** Each message by its first piece, once an ID names many (most name one: a Map each would be a fifth of the index). */
  byFirst: Map<LogPartial, Group> | undefined;
}

/** From how many messages of one queue ID on they are found through a Map. */
const manyGroups = 16;

/** The message of a queue ID that starts with `partial`. */
function groupStartingWith(named: Named, partial: LogPartial): Group | undefined {
  return named.byFirst ? named.byFirst.get(partial) : named.groups.find((g) => g.pieces[0]!.partial === partial);
}

/** Splits a queue ID's pieces into messages, keeping the message objects it had whose pieces are the same. */
function split(pieces: readonly Piece[], named: Named): Group[] {
  const groups: Group[] = [];
  let current: Piece[] = [];
  const close = (): void => {
    const known = groupStartingWith(named, current[0]!.partial);
    const same = known && known.pieces.length === current.length && known.pieces.every((p, i) => p === current[i]);
    groups.push(same ? known : { pieces: current.slice(), merged: null });
    current = [];
  };
  for (const piece of pieces) {
    current.push(piece);
    if (piece.partial.done) close();
  }
  if (current.length > 0) close();
  // Copied to its length: most IDs make one message, and an array grown by push keeps room for 17.
  return groups.slice();
}

/**
 * The entries of a log document kept across its versions. Each chunk's messages are read with the chunk (see
 * analysis.ts); the index groups them by queue ID (a message ends where its log says it left the queue), and when the
 * document changes it takes out the chunks that went and puts in the chunks that came, so that an edit regroups only
 * the messages named in the chunks it replaced. The entries that start in a chunk are kept with it while their
 * messages do not change; the line numbers of all entries follow the version through `startOf`.
 */
export class LogIndex implements Starts {
  /** The chunks the index holds, with their messages. */
  private readonly partials = new Map<TextChunk, readonly LogPartial[]>();
  /** The version the index is brought to (or toward, see sync): its chunks, and where each is in it. */
  private chunks: readonly TextChunk[] = [];
  private readonly position = new Map<TextChunk, number>();
  /** Chunks of that version whose messages are not in yet, in order, and those whose entries are to be worked out. */
  private readonly unread = new Set<TextChunk>();
  private readonly unlisted = new Set<TextChunk>();
  /** The version entriesByChunk last gave the entries of, and where its chunks start. */
  private listed: readonly TextChunk[] = [];
  private starts: readonly number[] = [];
  private readonly byId = new Map<string, Named>();
  /** Rejections before queueing (no queue ID) are entries of their own. */
  private readonly alone = new Map<LogPartial, Group>();
  /** Per chunk, the entries whose first line lies in it. */
  private readonly firsts = new Map<TextChunk, readonly LogEntry[]>();
  private where: object = {};

  /**
   * Stands for where the chunks start, as entriesByChunk last saw them: another object once a chunk kept from one
   * version to the next starts on another line. An entry array that stays the same object holds entries whose every
   * piece lies in such chunks, so what was worked out from their line numbers holds while this does.
   */
  get layout(): object {
    return this.where;
  }

  startOf(chunk: TextChunk): number {
    const at = this.listed === this.chunks ? this.position.get(chunk)! : this.listed.indexOf(chunk);
    return this.starts[at]!;
  }

  /**
   * Brings the index toward a version's chunks: takes out the chunks that are not in it, puts in the chunks it has not
   * seen (reading their messages with `partialsOf`), and works out the entries that start in each chunk whose entries
   * changed, until `deadline` (a performance.now() time) passes, doing at least one chunk's work each time. True once
   * all is done; called again, it goes on where it stopped. What it does grows with what changed since the version
   * it was brought to before, not with the document.
   */
  sync(chunks: readonly TextChunk[], partialsOf: (index: number) => readonly LogPartial[], deadline = Infinity): boolean {
    if (chunks !== this.chunks) this.moveTo(chunks);
    let worked = false;
    const touched = new Set<Named>();
    for (const chunk of this.unread) {
      if (worked && performance.now() > deadline) return false;
      this.partials.set(chunk, this.add(chunk, partialsOf(this.position.get(chunk)!), touched));
      this.unread.delete(chunk);
      this.regroupAll(touched);
      worked = true;
    }
    for (const chunk of this.unlisted) {
      if (worked && performance.now() > deadline) return false;
      worked = true;
      this.firsts.set(
        chunk,
        this.partials.get(chunk)!.flatMap((partial) => {
          const group = this.groupStartingWith(partial);
          return group ? [new IndexedEntry(group, this)] : [];
        }),
      );
      this.unlisted.delete(chunk);
    }
    return true;
  }

  /** Makes `chunks` the version the index is brought to: only the chunks of the run that changed are taken out and put in. */
  private moveTo(chunks: readonly TextChunk[]): void {
    const before = this.chunks;
    const { from, oldEnd, newEnd } = changedRun(before, chunks);
    this.chunks = chunks;
    const staying = new Set(chunks.slice(from, newEnd));
    const touched = new Set<Named>();
    for (let i = from; i < oldEnd; i++) {
      const chunk = before[i]!;
      if (staying.has(chunk)) continue;
      const partials = this.partials.get(chunk);
      if (partials) this.remove(partials, touched);
      this.partials.delete(chunk);
      this.firsts.delete(chunk);
      this.position.delete(chunk);
      this.unread.delete(chunk);
      this.unlisted.delete(chunk);
    }
    // The chunks after the replaced run keep their place unless the run's length changed.
    const moved = newEnd - from !== oldEnd - from ? chunks.length : newEnd;
    for (let i = from; i < moved; i++) this.position.set(chunks[i]!, i);
    for (let i = from; i < newEnd; i++) {
      if (!this.partials.has(chunks[i]!)) this.unread.add(chunks[i]!);
    }
    this.regroupAll(touched);
  }

  private regroupAll(touched: Set<Named>): void {
    for (const named of touched) this.regroup(named);
    touched.clear();
  }

  /**
   * The entries of a version, whose chunks start at the lines `starts` gives, those that start in each chunk apart, in
   * order of their first line (the index is brought to the version first, see sync). Each chunk's array stays the same
   * object from version to version while its entries do, so what is worked out from them can be kept with it. Entries
   * of an earlier version must not be read after this: their line numbers now follow this version.
   */
  entriesByChunk(chunks: readonly TextChunk[], starts: readonly number[], partialsOf: (index: number) => readonly LogPartial[]): (readonly LogEntry[])[] {
    this.sync(chunks, partialsOf);
    if (this.moves(chunks, starts)) this.where = {};
    this.listed = chunks;
    this.starts = starts;
    return chunks.map((chunk) => this.firsts.get(chunk)!);
  }

  /** Whether a chunk of the version listed last starts on another line in `chunks`. */
  private moves(chunks: readonly TextChunk[], starts: readonly number[]): boolean {
    const before = this.listed;
    if (before === chunks) return before.some((_, i) => starts[i] !== this.starts[i]);
    // The chunks before the run that changed start where they did; those after it moved all alike; those in it that
    // stayed are looked up.
    const { from, oldEnd, newEnd } = changedRun(before, chunks);
    if (newEnd < chunks.length && starts[newEnd] !== this.starts[oldEnd]) return true;
    const was = new Map(before.slice(from, oldEnd).map((chunk, i) => [chunk, this.starts[from + i]]));
    return chunks.slice(from, newEnd).some((chunk, i) => (was.get(chunk) ?? starts[from + i]) !== starts[from + i]);
  }

  private groupStartingWith(partial: LogPartial): Group | undefined {
    if (partial.id === null) return this.alone.get(partial);
    return groupStartingWith(this.byId.get(partial.id)!, partial);
  }

  /**
   * A queue ID's pieces changed: its messages are split again, and those that changed (new, gone, or with other
   * pieces) take the entries kept with the chunks of their first lines with them. The others stay as they were.
   */
  private regroup(named: Named): void {
    if (named.pieces.length === 0) this.byId.delete(named.id);
    const groups = split(named.pieces, named);
    const kept = new Set(groups);
    for (const group of named.groups) if (!kept.has(group)) this.relist(group.pieces[0]!.chunk);
    const before = new Set(named.groups);
    for (const group of groups) if (!before.has(group)) this.relist(group.pieces[0]!.chunk);
    named.groups = groups;
    named.byFirst = groups.length >= manyGroups ? new Map(groups.map((g) => [g.pieces[0]!.partial, g])) : undefined;
  }

  /** The entries that start in a chunk changed: they are worked out again if the chunk is in the version. */
  private relist(chunk: TextChunk): void {
    this.firsts.delete(chunk);
    if (this.position.has(chunk)) this.unlisted.add(chunk);
  }

  private remove(partials: readonly LogPartial[], touched: Set<Named>): void {
    for (const partial of partials) {
      if (partial.id === null) {
        this.alone.delete(partial);
        continue;
      }
      const named = this.byId.get(partial.id);
      const at = named ? named.pieces.findIndex((p) => p.partial === partial) : -1;
      if (!named || at < 0) continue;
      named.pieces.splice(at, 1);
      touched.add(named);
    }
  }

  private add(chunk: TextChunk, partials: readonly LogPartial[], touched: Set<Named>): readonly LogPartial[] {
    const { position } = this;
    const at = position.get(chunk)!;
    this.unlisted.add(chunk);
    for (const partial of partials) {
      const piece = { chunk, partial };
      if (partial.id === null) {
        this.alone.set(partial, { pieces: [piece], merged: null });
        continue;
      }
      let named = this.byId.get(partial.id);
      if (!named) {
        // Most IDs have one piece: an array of one, where one grown by push would keep room for 17.
        named = { id: partial.id, pieces: [piece], groups: [], byFirst: undefined };
        this.byId.set(partial.id, named);
        touched.add(named);
        continue;
      }
      // After every piece of chunks up to this one: a chunk's own pieces of one ID stay in their order.
      const last = named.pieces.at(-1);
      if (!last || position.get(last.chunk)! <= at) named.pieces.push(piece);
      else named.pieces.splice(named.pieces.findIndex((p) => position.get(p.chunk)! > at), 0, piece);
      touched.add(named);
    }
    return partials;
  }
}
