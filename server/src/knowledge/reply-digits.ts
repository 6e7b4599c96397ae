import { rfc } from './sources';
import type { ReplyDigitEntry } from './types';

/**
 * What the first digit (1–5) and the second digit (0–5) of a basic reply code mean (RFC 5321 §4.2.1).
 * They explain codes that no RFC defines (599, 571 …) from their digits.
 */
export const replyDigits: readonly ReplyDigitEntry[] = [
  {
    position: 'first',
    digit: '1',
    texts: {
      en: {
        title: 'Positive Preliminary (never used in SMTP)',
        description:
          'In FTP, the model for SMTP\'s reply codes, 1yz means "action started, expect another reply". SMTP has no such replies: RFC 5321 §4.2.1 says FTP\'s 1yz codes are not part of the SMTP model, and §4.2 says a server must not send a first digit other than 2, 3, 4 or 5 unless an extension allows it. A client that receives a 1yz code (or any other out-of-range code) should treat it as a fatal error and end the transaction; the server is broken or is not speaking SMTP.',
      },
      ko: {
        title: '예비 긍정(Positive Preliminary, SMTP에서는 쓰지 않음)',
        description:
          'SMTP 응답 코드의 모델인 FTP에서 1yz는 "동작을 시작했으니 다음 응답을 기다리라"는 뜻입니다. SMTP에는 이런 응답이 없습니다. RFC 5321 §4.2.1은 FTP의 1yz 코드가 SMTP 모델에 속하지 않는다고 하고, §4.2는 확장이 허용하지 않는 한 서버가 첫 자리로 2, 3, 4, 5 외의 숫자를 보내서는 안 된다고 합니다. 1yz 코드(또는 범위를 벗어난 다른 코드)를 받은 클라이언트는 이를 치명적 오류로 보고 트랜잭션을 끝내야 합니다. 서버가 고장 났거나 SMTP를 말하고 있지 않은 것입니다.',
      },
    },
    sources: [rfc(5321, '4.2.1'), rfc(5321, '4.2'), rfc(5321, '4.3.2')],
  },
  {
    position: 'first',
    digit: '2',
    texts: {
      en: {
        title: 'Positive Completion',
        description:
          'The requested action was completed; the client may send its next command. In reply to the final "." after DATA (or to the last BDAT chunk), a 2yz means the server has taken responsibility for the message: it will deliver it or send a bounce (RFC 5321 §4.2.5). Nothing needs to be retried, and a 2yz code no RFC defines (e.g. 299) still means success.',
      },
      ko: {
        title: '긍정 완료(Positive Completion)',
        description:
          '요청한 동작이 완료되었으며 클라이언트는 다음 명령을 보낼 수 있습니다. DATA 뒤의 마지막 "."(또는 마지막 BDAT 청크)에 대한 2yz는 서버가 메시지에 대한 책임을 넘겨받았다는 뜻입니다. 서버가 배달하거나 반송을 보냅니다(RFC 5321 §4.2.5). 재시도할 것은 없으며, 어느 RFC에도 정의되지 않은 2yz 코드(예: 299)도 성공을 뜻합니다.',
      },
    },
    sources: [rfc(5321, '4.2.1'), rfc(5321, '4.2.5')],
  },
  {
    position: 'first',
    digit: '3',
    texts: {
      en: {
        title: 'Positive Intermediate',
        description:
          'The command was accepted, but the server needs more before it can act: 354 after DATA asks for the message text, and 334 during AUTH asks for the next line of the login exchange. No verdict yet: the final reply (2yz, 4yz or 5yz) comes after the client sends what was asked for. RFC 2034 leaves 3yz replies out of the enhanced status codes, and the enhanced code has no class 3, so 3yz replies carry no X.Y.Z code.',
      },
      ko: {
        title: '중간 긍정(Positive Intermediate)',
        description:
          '명령은 받아들여졌지만 서버가 동작하려면 더 필요한 것이 있습니다. DATA 뒤의 354는 메시지 본문을, AUTH 중의 334는 로그인 교환의 다음 줄을 요청합니다. 아직 결과는 없으며, 최종 응답(2yz, 4yz, 5yz)은 클라이언트가 요청받은 것을 보낸 뒤에 옵니다. RFC 2034는 3yz 응답을 향상된 상태 코드 대상에서 빼 두었고 향상된 코드에는 클래스 3이 없으므로, 3yz 응답에는 X.Y.Z 코드가 붙지 않습니다.',
      },
    },
    sources: [rfc(5321, '4.2.1'), rfc(4954, '4'), rfc(2034, '4')],
  },
  {
    position: 'first',
    digit: '4',
    texts: {
      en: {
        title: 'Transient Negative Completion',
        description:
          'The action was not taken, but the failure is temporary: the same command may succeed later without any change. RFC 5321 §4.2.1 gives the rule of thumb: a reply is 4yz if repeating the command identically could work. The sending server keeps the message queued and retries on its own schedule; a 4yz code that no RFC defines (e.g. 471 or 499) is therefore a temporary failure: retry, do not bounce.',
      },
      ko: {
        title: '일시적 실패(Transient Negative Completion)',
        description:
          '동작은 수행되지 않았지만 실패는 일시적입니다. 같은 명령을 아무것도 바꾸지 않고 나중에 보내면 성공할 수 있습니다. RFC 5321 §4.2.1의 기준은 명령을 똑같이 반복해서 성공할 수 있다면 4yz라는 것입니다. 발신 서버는 메시지를 큐에 두고 자체 일정에 따라 재시도합니다. 따라서 어느 RFC에도 정의되지 않은 4yz 코드(예: 471, 499)도 일시적 실패이니 반송하지 말고 재시도하세요.',
      },
    },
    sources: [rfc(5321, '4.2.1'), rfc(5321, '4.2.5'), rfc(5321, '4.5.4.1')],
  },
  {
    position: 'first',
    digit: '5',
    texts: {
      en: {
        title: 'Permanent Negative Completion',
        description:
          'The action was not taken, and repeating the exact same request will fail again: the client should not retry it unchanged, and a queued message is returned to the sender as a bounce. Some "permanent" causes can still be fixed by a person (a corrected address, a delisted IP, a restored account), after which a new attempt can work. A 5yz code that no RFC defines (e.g. 571 or 599) is a permanent failure.',
      },
      ko: {
        title: '영구 실패(Permanent Negative Completion)',
        description:
          '동작은 수행되지 않았고, 똑같은 요청을 반복해도 또 실패합니다. 클라이언트는 그대로 재시도해서는 안 되며, 큐에 있던 메시지는 반송으로 발신자에게 돌아갑니다. 일부 "영구적" 원인은 사람이 고칠 수 있고(주소 수정, 차단 목록 해제, 계정 복구), 그 뒤의 새 시도는 성공할 수 있습니다. 어느 RFC에도 정의되지 않은 5yz 코드(예: 571, 599)도 영구 실패입니다.',
      },
    },
    sources: [rfc(5321, '4.2.1'), rfc(5321, '4.2.5'), rfc(5321, '6.1')],
  },
  {
    position: 'second',
    digit: '0',
    texts: {
      en: {
        title: 'Syntax',
        description:
          'x0z replies are about syntax: a command with a syntax error, a valid command that fits no functional category, or a command that is not implemented or not needed (RFC 5321 §4.2.1). The standard ones are 500 to 504. An unknown x0z code (e.g. 505 or 509) points at how the client talks SMTP, not at the address or the message.',
      },
      ko: {
        title: '구문(Syntax)',
        description:
          'x0z 응답은 구문에 관한 것입니다: 구문 오류가 있는 명령, 어떤 기능 범주에도 맞지 않는 유효한 명령, 구현되지 않았거나 불필요한 명령입니다(RFC 5321 §4.2.1). 표준 코드는 500~504입니다. 알 수 없는 x0z 코드(예: 505, 509)는 주소나 메시지가 아니라 클라이언트가 SMTP를 말하는 방식의 문제를 가리킵니다.',
      },
    },
    sources: [rfc(5321, '4.2.1'), rfc(5321, '4.2.2')],
  },
  {
    position: 'second',
    digit: '1',
    texts: {
      en: {
        title: 'Information',
        description:
          'x1z replies answer requests for information, such as status or help (RFC 5321 §4.2.1). The standard ones are 211 (system status) and 214 (help message), both answers to HELP. An unknown x1z code is about an information request, not about delivering mail.',
      },
      ko: {
        title: '정보(Information)',
        description:
          'x1z 응답은 상태나 도움말 같은 정보 요청에 대한 답입니다(RFC 5321 §4.2.1). 표준 코드는 211(시스템 상태)과 214(도움말 메시지)로, 둘 다 HELP에 대한 응답입니다. 알 수 없는 x1z 코드는 메일 배달이 아니라 정보 요청에 관한 것입니다.',
      },
    },
    sources: [rfc(5321, '4.2.1'), rfc(5321, '4.2.2')],
  },
  {
    position: 'second',
    digit: '2',
    texts: {
      en: {
        title: 'Connections',
        description:
          'x2z replies are about the transmission channel, the connection itself (RFC 5321 §4.2.1): 220 service ready, 221 closing after QUIT, 421 service not available and closing, and 521 host does not accept mail (RFC 7504). An unknown x2z code concerns the connection or the whole session rather than one message or address.',
      },
      ko: {
        title: '연결(Connections)',
        description:
          'x2z 응답은 전송 채널, 즉 연결 자체에 관한 것입니다(RFC 5321 §4.2.1): 220 서비스 준비됨, 221 QUIT 뒤 연결 닫음, 421 서비스를 사용할 수 없어 연결 닫음, 521 호스트가 메일을 받지 않음(RFC 7504). 알 수 없는 x2z 코드는 메시지나 주소 하나가 아니라 연결이나 세션 전체에 관한 것입니다.',
      },
    },
    sources: [rfc(5321, '4.2.1'), rfc(5321, '4.2.2'), rfc(7504)],
  },
  {
    position: 'second',
    digit: '3',
    texts: {
      en: {
        title: 'Unspecified (used by AUTH)',
        description:
          'RFC 5321 §4.2.1 leaves x3z unspecified. The AUTH extension (RFC 4954) uses it for its codes: 235, 334, 432, 530, 534, 535 and 538, so a code with 3 in the middle is usually about authentication. The digit itself defines no category, though: for an unknown x3z code, rely on the first digit, the enhanced status code and the text.',
      },
      ko: {
        title: '미지정(AUTH에서 사용)',
        description:
          'RFC 5321 §4.2.1은 x3z를 미지정으로 남겨 둡니다. AUTH 확장(RFC 4954)이 자기 코드에 이 자리를 씁니다: 235, 334, 432, 530, 534, 535, 538. 그래서 가운데 자리가 3인 코드는 대개 인증에 관한 것입니다. 다만 이 숫자 자체가 범주를 정하지는 않으므로, 알 수 없는 x3z 코드는 첫 자리, 향상된 상태 코드, 텍스트로 판단하세요.',
      },
    },
    sources: [rfc(5321, '4.2.1'), rfc(4954, '6')],
  },
  {
    position: 'second',
    digit: '4',
    texts: {
      en: {
        title: 'Unspecified',
        description:
          'RFC 5321 §4.2.1 leaves x4z unspecified, and no standard reply code uses it. A code such as 541 or 440 therefore says nothing beyond its first digit: rely on the enhanced status code and the text (Zoho, for example, sends "541 5.4.1 Mail rejected by destination domain").',
      },
      ko: {
        title: '미지정',
        description:
          'RFC 5321 §4.2.1은 x4z를 미지정으로 남겨 두었고, 이 자리를 쓰는 표준 응답 코드는 없습니다. 따라서 541이나 440 같은 코드는 첫 자리 외에는 아무것도 말해 주지 않습니다. 향상된 상태 코드와 텍스트로 판단하세요(예를 들어 Zoho는 "541 5.4.1 Mail rejected by destination domain"을 보냅니다).',
      },
    },
    sources: [rfc(5321, '4.2.1')],
  },
  {
    position: 'second',
    digit: '5',
    texts: {
      en: {
        title: 'Mail system',
        description:
          'x5z replies report the state of the receiving mail system with respect to the requested transfer or other mail action (RFC 5321 §4.2.1): 250, 251, 252, 354, 450 to 455 and 550 to 556. Most everyday replies about mailboxes, messages, sizes and policy are here. An unknown x5z code (e.g. 557 or 559) is about the mailbox, the message or the destination, not about syntax or the connection.',
      },
      ko: {
        title: '메일 시스템(Mail system)',
        description:
          'x5z 응답은 요청한 전송이나 다른 메일 동작에 대한 수신 메일 시스템의 상태를 알립니다(RFC 5321 §4.2.1): 250, 251, 252, 354, 450~455, 550~556. 메일함, 메시지, 크기, 정책에 관한 일상적인 응답은 대부분 여기에 속합니다. 알 수 없는 x5z 코드(예: 557, 559)는 구문이나 연결이 아니라 메일함, 메시지 또는 목적지에 관한 것입니다.',
      },
    },
    sources: [rfc(5321, '4.2.1'), rfc(5321, '4.2.2')],
  },
];
