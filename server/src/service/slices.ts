/**
 * Long work on a big document is written as a generator that yields between steps: run to its end at once (the
 * command line, tests), or in slices with pauses between them (the server, whose message loop must not stop long).
 */

/** What a sliced pass needs from whoever runs it. */
export interface Slicing {
  readonly sliceMs: number;
  readonly pause: () => Promise<void>;
  readonly cancelled: () => boolean;
  /** Told before each pause how much of the document is read, from 0 to 1. */
  readonly progress?: (fraction: number) => void;
}

/** Runs `steps` to its end, at once. */
export function toEnd<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs `steps` to its end, pausing once a slice of about `sliceMs` is used up; null when cancelled after a pause.
 * A step may yield how much of the document is read (0 to 1), which `progress` is told before the pause.
 */
export async function inSlices<T>(steps: Generator<number | void, T>, { sliceMs, pause, cancelled, progress }: Slicing): Promise<T | null> {
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since < sliceMs) continue;
    if (typeof step.value === 'number') progress?.(step.value);
    await pause();
    if (cancelled()) return null;
    since = performance.now();
  }
}
