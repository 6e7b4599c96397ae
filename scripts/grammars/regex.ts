// A tiny builder for Oniguruma patterns whose capture groups carry their scope.
//
// TextMate numbers captures by the position of their opening parenthesis. Writing
// patterns with many alternatives by hand (a reply code has one capture per class)
// makes those numbers fragile, so every capturing group here is created with g(),
// and compile() numbers them. Raw pattern text may only use non-capturing syntax.

import type { CaptureRule, Captures, Rule } from './types.js';

type Part =
  | { readonly kind: 'raw'; readonly src: string }
  | { readonly kind: 'group'; readonly capture: CaptureRule; readonly body: Frag; readonly id: string | undefined };

export class Frag {
  constructor(readonly parts: readonly Part[]) {}
}

export type Piece = Frag | string;

/** Throws when raw text opens a capturing group: those must go through g(). */
function checkRaw(src: string): string {
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(' && src[i + 1] !== '?') throw new Error(`capturing group in raw pattern text: ${src}`);
  }
  return src;
}

function toFrag(p: Piece): Frag {
  return typeof p === 'string' ? new Frag([{ kind: 'raw', src: checkRaw(p) }]) : p;
}

/** Tagged template: raw text is taken verbatim (String.raw), ${} inserts fragments. */
export function re(strings: TemplateStringsArray, ...subs: readonly Piece[]): Frag {
  const parts: Part[] = [];
  strings.raw.forEach((raw, i) => {
    if (raw !== '') parts.push({ kind: 'raw', src: checkRaw(raw) });
    const sub = subs[i];
    if (sub !== undefined) parts.push(...toFrag(sub).parts);
  });
  return new Frag(parts);
}

/** A capturing group. `capture` is a scope name, or a capture rule with patterns. */
export function g(capture: string | CaptureRule, body: Piece, id?: string): Frag {
  const rule: CaptureRule = typeof capture === 'string' ? (capture === '' ? {} : { name: capture }) : capture;
  return new Frag([{ kind: 'group', capture: rule, body: toFrag(body), id }]);
}

export function seq(...pieces: readonly Piece[]): Frag {
  return new Frag(pieces.flatMap((p) => toFrag(p).parts));
}

/** (?:a|b|c) */
export function alt(...pieces: readonly Piece[]): Frag {
  const parts: Part[] = [{ kind: 'raw', src: '(?:' }];
  pieces.forEach((p, i) => {
    if (i > 0) parts.push({ kind: 'raw', src: '|' });
    parts.push(...toFrag(p).parts);
  });
  parts.push({ kind: 'raw', src: ')' });
  return new Frag(parts);
}

/** (?:x)? */
export function opt(...pieces: readonly Piece[]): Frag {
  return seq('(?:', ...pieces, ')?');
}

export interface Compiled {
  readonly source: string;
  readonly captures: Captures;
  readonly ids: ReadonlyMap<string, number>;
}

export function compile(frag: Piece): Compiled {
  let source = '';
  let n = 0;
  const captures: Record<string, CaptureRule> = {};
  const ids = new Map<string, number>();
  const walk = (f: Frag): void => {
    for (const part of f.parts) {
      if (part.kind === 'raw') {
        source += part.src;
        continue;
      }
      n++;
      if (part.capture.name !== undefined || part.capture.patterns !== undefined) captures[String(n)] = part.capture;
      if (part.id !== undefined) ids.set(part.id, n);
      source += '(';
      walk(part.body);
      source += ')';
    }
  };
  walk(toFrag(frag));
  return { source, captures, ids };
}

function withCaptures<K extends string>(key: K, c: Captures): Partial<Record<K, Captures>> {
  const out: Partial<Record<K, Captures>> = {};
  if (Object.keys(c).length > 0) out[key] = c;
  return out;
}

export function match(name: string | undefined, frag: Piece, extra: Pick<Rule, 'comment'> = {}): Rule {
  const c = compile(frag);
  return { ...extra, ...(name === undefined ? {} : { name }), match: c.source, ...withCaptures('captures', c.captures) };
}

export interface RegionSpec {
  readonly comment?: string;
  readonly name?: string;
  readonly contentName?: string;
  readonly begin: Piece;
  /** The end pattern; may refer to a begin capture by id with backref(). */
  readonly end?: Piece | ((ids: ReadonlyMap<string, number>) => Piece);
  readonly while?: Piece;
  readonly patterns: readonly Rule[];
}

export function region(spec: RegionSpec): Rule {
  const b = compile(spec.begin);
  const e = spec.end === undefined ? undefined : compile(typeof spec.end === 'function' ? spec.end(b.ids) : spec.end);
  const w = spec.while === undefined ? undefined : compile(spec.while);
  return {
    ...(spec.comment === undefined ? {} : { comment: spec.comment }),
    ...(spec.name === undefined ? {} : { name: spec.name }),
    ...(spec.contentName === undefined ? {} : { contentName: spec.contentName }),
    begin: b.source,
    ...withCaptures('beginCaptures', b.captures),
    ...(e === undefined ? {} : { end: e.source, ...withCaptures('endCaptures', e.captures) }),
    ...(w === undefined ? {} : { while: w.source, ...withCaptures('whileCaptures', w.captures) }),
    patterns: spec.patterns,
  };
}

export const include = (ref: string): Rule => ({ include: ref });
