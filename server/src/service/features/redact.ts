import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { Locale, Localized } from '../../knowledge';
import type { DocumentModel } from '../model';
import { credentialPayloads, redactedCredential } from '../rules/auth-credentials';

/**
 * "Redact for sharing": every e-mail address and IP address of a document replaced by a placeholder, the same
 * address always by the same placeholder so the dialogue still reads, and AUTH credentials replaced by a marker.
 * Placeholders come from names and ranges reserved for documentation (RFC 2606 .invalid, RFC 5737, RFC 3849), so a
 * second run leaves them as they are. Loopback addresses identify nobody and stay.
 */

export const redactKind = 'source.redact';

const titles: Localized<string> = {
  en: 'Redact e-mail addresses, IP addresses and credentials',
  ko: '전자 메일 주소, IP 주소, 인증 정보 가리기',
};

export function redactTitle(locale: Locale): string {
  return titles[locale];
}

/** user@example.com, not "from=bob@…" (no "=" in the local part) and not a Message-ID's "@host" without a dot. */
const email = /(?<![\w.%+-])[A-Za-z0-9_%+-](?:[A-Za-z0-9._%+-]*[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z0-9-]*(?![\w-])/g;
const ipv4 = /(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\w]|\.\d)/g;
const ipv6 = /(?<=^|[^\w:.]|IPv6:)(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![\w:.])/g;

const emailPlaceholder = /^user(\d+)@domain(\d+)\.invalid$/i;

interface Found {
  readonly range: Range;
  readonly kind: 'email' | 'ipv4' | 'ipv6' | 'credential';
  readonly value: string;
}

/** The edits that redact a document, in document order, none overlapping. */
export function redactionEdits(lines: readonly string[], model: DocumentModel): TextEdit[] {
  const found: Found[] = credentialPayloads(model).map(({ range }) => ({ range, kind: 'credential', value: '' }));
  lines.forEach((line, index) => {
    if (!/[@.:]/.test(line)) return;
    const at = (start: number, value: string): Range => ({ start: { line: index, character: start }, end: { line: index, character: start + value.length } });
    for (const m of line.matchAll(email)) found.push({ range: at(m.index, m[0]), kind: 'email', value: m[0] });
    for (const m of line.matchAll(ipv4)) {
      if (isIpv4(m, line)) found.push({ range: at(m.index, m[0]), kind: 'ipv4', value: m[0] });
    }
    for (const m of line.matchAll(ipv6)) {
      if (isIpv6(m[0])) found.push({ range: at(m.index, m[0]), kind: 'ipv6', value: m[0] });
    }
  });
  found.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const placeholders = new Placeholders(found);
  const edits: TextEdit[] = [];
  let end = { line: -1, character: 0 };
  for (const f of found) {
    const start = f.range.start;
    if (start.line < end.line || (start.line === end.line && start.character < end.character)) continue;
    const newText = placeholders.for(f);
    end = f.range.end;
    if (newText !== f.value) edits.push({ range: f.range, newText });
  }
  return edits;
}

function isIpv4(m: RegExpMatchArray, line: string): boolean {
  const octets = m.slice(1, 5).map(Number);
  if (octets.some((o) => o > 255)) return false;
  // "Sendmail 8.17.1.9/8.17.1.9" is a version, not an address.
  const after = line.slice(m.index! + m[0].length);
  const before = line.slice(0, m.index);
  if (/^\/\d+\.\d/.test(after) || /\d\/$/.test(before)) return false;
  return true;
}

function isIpv6(candidate: string): boolean {
  const doubles = candidate.split('::').length - 1;
  if (doubles > 1) return false;
  const groups = candidate.split(':').filter((g) => g !== '');
  const v4 = groups.length > 0 && groups[groups.length - 1]!.includes('.');
  const width = groups.length + (v4 ? 1 : 0);
  if (!groups.every((g, i) => /^[0-9A-Fa-f]{1,4}$/.test(g) || (v4 && i === groups.length - 1))) return false;
  return doubles === 1 ? width <= 7 : width === 8;
}

/** Loopback and unspecified addresses identify nobody; documentation ranges are placeholders already. */
function keptIpv4(value: string): boolean {
  return /^(?:127\.|0\.0\.0\.0$|192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|198\.1[89]\.)/.test(value);
}

function keptIpv6(value: string): boolean {
  return /^(?:::1?|0*:(?:0*:)*0*1?)$/.test(value) || /^2001:0?db8:/i.test(value);
}

class Placeholders {
  private readonly emails = new Map<string, string>();
  private readonly domains = new Map<string, number>();
  private readonly addresses = new Map<string, string>();
  private user = 0;
  private domain = 0;
  private v4 = 0;
  private v6 = 0;
  private readonly taken = new Set<string>();

  constructor(found: readonly Found[]) {
    // Placeholders already in the text keep their numbers; new ones count on from there.
    for (const f of found) {
      const m = emailPlaceholder.exec(f.value);
      if (f.kind === 'email' && m) {
        this.user = Math.max(this.user, Number(m[1]));
        this.domain = Math.max(this.domain, Number(m[2]));
      }
      if (f.kind !== 'email') this.taken.add(f.value.toLowerCase());
    }
  }

  for(f: Found): string {
    if (f.kind === 'credential') return redactedCredential;
    if (f.kind === 'email') return this.email(f.value);
    if (f.kind === 'ipv4') return keptIpv4(f.value) ? f.value : this.address(f.value, () => this.nextIpv4());
    return keptIpv6(f.value) ? f.value : this.address(f.value, () => `2001:db8::${(++this.v6).toString(16)}`);
  }

  private email(value: string): string {
    if (emailPlaceholder.test(value)) return value;
    const key = value.toLowerCase();
    const known = this.emails.get(key);
    if (known) return known;
    const host = key.slice(key.lastIndexOf('@') + 1);
    let domain = this.domains.get(host);
    if (domain === undefined) {
      domain = ++this.domain;
      this.domains.set(host, domain);
    }
    const placeholder = `user${++this.user}@domain${domain}.invalid`;
    this.emails.set(key, placeholder);
    return placeholder;
  }

  private address(value: string, next: () => string): string {
    const key = value.toLowerCase();
    let placeholder = this.addresses.get(key);
    if (placeholder === undefined) {
      do placeholder = next();
      while (this.taken.has(placeholder));
      this.addresses.set(key, placeholder);
    }
    return placeholder;
  }

  /** 192.0.2.1 … 192.0.2.254, then 198.51.100.x, 203.0.113.x (RFC 5737), then 198.18.0.0/15 (RFC 2544). */
  private nextIpv4(): string {
    const n = this.v4++;
    const nets = ['192.0.2', '198.51.100', '203.0.113'];
    if (n < 254 * nets.length) return `${nets[Math.floor(n / 254)]!}.${(n % 254) + 1}`;
    const rest = n - 254 * nets.length;
    return `198.${18 + Math.floor(rest / 65536)}.${Math.floor(rest / 256) % 256}.${rest % 256}`;
  }
}
