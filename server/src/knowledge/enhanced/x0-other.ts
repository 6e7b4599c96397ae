import type { EnhancedDetailEntry } from '../types';
import { ianaRegistry, rfc } from '../sources';

/** Subject 0, Other or Undefined Status (RFC 3463 §3.1): the one registry row X.0.0. */
export const otherCodes: readonly EnhancedDetailEntry[] = [
  {
    code: 'X.0.0',
    sampleText: 'Other undefined Status',
    associatedBasicCodes: 'Any',
    texts: {
      en: {
        title: 'Other undefined status',
        description:
          'The catch-all code: the server says whether the action worked (the first digit) but gives no subject or detail. 2.0.0 is the common plain success code; 4.0.0 is an unspecified temporary failure that may clear on retry; 5.0.0 is an unspecified permanent failure, so do not resend unchanged. RFC 3463 reserves it for errors where only the class is known, so the reply text has to carry the real reason.',
        whenYouSeeIt:
          'Most often on success: Postfix answers the final "." of DATA with "250 2.0.0 Ok: queued as 4F3C21234", QUIT with "221 2.0.0 Bye" and STARTTLS with "220 2.0.0 Ready to start TLS", and delivery reports for delivered mail often carry "Status: 2.0.0". As 4.0.0 or 5.0.0 it comes from filters, scripts and gateways that report a failure without a specific code. Microsoft uses its own unregistered details under this subject, such as 550 5.0.350 for a generic rejection by the recipient organisation.',
        howToFix:
          'For 2.0.0 there is nothing to fix. For 4.0.0 let the queue retry, and look at the reply text and the receiving server\'s logs if it persists. For 5.0.0 the code only says "failed": read the text after it (or the Diagnostic-Code field of the bounce), which usually names the real problem, and act on that. If you run the rejecting server, map the error to a specific registered code, as RFC 3463 §2 asks.',
      },
      ko: {
        title: '기타 정의되지 않은 상태',
        description:
          '모든 경우를 받아 주는 코드입니다: 서버는 동작의 성공 여부(첫 자리)만 알려 주고 subject나 detail은 주지 않습니다. 2.0.0은 흔히 쓰이는 단순 성공 코드이고, 4.0.0은 원인을 밝히지 않은 일시 실패로 재시도하면 해결될 수 있으며, 5.0.0은 원인을 밝히지 않은 영구 실패이므로 그대로 다시 보내면 안 됩니다. RFC 3463은 오류의 클래스만 알 때 쓰라고 정하므로, 실제 원인은 응답 문구에 담겨 있어야 합니다.',
        whenYouSeeIt:
          '가장 흔한 것은 성공 응답입니다: Postfix는 DATA의 마지막 "."에 "250 2.0.0 Ok: queued as 4F3C21234", QUIT에 "221 2.0.0 Bye", STARTTLS에 "220 2.0.0 Ready to start TLS"로 답하며, 배달 완료 보고서에도 "Status: 2.0.0"이 자주 들어갑니다. 4.0.0이나 5.0.0은 구체적인 코드 없이 실패를 알리는 필터, 스크립트, 게이트웨이에서 나옵니다. Microsoft는 이 subject 아래에 등록되지 않은 자체 detail을 쓰는데, 예를 들어 550 5.0.350은 수신 조직이 일반적인 사유로 거부했다는 뜻입니다.',
        howToFix:
          '2.0.0이면 고칠 것이 없습니다. 4.0.0이면 큐가 재시도하도록 두고, 계속되면 응답 문구와 수신 서버의 로그를 확인하세요. 5.0.0은 "실패했다"는 것 외에는 알려 주지 않습니다: 코드 뒤의 문구(또는 반송 메일의 Diagnostic-Code 필드)를 읽으면 대개 실제 문제가 적혀 있으니 그에 맞게 조치하세요. 거부하는 서버를 운영한다면 RFC 3463 §2가 권하는 대로 오류를 구체적인 등록 코드에 대응시키세요.',
      },
    },
    sources: [rfc(3463, '3.1'), ianaRegistry],
    confusedWith: ['X.3.0', 'X.5.0'],
  },
];
