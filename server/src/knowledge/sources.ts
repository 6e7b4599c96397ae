import type { Source } from './types';

/** A citation of an RFC, optionally of one section, linked to the RFC Editor's HTML rendering. */
export function rfc(num: number, section?: string): Source {
  const base = `https://www.rfc-editor.org/rfc/rfc${num}`;
  if (section === undefined) return { label: `RFC ${num}`, url: base };
  const anchor = /^[A-Z]/.test(section) ? `appendix-${section}` : `section-${section}`;
  return { label: `RFC ${num} §${section}`, url: `${base}#${anchor}` };
}

/** The IANA SMTP Enhanced Status Codes registry. */
export const ianaRegistry: Source = {
  label: 'IANA SMTP Enhanced Status Codes registry',
  url: 'https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes.xhtml',
};
