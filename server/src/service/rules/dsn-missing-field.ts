import { DiagnosticSeverity, type Range } from 'vscode-languageserver-types';
import type { DeliveryReport, DocumentModel } from '../model';
import { dsnReports } from './support/dsn-reports';
import { message, type Finding, type Rule, type RuleContext, type RuleMessages } from './rule';

const messages: RuleMessages<'found'> = {
  en: {
    found:
      'This recipient\'s delivery status lacks {0}: RFC 3464 §2.3 requires Final-Recipient, Action and Status for every recipient, and bounce processors that look for them will skip or misfile this one.',
  },
  ko: {
    found:
      '이 수신자의 배달 상태에 {0}이(가) 없습니다. RFC 3464 §2.3은 모든 수신자에 Final-Recipient, Action, Status를 요구하며, 이를 찾는 반송 처리기는 이 수신자를 건너뛰거나 잘못 분류합니다.',
  },
};

const required = ['Final-Recipient', 'Action', 'Status'] as const;

/** A per-recipient group of a message/delivery-status part that lacks Final-Recipient, Action or Status. */
export const dsnMissingField: Rule = {
  id: 'dsn-missing-field',
  defaultSeverity: DiagnosticSeverity.Warning,
  docs: {
    en:
      'Each recipient in a message/delivery-status part is a group of fields, and three of them are required: ' +
      'Final-Recipient (the address the report is about), Action (failed, delayed, delivered, relayed, expanded) and ' +
      'Status (an enhanced status code) (RFC 3464 §2.3, §2.3.2–§2.3.4). A report without one of them cannot be ' +
      'processed automatically. Only real delivery-status parts are checked, not DSN-like lines in the text of a ' +
      'bounce. Example: a group with "Final-Recipient: rfc822; bob@example.com" and "Action: failed" but no ' +
      '"Status:". Switch it off with "smtp-lens-disable dsn-missing-field" in the document, or in the ' +
      'smtpLens.diagnostics.rules setting.',
    ko:
      'message/delivery-status 부분의 각 수신자는 필드 묶음이며, 그중 셋은 필수입니다: Final-Recipient(보고 대상 ' +
      '주소), Action(failed, delayed, delivered, relayed, expanded), Status(확장 상태 코드)(RFC 3464 §2.3, ' +
      '§2.3.2–§2.3.4). 하나라도 없으면 보고를 자동으로 처리할 수 없습니다. 반송 메일 본문에 있는 DSN 비슷한 줄이 ' +
      '아니라 실제 delivery-status 부분만 검사합니다. 예: "Final-Recipient: rfc822; bob@example.com"과 "Action: ' +
      'failed"는 있지만 "Status:"가 없는 묶음. 문서에 "smtp-lens-disable dsn-missing-field"를 쓰거나 ' +
      'smtpLens.diagnostics.rules 설정으로 끌 수 있습니다.',
  },
  check({ model, locale, lines }: RuleContext): Finding[] {
    const found = missing(model, lines);
    return found.map(({ range, fields }) => ({ range, message: message(messages, locale, 'found', fields.join(', ')) }));
  },
};

function missing(model: DocumentModel, lines: readonly string[]): { range: Range; fields: string[] }[] {
  const reports = dsnReports(model);
  if (reports.length === 0) return [];
  return reports.flatMap(({ report }) => {
    const names = fieldNames(report, lines);
    const absent = required.filter((f) => !names.has(f.toLowerCase()));
    if (absent.length === 0) return [];
    const line = report.span.start;
    return [{ range: { start: { line, character: 0 }, end: { line, character: lines[line]?.length ?? 0 } }, fields: absent }];
  });
}

/** The field names that open the lines of the recipient's group, which the model delimits. */
function fieldNames(report: DeliveryReport, lines: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (let line = report.span.start; line <= report.span.end; line++) {
    const name = /^([!-9;-~]+)[ \t]*:/.exec(lines[line] ?? '')?.[1];
    if (name) names.add(name.toLowerCase());
  }
  return names;
}
