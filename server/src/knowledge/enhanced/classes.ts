import type { EnhancedPartEntry } from '../types';
import { ianaRegistry, rfc } from '../sources';

/** The three classes (first digit) and eight subjects (second digit) of the enhanced status codes (RFC 3463 §2, §3). */
export const enhancedParts: readonly EnhancedPartEntry[] = [
  {
    part: 'class',
    digit: '2',
    texts: {
      en: {
        title: 'Success',
        description:
          'The first digit 2 says the action succeeded: the server accepted the command or the message, or a delivery report says the message was delivered, relayed or expanded. It goes only with 2yz basic replies (RFC 2034 requires the class of the enhanced code to match the first digit of the reply code), e.g. "250 2.1.5 Ok". The subject and detail can add what was checked or what was changed on the way, such as a conversion needed for delivery.',
      },
      ko: {
        title: '성공',
        description:
          '첫 자리 2는 동작이 성공했다는 뜻입니다: 서버가 명령이나 메시지를 받아들였거나, 배달 보고서가 메시지가 배달, 중계 또는 확장되었다고 알리는 경우입니다. 2yz 기본 응답에만 붙습니다(RFC 2034는 향상된 코드의 클래스가 응답 코드의 첫 자리와 일치해야 한다고 정합니다). 예: "250 2.1.5 Ok". subject와 detail은 무엇을 확인했는지, 또는 배달을 위해 변환처럼 무엇이 바뀌었는지를 덧붙일 수 있습니다.',
      },
    },
    sources: [rfc(3463, '2'), rfc(2034, '4'), ianaRegistry],
  },
  {
    part: 'class',
    digit: '4',
    texts: {
      en: {
        title: 'Persistent transient failure',
        description:
          'The message as sent is valid, but a temporary condition delayed it or made the sender give up for now; sending again later may work. It goes with 4yz basic replies: the sending server keeps the message in its queue and retries on its own. In a bounce report a 4.X.X status means the retries went on until the queue lifetime ran out; in a delay notice it means the server is still trying.',
      },
      ko: {
        title: '지속적인 일시 실패',
        description:
          '보낸 메시지 자체는 유효하지만, 일시적인 상황이 이어져 전송이 지연되었거나 발신 측이 일단 포기했습니다. 나중에 다시 보내면 성공할 수 있습니다. 4yz 기본 응답과 함께 쓰이며, 발신 서버는 메시지를 큐에 두고 스스로 재시도합니다. 반송 보고서의 4.X.X 상태는 큐 보관 기간이 끝날 때까지 재시도했다는 뜻이고, 지연 알림의 4.X.X 상태는 서버가 아직 시도 중이라는 뜻입니다.',
      },
    },
    sources: [rfc(3463, '2'), rfc(2034, '4'), ianaRegistry],
  },
  {
    part: 'class',
    digit: '5',
    texts: {
      en: {
        title: 'Permanent failure',
        description:
          'Resending the same message to the same address will not work: something in the message or at the destination must change first. It goes with 5yz basic replies; the sending server stops at once and returns a bounce (non-delivery report) to the sender. Some servers use class 5 for conditions RFC 3463 calls transient, such as 5.2.2 for a full mailbox, so read the subject and detail too.',
      },
      ko: {
        title: '영구 실패',
        description:
          '같은 메시지를 같은 주소로 다시 보내도 성공하지 않습니다: 먼저 메시지나 수신 측의 무언가가 바뀌어야 합니다. 5yz 기본 응답과 함께 쓰이며, 발신 서버는 즉시 시도를 멈추고 발신자에게 반송 메일(non-delivery report)을 돌려보냅니다. 일부 서버는 RFC 3463이 일시적이라고 보는 상황에도 클래스 5를 씁니다(예: 메일함이 가득 찼을 때의 5.2.2). 그러니 subject와 detail도 함께 읽으세요.',
      },
    },
    sources: [rfc(3463, '2'), rfc(2034, '4'), ianaRegistry],
  },
  {
    part: 'subject',
    digit: '0',
    texts: {
      en: {
        title: 'Other or undefined status',
        description:
          'No subject information is available: the code only says whether the action succeeded (2), failed for now (4) or failed for good (5). X.0.0 is the only registered code under this subject, so the reply text has to carry the actual reason.',
      },
      ko: {
        title: '기타 또는 정의되지 않은 상태',
        description:
          '분류(subject) 정보가 없습니다: 코드는 동작이 성공했는지(2), 일시적으로 실패했는지(4), 영구적으로 실패했는지(5)만 알려 줍니다. 이 subject에 등록된 코드는 X.0.0 하나뿐이므로, 실제 원인은 응답 문구에서 찾아야 합니다.',
      },
    },
    sources: [rfc(3463, '2'), rfc(3463, '3.1'), ianaRegistry],
  },
  {
    part: 'subject',
    digit: '1',
    texts: {
      en: {
        title: 'Addressing status',
        description:
          'Something about the sender or recipient address: its syntax, or whether the mailbox or domain it names exists. RFC 3463 notes that the sender can usually correct these errors and send again. Typical codes: X.1.1 unknown user, X.1.2 unknown domain, X.1.3 and X.1.7 bad address syntax, X.1.10 null MX.',
      },
      ko: {
        title: '주소 상태',
        description:
          '발신자나 수신자 주소에 관한 문제입니다: 주소 문법, 또는 주소가 가리키는 메일함이나 도메인이 존재하는지 여부입니다. RFC 3463은 이런 오류는 대개 발신자가 고쳐서 다시 보낼 수 있다고 설명합니다. 대표 코드: X.1.1 없는 사용자, X.1.2 없는 도메인, X.1.3과 X.1.7 잘못된 주소 문법, X.1.10 null MX.',
      },
    },
    sources: [rfc(3463, '2'), rfc(3463, '3.2'), ianaRegistry],
  },
  {
    part: 'subject',
    digit: '2',
    texts: {
      en: {
        title: 'Mailbox status',
        description:
          'Something about the recipient\'s mailbox, which does exist: it is full, disabled, or has its own limits. RFC 3463 treats these issues as under the recipient\'s control. Typical codes: X.2.2 mailbox full, X.2.1 mailbox disabled, X.2.3 message too big for this mailbox.',
      },
      ko: {
        title: '메일함 상태',
        description:
          '존재하는 수신자 메일함 자체의 문제입니다: 가득 찼거나, 비활성화되었거나, 메일함만의 제한이 있는 경우입니다. RFC 3463은 이런 문제를 수신자가 관리하는 영역으로 봅니다. 대표 코드: X.2.2 메일함 가득 참, X.2.1 메일함 비활성화, X.2.3 이 메일함에는 너무 큰 메시지.',
      },
    },
    sources: [rfc(3463, '2'), rfc(3463, '3.3'), ianaRegistry],
  },
  {
    part: 'subject',
    digit: '3',
    texts: {
      en: {
        title: 'Mail system status',
        description:
          'Something about the destination mail system as a whole, not one mailbox: it is out of storage, not accepting mail, misconfigured, or the message is too big for it. RFC 3463 treats these issues as under the control of the destination system\'s administrator. Typical codes: X.3.4 message too big, X.3.1 system full, X.3.2 not accepting messages.',
      },
      ko: {
        title: '메일 시스템 상태',
        description:
          '메일함 하나가 아니라 수신 측 메일 시스템 전체의 문제입니다: 저장 공간이 부족하거나, 메일을 받지 않거나, 설정이 잘못되었거나, 메시지가 시스템에 비해 너무 큰 경우입니다. RFC 3463은 이런 문제를 수신 시스템 관리자가 관리하는 영역으로 봅니다. 대표 코드: X.3.4 메시지가 너무 큼, X.3.1 시스템 저장 공간 부족, X.3.2 메시지를 받지 않음.',
      },
    },
    sources: [rfc(3463, '2'), rfc(3463, '3.4'), ianaRegistry],
  },
  {
    part: 'subject',
    digit: '4',
    texts: {
      en: {
        title: 'Network and routing status',
        description:
          'Something on the delivery path: connections, DNS and other directory or routing services, congestion, loops and delivery time. RFC 3463 treats these issues as under the control of the destination\'s or an intermediate system\'s administrator. Many of these codes are produced by the sending server itself, e.g. X.4.1 no answer from host, X.4.4 unable to route, X.4.7 delivery time expired.',
      },
      ko: {
        title: '네트워크 및 라우팅 상태',
        description:
          '전달 경로상의 문제입니다: 연결, DNS를 비롯한 디렉터리 및 라우팅 서비스, 혼잡, 루프, 배달 시간 초과 등입니다. RFC 3463은 이런 문제를 수신 측이나 중간 시스템의 관리자가 관리하는 영역으로 봅니다. 이 코드들 중 상당수는 발신 서버가 스스로 만들어 냅니다. 예: X.4.1 호스트 응답 없음, X.4.4 경로를 찾을 수 없음, X.4.7 배달 시간 만료.',
      },
    },
    sources: [rfc(3463, '2'), rfc(3463, '3.5'), ianaRegistry],
  },
  {
    part: 'subject',
    digit: '5',
    texts: {
      en: {
        title: 'Mail delivery protocol status',
        description:
          'A problem in the SMTP dialogue itself: invalid or out-of-sequence commands, syntax errors, too many recipients, a wrong protocol version. RFC 3463 says these cover problems from implementation errors to an unreliable connection. Typical codes: X.5.1 invalid command, X.5.2 syntax error, X.5.3 too many recipients.',
      },
      ko: {
        title: '메일 전달 프로토콜 상태',
        description:
          'SMTP 대화 자체의 문제입니다: 잘못되었거나 순서가 틀린 명령, 문법 오류, 너무 많은 수신자, 맞지 않는 프로토콜 버전 등입니다. RFC 3463은 구현 오류부터 불안정한 연결까지 이런 문제를 모두 포함한다고 설명합니다. 대표 코드: X.5.1 잘못된 명령, X.5.2 문법 오류, X.5.3 수신자가 너무 많음.',
      },
    },
    sources: [rfc(3463, '2'), rfc(3463, '3.6'), ianaRegistry],
  },
  {
    part: 'subject',
    digit: '6',
    texts: {
      en: {
        title: 'Message content or media status',
        description:
          'A problem with the content of the message: media types, conversion or transcoding, and, with SMTPUTF8, non-ASCII addresses and headers. Sender and receiver must share a set of supported content types, so either side may have to act. Typical codes: X.6.3 conversion required but not supported, X.6.7 non-ASCII addresses not permitted.',
      },
      ko: {
        title: '메시지 내용 또는 미디어 상태',
        description:
          '메시지 내용의 문제입니다: 미디어 유형, 변환이나 트랜스코딩, 그리고 SMTPUTF8과 관련된 비ASCII 주소와 헤더 등입니다. 발신 측과 수신 측이 공통으로 지원하는 콘텐츠 유형이 있어야 하므로, 어느 쪽이든 조치가 필요할 수 있습니다. 대표 코드: X.6.3 변환이 필요하지만 지원하지 않음, X.6.7 비ASCII 주소 허용 안 됨.',
      },
    },
    sources: [rfc(3463, '2'), rfc(3463, '3.7'), ianaRegistry],
  },
  {
    part: 'subject',
    digit: '7',
    texts: {
      en: {
        title: 'Security or policy status',
        description:
          'The message was stopped by a policy or a security check: relay and recipient restrictions, spam and reputation filters, authentication (SMTP AUTH, SPF, DKIM, DMARC) and encryption. RFC 3463 says both sender and recipient must permit the exchange, so the fix may lie on either side. Many rejections of legitimate bulk or forwarded mail fall here, e.g. X.7.1 delivery not authorized, X.7.8 invalid credentials, X.7.26 multiple authentication checks failed.',
      },
      ko: {
        title: '보안 또는 정책 상태',
        description:
          '정책이나 보안 검사에서 메시지가 막혔습니다: 릴레이 및 수신자 제한, 스팸 및 평판 필터, 인증(SMTP AUTH, SPF, DKIM, DMARC), 암호화 등입니다. RFC 3463은 발신자와 수신자 모두가 교환을 허용해야 한다고 하므로, 해결책은 양쪽 어디에나 있을 수 있습니다. 정상적인 대량 메일이나 전달(forward)된 메일이 거부되는 경우도 상당수가 여기에 속합니다. 예: X.7.1 배달 권한 없음, X.7.8 잘못된 인증 정보, X.7.26 여러 인증 검사 실패.',
      },
    },
    sources: [rfc(3463, '2'), rfc(3463, '3.8'), ianaRegistry],
  },
];
