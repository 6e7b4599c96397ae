import type { Locale, Source } from '../../knowledge';
import type { CodeExplanation, Comparison } from '../explain';
import { t } from '../l10n';

export type TextFormat = 'markdown' | 'text';

export interface RenderOptions {
  readonly format: TextFormat;
  /** Link "often confused with" codes to the compare command (only clients that run VS Code commands want this). */
  readonly commandLinks?: boolean;
  readonly showSources?: boolean;
}

/** Markdown that shows literally: reply texts are full of <addresses>, *, _ and [brackets]. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+!|~]/g, '\\$&');
}

function heading(text: string, options: RenderOptions, level = 3): string {
  if (options.format === 'markdown') return `${'#'.repeat(level)} ${text}`;
  return `${text}\n${(level === 2 ? '=' : '-').repeat(Math.min(displayWidth(text), 100))}`;
}

function section(title: string, body: string, options: RenderOptions): string {
  return options.format === 'markdown'
    ? `**${title}**  \n${escapeMarkdown(body)}`
    : `${title}:\n${indent(body)}`;
}

function indent(text: string): string {
  return wrap(text, 100).map((l) => `  ${l}`).join('\n');
}

/** Columns a terminal gives the text: Hangul and other wide characters take two. */
function displayWidth(text: string): number {
  return text.length + (text.match(/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/g)?.length ?? 0);
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    if (current && displayWidth(current) + displayWidth(word) + 1 > width) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  return lines;
}

function sources(list: readonly Source[], locale: Locale, options: RenderOptions): string {
  if (options.format === 'markdown') {
    return `${t(locale, 'sources')}: ${list.map((s) => `[${escapeMarkdown(s.label)}](${s.url})`).join(' · ')}`;
  }
  return `${t(locale, 'sources')}:\n${list.map((s) => `  ${s.label} <${s.url}>`).join('\n')}`;
}

export function titleLine(e: CodeExplanation, locale: Locale, options: RenderOptions): string {
  const mark = e.registered ? '' : ` (${t(locale, 'unregistered')})`;
  return heading(`${e.code} — ${e.title}${mark}`, options);
}

/** One code, in the sections of the reference page: Description / When you see this code / How to fix. */
export function renderExplanation(e: CodeExplanation, locale: Locale, options: RenderOptions): string {
  const parts = [
    titleLine(e, locale, options),
    section(t(locale, 'description'), e.description, options),
    section(t(locale, 'whenYouSeeIt'), e.whenYouSeeIt, options),
    section(t(locale, 'howToFix'), e.howToFix, options),
  ];
  if (!e.registered) {
    const digits = e.digits.map((d) => `${d.label}: ${d.title}`).join(' · ');
    parts.push(section(t(locale, 'whatTheDigitsSay'), digits, options));
  }
  if (e.confusedWith.length > 0) parts.push(confusedWith(e, locale, options));
  if (options.showSources !== false) parts.push(sources(e.references, locale, options));
  return parts.join('\n\n');
}

function confusedWith(e: CodeExplanation, locale: Locale, options: RenderOptions): string {
  const label = t(locale, 'oftenConfusedWith');
  if (options.format === 'text') return `${label}: ${e.confusedWith.join(', ')}`;
  const links = e.confusedWith.map((other) => {
    if (!options.commandLinks) return `\`${other}\``;
    const args = encodeURIComponent(JSON.stringify([e.code, other]));
    const tip = t(locale, 'compareTitle', e.code, other);
    return `[${other}](command:smtpLens.compareCodes?${args} "${tip}")`;
  });
  return `${label}: ${links.join(' · ')}`;
}

/** The paragraph that says how a reply code and its enhanced code read together. */
export function renderCombination(text: string, locale: Locale, options: RenderOptions): string {
  return section(t(locale, 'howTheyCombine'), text, options);
}

/** Two codes side by side: both explanations, key differences, when to use which. */
export function renderComparison(c: Comparison, locale: Locale, options: RenderOptions): string {
  const parts = [heading(t(locale, 'compareTitle', c.first.code, c.second.code), options, 2)];
  if (options.format === 'markdown') {
    const row = (a: string, b: string): string => `| ${a} | ${b} |`;
    const cell = (text: string): string => escapeMarkdown(text).replace(/\n/g, ' ');
    parts.push(
      [
        row(`**${c.first.code}** — ${cell(c.first.title)}`, `**${c.second.code}** — ${cell(c.second.title)}`),
        row('---', '---'),
        row(`**${t(locale, 'description')}**: ${cell(c.first.description)}`, `**${t(locale, 'description')}**: ${cell(c.second.description)}`),
        row(`**${t(locale, 'whenYouSeeIt')}**: ${cell(c.first.whenYouSeeIt)}`, `**${t(locale, 'whenYouSeeIt')}**: ${cell(c.second.whenYouSeeIt)}`),
        row(`**${t(locale, 'howToFix')}**: ${cell(c.first.howToFix)}`, `**${t(locale, 'howToFix')}**: ${cell(c.second.howToFix)}`),
      ].join('\n'),
    );
  } else {
    parts.push(renderExplanation(c.first, locale, { ...options, showSources: false }));
    parts.push(renderExplanation(c.second, locale, { ...options, showSources: false }));
  }
  const differences = c.handWritten ? c.keyDifferences : `${t(locale, 'noComparison')} ${c.keyDifferences}`;
  parts.push(heading(t(locale, 'keyDifferences'), options));
  parts.push(options.format === 'markdown' ? escapeMarkdown(differences) : indent(differences));
  if (c.whenToUseWhich) {
    parts.push(heading(t(locale, 'whenToUseWhich'), options));
    parts.push(options.format === 'markdown' ? escapeMarkdown(c.whenToUseWhich) : indent(c.whenToUseWhich));
  }
  if (options.showSources !== false) parts.push(sources(c.references, locale, options));
  return parts.join('\n\n');
}
