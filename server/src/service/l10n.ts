import type { Locale } from '../knowledge/types';

/** Every string the service shows a person, per locale. Korean must have every key English has. */
const en = {
  description: 'Description',
  whenYouSeeIt: 'When you see this code',
  howToFix: 'How to fix',
  keyDifferences: 'Key differences',
  whenToUseWhich: 'When to use which',
  sources: 'Sources',
  howTheyCombine: 'How they combine',
  whatTheDigitsSay: 'What the digits say',
  replyCode: 'Reply code',
  enhancedCode: 'Enhanced status code',
  unregistered: 'not registered',
  unregisteredReplyTitle: 'Reply code no RFC defines',
  unregisteredEnhancedTitle: 'Enhanced status code not in the IANA registry',
  invalidTitle: 'Not a valid code',
  unregisteredReplyWhen:
    'Some servers and appliances send codes that no RFC defines. Clients must treat an unknown code by its first digit (RFC 5321 §4.2): {0}.',
  unregisteredEnhancedWhen:
    'Providers add their own detail numbers (Microsoft 5.7.606–5.7.649, for example); software outside the registry may too. The class and subject still mean what RFC 3463 says.',
  unregisteredHowToFix:
    'Read the text of the reply: it names the actual problem. Act on the class: {0}. Search the provider\'s documentation for the exact code and text.',
  invalidDescription: '{0} does not follow the syntax of {1}.',
  firstDigit: 'first digit {0}',
  secondDigit: 'second digit {0}',
  classDigit: 'class {0}',
  subjectDigit: 'subject {0}',
  detailDigit: 'detail {0}',
  undefinedDigit: 'undefined in the RFCs',
  combine:
    'The basic code {0} gives the verdict and its class; the enhanced code {1} says precisely why: {2}. Act on both: {3}.',
  combineMismatch:
    'The classes disagree: {0} is class {1}, {2} is class {3}. RFC 3463 §2 requires the class of the enhanced code to match the first digit of the reply; trust the basic reply code {0}, which is what SMTP clients act on.',
  combineUnusual:
    'The registry associates {0} with {1}, not with {2}: an unusual pairing; the text of the reply usually tells what the server meant.',
  classPermanent: 'a permanent failure: do not retry unchanged',
  classTransient: 'a temporary failure: the sender retries later',
  classSuccess: 'success: nothing to fix',
  classIntermediate: 'an intermediate reply: the server waits for more from the client',
  classUnknown: 'not a class SMTP uses',
  oftenConfusedWith: 'Often confused with',
  compareLink: 'compare',
  compareTitle: 'Compare {0} and {1}',
  noComparison:
    'No hand-written comparison for this pair; the differences below follow from the digits of each code.',
  differentClasses: '{0} is {1}; {2} is {3}.',
  sameClass: 'Both are {0}.',
  differentCategories: 'By their second digit, {0} is about {1} and {2} is about {3}.',
  differentSubjects: 'By their subject, {0} is about {1} and {2} is about {3}.',
  unknownCode: 'Not a reply code (three digits) or an enhanced status code (class.subject.detail): {0}',
  moreFindings: '{0} more {1} diagnostics in this document are not listed: each rule shows its first {2} (smtpLens.diagnostics.maxPerRule).',
  moreFindingsInDocument:
    '{0} more {1} diagnostics in this document are not listed: a document shows {2} diagnostics at most, shared among its rules, and this rule shows its first {3} (smtpLens.diagnostics.maxPerDocument).',
  noFindingsInDocument:
    '{0} {1} diagnostics in this document are not listed: a document shows {2} diagnostics at most, shared among its rules, and there are more rules with diagnostics than that (smtpLens.diagnostics.maxPerDocument).',
  progressTitle: 'Reading {0}',
  outlineSession: 'Session {0}',
  outlineTransaction: 'Transaction {0}:',
  outlineMessage: 'Message {0}',
  outlineGreeting: '(greeting)',
  outlineUnsolicited: '(unsolicited)',
  outlineEndOfData: '(end of data)',
  outlineClientData: '(client data)',
  outlineNoReply: '(no reply)',
  outlineMoreEntries: 'Messages not listed: {0}. The outline lists {1} at most, failed deliveries first (smtpLens.outline.maxItems)',
  outlineStops: 'The outline stops here: it lists {0} items at most (smtpLens.outline.maxItems)',
  'outcome.sent': 'sent',
  'outcome.deferred': 'deferred',
  'outcome.bounced': 'bounced',
  'outcome.expired': 'expired',
  'outcome.rejected': 'rejected',
  'outcome.accepted': 'accepted',
  'outcome.unknown': 'in progress',
} as const;

export type MessageKey = keyof typeof en;

