// Plain-text tables and numbers for the benchmark's report.

import { MiB } from './documents';

export function ms(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return 'n/a';
  if (value < 10) return `${value.toFixed(2)} ms`;
  if (value < 1000) return `${value.toFixed(0)} ms`;
  return `${(value / 1000).toFixed(value < 100_000 ? 2 : 0)} s`;
}

export function mb(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || Number.isNaN(bytes)) return 'n/a';
  const v = bytes / MiB;
  return `${v < 10 ? v.toFixed(1) : v.toFixed(0)} MB`;
}

export function rate(bytes: number, millis: number): string {
  const v = bytes / MiB / (millis / 1000);
  return `${v < 10 ? v.toFixed(2) : v.toFixed(0)} MB/s`;
}

export function num(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

export function verdict(pass: boolean | null): string {
  return pass === null ? '—' : pass ? 'PASS' : 'FAIL';
}

/** Left-aligned columns, two spaces apart, with a rule under the header. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
