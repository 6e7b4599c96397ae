import { DiagnosticSeverity, type Range } from 'vscode-languageserver-types';
import type { Locale } from '../../knowledge';
import { explainCode } from '../explain';
import { mentionEnd, mentionStart, type LogEntry, type LogOutcome, type Mention } from '../model';
import { message, type Finding, type Rule, type RuleContext, type RuleMessages } from './rule';

type Failure = Extract<LogOutcome, 'rejected' | 'bounced' | 'deferred' | 'expired'>;

const messages: RuleMessages<Failure | 'coded' | 'codedTo' | 'uncoded' | 'uncodedTo'> = {
  en: {
    rejected: 'Rejected',
    bounced: 'Bounced',
    deferred: 'Deferred',
    expired: 'Expired, returned to the sender',
    coded: '{0}: {1} — {2}.',
    codedTo: '{0} ({1}): {2} — {3}.',
    uncoded: '{0}: the log gives no SMTP code here; the reason is in the text of the line.',
    uncodedTo: '{0} ({1}): the log gives no SMTP code here; the reason is in the text of the line.',
  },
  ko: {
    rejected: '거부됨',
    bounced: '반송됨',
    deferred: '지연됨',
    expired: '만료되어 발신자에게 반송됨',
    coded: '{0}: {1} — {2}.',
    codedTo: '{0}({1}): {2} — {3}.',
    uncoded: '{0}: 로그에 SMTP 코드가 없습니다. 이유는 이 줄의 본문에 있습니다.',
    uncodedTo: '{0}({1}): 로그에 SMTP 코드가 없습니다. 이유는 이 줄의 본문에 있습니다.',
  },
};

const failures: ReadonlySet<LogOutcome> = new Set<LogOutcome>(['rejected', 'bounced', 'deferred', 'expired']);

/** Each rejected, bounced, deferred or expired delivery in a mail log: what happened and why, from the knowledge base. */
export const logDeliveryFailure: Rule = {
  id: 'log-delivery-failure',
  defaultSeverity: DiagnosticSeverity.Information,
  scope: 'log-entries',
  docs: {
    en:
      'Lists the failed deliveries of a mail log in the Problems panel: one diagnostic per message or rejection that ' +
      'was rejected, bounced, deferred or expired, on the code that says why, with the meaning of that code (RFC 5321 ' +
      '§4.2, RFC 3463). Example: "Bounced (bob@example.com): 550 5.1.1 — Bad destination mailbox address." It is ' +
      'information; set smtpLens.diagnostics.permanentFailuresAsWarnings to show permanent failures (5xx, bounced, ' +
      'expired) as warnings (a severity set for this rule in smtpLens.diagnostics.rules wins over both). Like every ' +
      'rule, it lists at most smtpLens.diagnostics.maxPerRule (1000) per document, and its share of ' +
      'smtpLens.diagnostics.maxPerDocument (2000, shared among the rules), and a last diagnostic says how many more there are. Switch it off with "smtp-lens-disable log-delivery-failure" in the document, or in the smtpLens.diagnostics.rules setting.',
    ko:
      '메일 로그의 배달 실패를 문제 패널에 보여 줍니다. 거부, 반송, 지연, 만료된 메시지나 거부 건마다 그 이유를 ' +
      '말하는 코드에 진단 하나를 붙이고, 코드의 뜻을 함께 적습니다(RFC 5321 §4.2, RFC 3463). 예: "반송됨(bob@example.com): ' +
      '550 5.1.1 — 잘못된 수신 메일함 주소." 정보 수준이며, smtpLens.diagnostics.permanentFailuresAsWarnings를 켜면 ' +
      '영구 실패(5xx, 반송, 만료)를 경고로 보여 줍니다(smtpLens.diagnostics.rules에서 이 규칙에 정한 심각도가 둘 다에 ' +
      '우선합니다). 다른 규칙처럼 문서마다 최대 smtpLens.diagnostics.maxPerRule(1000)건, 그리고 규칙끼리 나누는 ' +
      'smtpLens.diagnostics.maxPerDocument(2000)건 가운데 제 몫까지 보여 주고, 마지막 진단이 ' +
      '나머지 건수를 알려 줍니다. 문서에 ' +
      '"smtp-lens-disable log-delivery-failure"를 쓰거나 smtpLens.diagnostics.rules 설정으로 끌 수 있습니다.',
  },
  check({ model, locale, permanentFailuresAsWarnings }: RuleContext): Finding[] {
    const found: Finding[] = [];
    for (const entry of model.logEntries) {
      if (failures.has(entry.outcome)) found.push(new FailureFinding(entry, locale, permanentFailuresAsWarnings === true && permanent(entry)));
    }
    return found;
  },
};

/**
 * A busy day's log holds tens of thousands of failures, of which only the first are shown (maxPerRule): where each
 * one lies and what it says are worked out when read. Where it lies follows the entry, whose line numbers follow the
 * document's version (a finding is kept while its entry is).
 */
class FailureFinding implements Finding {
  readonly severity: DiagnosticSeverity | undefined;
  private said: string | undefined;

  constructor(
    private readonly entry: LogEntry,
    private readonly locale: Locale,
    warn: boolean,
  ) {
    this.severity = warn ? DiagnosticSeverity.Warning : undefined;
  }

  get range(): Range {
    return rangeOf(this.entry);
  }

  get message(): string {
    this.said ??= describe(this.entry, this.locale);
    return this.said;
  }
}

/** A bounce, an expiry, or a 5xx rejection: the message will not arrive. */
function permanent(entry: LogEntry): boolean {
  if (entry.outcome === 'bounced' || entry.outcome === 'expired') return true;
  const code = entry.verdict?.reply?.code ?? entry.verdict?.enhanced?.code;
  return entry.outcome === 'rejected' && code?.[0] === '5';
}

function describe(entry: LogEntry, locale: Locale): string {
  const outcome = message(messages, locale, entry.outcome as Failure);
  const recipient = entry.recipients.length === 1 ? entry.recipients[0]! : null;
  const verdict = entry.verdict;
  if (!verdict) return recipient === null ? message(messages, locale, 'uncoded', outcome) : message(messages, locale, 'uncodedTo', outcome, recipient);
  const codes = [verdict.reply?.code, verdict.enhanced?.code].filter((c): c is string => c !== undefined).join(' ');
  const title = titleOf(verdict, locale);
  return recipient === null ? message(messages, locale, 'coded', outcome, codes, title) : message(messages, locale, 'codedTo', outcome, recipient, codes, title);
}

/** Titles by locale and code: a log names the same few codes thousands of times. */
const titles = new Map<string, string>();

/** The enhanced code says more than the reply code, unless it is the catch-all X.0.0. */
function titleOf(verdict: Mention, locale: Locale): string {
  const enhanced = verdict.enhanced?.code;
  const reply = verdict.reply?.code;
  const code = enhanced !== undefined && !(reply !== undefined && /\.0\.0$/.test(enhanced)) ? enhanced : (reply ?? enhanced!);
  const key = `${locale} ${code}`;
  let title = titles.get(key);
  if (title === undefined) {
    title = explainCode(code, locale)?.title ?? code;
    titles.set(key, title);
  }
  return title;
}

/** The verdict's codes, or else the entry's last line. */
function rangeOf(entry: LogEntry): Range {
  const verdict = entry.verdict;
  if (verdict) return { start: { line: verdict.line, character: mentionStart(verdict) }, end: { line: verdict.line, character: mentionEnd(verdict) } };
  const line = entry.lastLine;
  return { start: { line, character: 0 }, end: { line, character: entry.lastLineEnd } };
}
