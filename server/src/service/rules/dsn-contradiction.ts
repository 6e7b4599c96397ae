import { DiagnosticSeverity, type Range } from 'vscode-languageserver-types';
import type { Locale, Localized } from '../../knowledge';
import type { DeliveryAction, DocumentModel, Mention } from '../model';
import { dsnReports } from './support/dsn-reports';
import { lineNumber, message, type Finding, type Rule, type RuleContext, type RuleMessages } from './rule';

const messages: RuleMessages<'action' | 'diagnostic'> = {
  en: {
    action:
      '"Action: {0}" with "Status: {1}" contradict each other: {2} (RFC 3464 §2.3.3, §2.3.4; RFC 3463 §3.1). Bounce processors read one or the other, so they will disagree about this recipient.',
    diagnostic:
      '"Status: {0}" is class {1}, but the remote server\'s reply in Diagnostic-Code on line {2} is {3}, class {4} (RFC 3464 §2.3.4, §2.3.6; RFC 3463 §2): one says {5}, the other {6}.',
  },
  ko: {
    action:
      '"Action: {0}"와 "Status: {1}"이(가) 서로 어긋납니다: {2}(RFC 3464 §2.3.3, §2.3.4, RFC 3463 §3.1). 반송 처리기는 둘 중 하나를 읽으므로, 이 수신자에 대해 서로 다른 결론을 내립니다.',
    diagnostic:
      '"Status: {0}"의 클래스는 {1}인데, {2}번 줄 Diagnostic-Code의 원격 서버 응답은 클래스 {4}인 {3}입니다(RFC 3464 §2.3.4, §2.3.6, RFC 3463 §2). 한쪽은 {5}, 다른 쪽은 {6}(이)라고 말합니다.',
  },
};

const why: Localized<Readonly<Record<string, string>>> = {
  en: {
    'failed/2': 'a 2.x.x status means the delivery succeeded',
    'delayed/2': 'a 2.x.x status means the delivery succeeded, not that it is still being tried',
    'delayed/5': 'a 5.x.x status is a permanent failure, while "delayed" means the server will try again',
    'delivered/4': 'a 4.x.x status is a failure, while the action says the message arrived',
    'delivered/5': 'a 5.x.x status is a failure, while the action says the message arrived',
    'relayed/4': 'a 4.x.x status is a failure, while the action says the message was passed on',
    'relayed/5': 'a 5.x.x status is a failure, while the action says the message was passed on',
    'expanded/4': 'a 4.x.x status is a failure, while the action says the message was delivered and expanded',
    'expanded/5': 'a 5.x.x status is a failure, while the action says the message was delivered and expanded',
    '2': 'a success',
    '4': 'a temporary failure',
    '5': 'a permanent failure',
  },
  ko: {
    'failed/2': '2.x.x 상태는 배달이 성공했다는 뜻입니다',
    'delayed/2': '2.x.x 상태는 아직 재시도 중이라는 뜻이 아니라 배달이 성공했다는 뜻입니다',
    'delayed/5': '5.x.x 상태는 영구 실패인데, "delayed"는 서버가 다시 시도한다는 뜻입니다',
    'delivered/4': '4.x.x 상태는 실패인데, Action은 메시지가 도착했다고 말합니다',
    'delivered/5': '5.x.x 상태는 실패인데, Action은 메시지가 도착했다고 말합니다',
    'relayed/4': '4.x.x 상태는 실패인데, Action은 메시지를 넘겨주었다고 말합니다',
    'relayed/5': '5.x.x 상태는 실패인데, Action은 메시지를 넘겨주었다고 말합니다',
    'expanded/4': '4.x.x 상태는 실패인데, Action은 메시지가 배달되고 확장되었다고 말합니다',
    'expanded/5': '5.x.x 상태는 실패인데, Action은 메시지가 배달되고 확장되었다고 말합니다',
    '2': '성공',
    '4': '일시적 실패',
    '5': '영구 실패',
  },
};

interface Contradiction {
  readonly status: Mention;
  readonly key: 'action' | 'diagnostic';
  readonly args: readonly string[];
}

