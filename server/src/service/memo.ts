/**
 * A function of a string remembered for the strings it was last called with: rules ask the same few questions of
 * every code in a log (hundreds of thousands of codes, a few dozen distinct). The memory is bounded: past `limit`
 * strings it starts afresh, so that a document of made-up codes cannot grow it without end.
 */
export function memoized<T>(compute: (key: string) => T, limit = 4096): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (known.has(key)) return known.get(key)!;
    if (known.size >= limit) known.clear();
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}