const ko: Record<MessageKey, string> = {
  description: '설명',
  whenYouSeeIt: '이 코드를 보게 되는 경우',
  howToFix: '해결 방법',
  keyDifferences: '주요 차이점',
  whenToUseWhich: '언제 어떤 것을 사용할지',
  sources: '출처',
  howTheyCombine: '두 코드를 함께 읽는 법',
  whatTheDigitsSay: '각 자리의 의미',
  replyCode: '응답 코드',
  enhancedCode: '확장 상태 코드',
  unregistered: '등록되지 않음',
  unregisteredReplyTitle: 'RFC에 정의되지 않은 응답 코드',
  unregisteredEnhancedTitle: 'IANA 레지스트리에 없는 확장 상태 코드',
  invalidTitle: '올바른 코드가 아님',
  unregisteredReplyWhen:
    '일부 서버와 장비는 어떤 RFC에도 정의되지 않은 코드를 보냅니다. 클라이언트는 모르는 코드를 첫 자리로 판단해야 합니다(RFC 5321 §4.2): {0}.',
  unregisteredEnhancedWhen:
    '메일 사업자들은 자체 세부 번호를 덧붙입니다(예: Microsoft 5.7.606–5.7.649). 레지스트리 밖의 소프트웨어도 마찬가지입니다. 클래스와 주제는 RFC 3463이 정한 뜻 그대로입니다.',
  unregisteredHowToFix:
    '응답 문구를 읽으세요. 실제 문제가 거기에 적혀 있습니다. 클래스에 따라 대응하세요: {0}. 정확한 코드와 문구로 해당 사업자의 문서를 찾아보세요.',
  invalidDescription: '{0}은(는) {1} 형식에 맞지 않습니다.',
  firstDigit: '첫째 자리 {0}',
  secondDigit: '둘째 자리 {0}',
  classDigit: '클래스 {0}',
  subjectDigit: '주제 {0}',
  detailDigit: '세부 {0}',
  undefinedDigit: 'RFC에 정의되지 않음',
  combine:
    '기본 코드 {0}은(는) 결과와 그 클래스를 알려 주고, 확장 코드 {1}은(는) 정확한 이유를 알려 줍니다: {2}. 두 가지를 함께 보고 대응하세요: {3}.',
  combineMismatch:
    '클래스가 서로 다릅니다: {0}은(는) 클래스 {1}, {2}은(는) 클래스 {3}입니다. RFC 3463 §2에 따르면 확장 코드의 클래스는 응답 코드의 첫 자리와 같아야 합니다. SMTP 클라이언트가 실제로 따르는 기본 응답 코드 {0}을(를) 믿으세요.',
  combineUnusual:
    '레지스트리는 {0}을(를) {1}와(과) 짝짓고 {2}와(과)는 짝짓지 않습니다. 드문 조합이므로 서버가 뜻한 바는 보통 응답 문구에 나와 있습니다.',
  classPermanent: '영구 실패: 그대로 다시 보내지 마세요',
  classTransient: '일시적 실패: 발신 측이 나중에 다시 시도합니다',
  classSuccess: '성공: 고칠 것이 없습니다',
  classIntermediate: '중간 응답: 서버가 클라이언트의 다음 입력을 기다립니다',
  classUnknown: 'SMTP가 쓰지 않는 클래스',
  oftenConfusedWith: '자주 혼동되는 코드',
  compareLink: '비교',
  compareTitle: '{0}와(과) {1} 비교',
  noComparison: '이 두 코드에 대한 비교 설명은 따로 없습니다. 아래 차이점은 각 코드의 자릿수에서 나온 것입니다.',
  differentClasses: '{0}은(는) {1}이고, {2}은(는) {3}입니다.',
  sameClass: '둘 다 {0}입니다.',
  differentCategories: '둘째 자리로 보면 {0}은(는) {1}, {2}은(는) {3}에 관한 코드입니다.',
  differentSubjects: '주제로 보면 {0}은(는) {1}, {2}은(는) {3}에 관한 코드입니다.',
  unknownCode: '응답 코드(세 자리 숫자)나 확장 상태 코드(class.subject.detail)가 아닙니다: {0}',
  moreFindings: '이 문서의 {1} 진단 {0}건은 목록에 없습니다. 규칙마다 처음 {2}건만 보여 줍니다(smtpLens.diagnostics.maxPerRule).',
  moreFindingsInDocument:
    '이 문서의 {1} 진단 {0}건은 목록에 없습니다. 문서마다 진단을 최대 {2}건까지 규칙끼리 나누어 보여 주며, 이 규칙은 처음 {3}건만 보여 줍니다(smtpLens.diagnostics.maxPerDocument).',
  noFindingsInDocument:
    '이 문서의 {1} 진단 {0}건은 목록에 없습니다. 문서마다 진단을 최대 {2}건까지 규칙끼리 나누어 보여 주는데, 진단이 있는 규칙이 그보다 많습니다(smtpLens.diagnostics.maxPerDocument).',
  progressTitle: '{0} 읽는 중',
  outlineSession: '세션 {0}',
  outlineTransaction: '트랜잭션 {0}:',
  outlineMessage: '메시지 {0}',
  outlineGreeting: '(인사)',
  outlineUnsolicited: '(요청 없는 응답)',
  outlineEndOfData: '(데이터 끝)',
  outlineClientData: '(클라이언트 데이터)',
  outlineNoReply: '(응답 없음)',
  outlineMoreEntries: '메시지 {0}건이 목록에 없습니다. 개요는 배달 실패부터 최대 {1}건까지 보여 줍니다(smtpLens.outline.maxItems)',
  outlineStops: '개요는 여기까지입니다. 최대 {0}개를 보여 줍니다(smtpLens.outline.maxItems)',
  'outcome.sent': '전송됨',
  'outcome.deferred': '지연됨',
  'outcome.bounced': '반송됨',
  'outcome.expired': '만료됨',
  'outcome.rejected': '거부됨',
  'outcome.accepted': '접수됨',
  'outcome.unknown': '진행 중',
};

const tables: Readonly<Record<Locale, Record<MessageKey, string>>> = { en, ko };

/** Replaces {0}, {1} … in a message template by `args`. */
export function fill(template: string, args: readonly string[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => args[Number(i)] ?? whole);
}

/** The message for `key` in `locale`, with {0}, {1} … replaced by `args`. */
export function t(locale: Locale, key: MessageKey, ...args: readonly string[]): string {
  return fill(tables[locale][key], args);
}

/** Maps an editor's display language ("ko", "ko-KR", "en-US" …) to a shipped locale. */
export function toLocale(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