/** DSN fields of one recipient that contradict each other: Action against Status, Status against the remote's reply. */
export const dsnContradiction: Rule = {
  id: 'dsn-contradiction',
  defaultSeverity: DiagnosticSeverity.Warning,
  docs: {
    en:
      'In a delivery status notification the Action, the Status and the remote server\'s reply in Diagnostic-Code ' +
      'describe one outcome (RFC 3464 §2.3.3, §2.3.4, §2.3.6). Flagged: "Action: failed" with a 2.x.x Status, ' +
      '"delayed" with 2.x.x or 5.x.x, "delivered", "relayed" or "expanded" with 4.x.x or 5.x.x, and a Status whose ' +
      'class differs from the class of the reply in Diagnostic-Code ("Status: 4.4.1" with "550 5.1.1"). Not flagged, ' +
      'because they are correct: "Action: failed" with a 4.x.x Status, which is how Postfix and Sendmail report mail ' +
      'that expired in the queue after temporary failures (RFC 3463 calls X.4.7 "useful only as a persistent ' +
      'transient error"); and a catch-all "Status: 5.0.0" next to a more precise "550 5.1.1" (Exim, OpenSMTPD), ' +
      'which agrees on the class. Switch it off with "smtp-lens-disable dsn-contradiction" in the document, or in the ' +
      'smtpLens.diagnostics.rules setting.',
    ko:
      '배달 상태 알림(DSN)에서 Action, Status, 그리고 Diagnostic-Code의 원격 서버 응답은 하나의 결과를 설명합니다(RFC ' +
      '3464 §2.3.3, §2.3.4, §2.3.6). 지적하는 경우: 2.x.x Status와 함께인 "Action: failed", 2.x.x나 5.x.x와 함께인 ' +
      '"delayed", 4.x.x나 5.x.x와 함께인 "delivered", "relayed", "expanded", 그리고 클래스가 Diagnostic-Code 응답의 ' +
      '클래스와 다른 Status("Status: 4.4.1"과 "550 5.1.1"). 올바른 것이므로 지적하지 않는 경우: 4.x.x Status와 함께인 ' +
      '"Action: failed"는 Postfix와 Sendmail이 일시적 실패 끝에 큐에서 만료된 메일을 알리는 방식입니다(RFC 3463은 ' +
      'X.4.7을 "지속되는 일시적 오류로만 의미 있다"고 합니다). 더 정확한 "550 5.1.1" 옆의 포괄적인 "Status: 5.0.0"' +
      '(Exim, OpenSMTPD)은 클래스가 같습니다. 문서에 "smtp-lens-disable dsn-contradiction"을 쓰거나 ' +
      'smtpLens.diagnostics.rules 설정으로 끌 수 있습니다.',
  },
  check({ model, locale }: RuleContext): Finding[] {
    return contradictions(model, locale).map(({ status, key, args }) => ({
      range: enhancedRange(status),
      message: message(messages, locale, key, ...args),
    }));
  },
};

/** The Status classes each action allows. */
const allowed: Readonly<Record<DeliveryAction, string>> = { failed: '45', delayed: '4', delivered: '2', relayed: '2', expanded: '2' };

function contradictions(model: DocumentModel, locale: Locale): Contradiction[] {
  const found: Contradiction[] = [];
  for (const { report, status, diagnostic } of dsnReports(model)) {
    if (!status) continue;
    const code = status.enhanced!.code;
    const cls = code[0]!;
    if (report.action && !allowed[report.action].includes(cls)) {
      found.push({ status, key: 'action', args: [report.action, code, why[locale][`${report.action}/${cls}`] ?? ''] });
    } else if (diagnostic?.reply && diagnostic.reply.code[0] !== cls && /^[245]$/.test(cls)) {
      const reply = [diagnostic.reply.code, diagnostic.enhanced?.code].filter((c) => c !== undefined).join(' ');
      const other = diagnostic.reply.code[0]!;
      found.push({
        status,
        key: 'diagnostic',
        args: [code, cls, lineNumber(diagnostic.line), reply, other, why[locale][cls] ?? cls, why[locale][other] ?? other],
      });
    }
  }
  return found;
}

function enhancedRange(m: Mention): Range {
  const e = m.enhanced!;
  return { start: { line: m.line, character: e.character }, end: { line: m.line, character: e.character + e.code.length } };
}
