import type { Hover, Position } from 'vscode-languageserver-types';
import type { Locale } from '../../knowledge';
import { explainCode, explainCombination } from '../explain';
import { mentionEnd, mentionStart, type DocumentModel, type Mention } from '../model';
import { renderCombination, renderExplanation, type RenderOptions } from './render';

/** The mention under the cursor, if any: its range covers both codes of a "550 5.1.1" reply. */
export function mentionAt(model: DocumentModel, position: Position): Mention | undefined {
  const mentions = model.mentions;
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (mentions[mid]!.line < position.line) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < mentions.length && mentions[i]!.line === position.line; i++) {
    const m = mentions[i]!;
    if (position.character >= mentionStart(m) && position.character <= mentionEnd(m)) return m;
  }
  return undefined;
}

/** Explains the reply code and/or enhanced code under the cursor, and how they combine when both are there. */
export function hover(model: DocumentModel, position: Position, locale: Locale, options: RenderOptions): Hover | null {
  const m = mentionAt(model, position);
  if (!m) return null;
  const parts: string[] = [];
  for (const token of [m.reply, m.enhanced]) {
    const explanation = token && explainCode(token.code, locale);
    if (explanation) parts.push(renderExplanation(explanation, locale, options));
  }
  if (m.reply && m.enhanced) {
    parts.push(renderCombination(explainCombination(m.reply.code, m.enhanced.code, locale), locale, options));
  }
  if (parts.length === 0) return null;
  return {
    contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') },
    range: { start: { line: m.line, character: mentionStart(m) }, end: { line: m.line, character: mentionEnd(m) } },
  };
}
