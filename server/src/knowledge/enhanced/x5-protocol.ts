import type { EnhancedDetailEntry } from '../types';
import { ianaRegistry, rfc } from '../sources';

/** Subject 5, mail delivery protocol status: X.5.0 to X.5.6, in registry order (RFC 3463 §3.6, RFC 4954 §6). */
export const protocolCodes: readonly EnhancedDetailEntry[] = [
  {
    code: 'X.5.0',
    sampleText: 'Other or undefined protocol status',
    associatedBasicCodes: '220, 250, 251, 252, 253, 451, 452, 454, 458, 459, 501, 502, 503, 554',
    texts: {
      en: {
        title: 'Other or undefined protocol status',
        description:
          'Something went wrong in the SMTP conversation itself, and none of the more specific X.5.x codes fits. 5.5.0 is a permanent failure: the same command in the same situation will fail again. 4.5.0 is transient and may be retried. The registry pairs this code with replies from 220 to 554, so the class digit and the basic code tell you more than the code itself.',
        whenYouSeeIt:
          'Mostly on commands sent in the wrong way or at the wrong time, when the server has no better detail code. Postfix replies "554 5.5.0 Error: SMTP protocol synchronization" and disconnects when a client sends commands ahead of time without PIPELINING (smtpd_forbid_unauth_pipelining, on by default since Postfix 3.9). Sendmail uses 5.5.0 for sequence problems such as "503 5.5.0 Sender already specified" or "503 5.5.0 AUTH not permitted during a mail transaction". Outlook.com replies "550 5.5.0 Requested action not taken: mailbox unavailable" when the recipient does not exist, which is not a protocol problem at all.',
        howToFix:
          'Read the text after the code: it names the step that failed. For a synchronization error, make the client wait for each reply before it sends the next command, unless EHLO advertised PIPELINING; bulk mailers and home-made scripts are the usual culprits. For a sequence error, send RSET or finish the open transaction before you start a new one. If the text says the mailbox is unavailable (the Outlook.com case), treat it as an unknown recipient and check the address. A 4.5.0 can be retried as is; a 5.5.0 needs a change on the client first.',
      },
      ko: {
        title: '기타 또는 정의되지 않은 프로토콜 상태',
        description:
          'SMTP 대화 자체에 문제가 있지만, 더 구체적인 X.5.x 코드 중 맞는 것이 없을 때 씁니다. 5.5.0은 영구 실패입니다. 같은 상황에서 같은 명령을 보내면 또 실패합니다. 4.5.0은 일시적 실패이므로 재시도해도 됩니다. 레지스트리는 이 코드를 220부터 554까지 여러 응답과 짝지어 두었으므로, 코드 자체보다 클래스 숫자와 기본 응답 코드가 더 많은 것을 알려 줍니다.',
        whenYouSeeIt:
          '대개 명령을 잘못된 방식이나 잘못된 시점에 보냈는데 서버에 더 알맞은 세부 코드가 없을 때 나옵니다. Postfix는 PIPELINING 없이 응답을 기다리지 않고 명령을 미리 보내는 클라이언트에게 "554 5.5.0 Error: SMTP protocol synchronization"으로 답하고 연결을 끊습니다(smtpd_forbid_unauth_pipelining, Postfix 3.9부터 기본 활성). Sendmail은 "503 5.5.0 Sender already specified"나 "503 5.5.0 AUTH not permitted during a mail transaction" 같은 순서 오류에 5.5.0을 씁니다. Outlook.com은 수신자가 없을 때 "550 5.5.0 Requested action not taken: mailbox unavailable"로 답하는데, 이것은 프로토콜 문제가 전혀 아닙니다.',
        howToFix:
          '코드 뒤의 문구를 읽으세요. 어느 단계가 실패했는지 알려 줍니다. 동기화 오류라면, EHLO에서 PIPELINING을 광고하지 않은 한 클라이언트가 응답을 하나씩 받은 뒤에 다음 명령을 보내도록 고치세요(대량 발송 프로그램과 직접 만든 스크립트가 주된 원인입니다). 순서 오류라면 새 트랜잭션을 시작하기 전에 RSET을 보내거나 열려 있는 트랜잭션을 먼저 끝내세요. 문구가 mailbox unavailable이라면(Outlook.com의 경우) 없는 수신자로 보고 주소를 확인하세요. 4.5.0은 그대로 재시도해도 되지만, 5.5.0은 먼저 클라이언트 쪽을 고쳐야 합니다.',
      },
    },
    sources: [rfc(3463, '3.6'), rfc(5248, '2.4'), ianaRegistry],
    confusedWith: ['X.5.1', 'X.5.2', 'X.1.1'],
  },
  {
    code: 'X.5.1',
    sampleText: 'Invalid command',
    associatedBasicCodes: '430, 500, 501, 503, 530, 550, 554, 555',
    texts: {
      en: {
        title: 'Invalid command',
        description:
          'The server understood the command, but it came out of sequence or is not supported in the current state. Examples are RCPT before MAIL, DATA before any accepted RCPT, a second MAIL inside an open transaction, or AUTH where no authentication is offered. RFC 3463 calls it useful only as a permanent error, so it nearly always appears as 5.5.1, most often with 503 (bad sequence of commands). Sending the same sequence again fails again.',
        whenYouSeeIt:
          'Postfix: "503 5.5.1 Error: need MAIL command" (RCPT or DATA without MAIL), "503 5.5.1 Error: need RCPT command", "503 5.5.1 Error: nested MAIL command", "503 5.5.1 Error: send HELO/EHLO first" (with smtpd_helo_required = yes), "503 5.5.1 Error: authentication not enabled", and "554 5.5.1 Error: no valid recipients" when DATA follows only rejected RCPTs. Gmail sends "503 5.5.1" with "EHLO/HELO first", "RCPT first" or "No DATA after BDAT". Sendmail also uses 5.5.1 for unknown commands ("500 5.5.1 Command unrecognized").',
        howToFix:
          'Fix the order of commands in the client: EHLO, then STARTTLS and EHLO again if used, AUTH if needed, MAIL FROM, one or more RCPT TO, then DATA (or BDAT). "need RCPT command" and "no valid recipients" usually mean that every RCPT was rejected earlier, so read those replies, not the one to DATA. With PIPELINING the client must still check each reply; a script that ignores a rejected MAIL or RCPT gets this error on the next command. For "authentication not enabled", that server or port offers no AUTH: use the submission port 587, or enable SASL on the server (Postfix smtpd_sasl_auth_enable = yes).',
      },
      ko: {
        title: '잘못된 명령',
        description:
          '서버가 명령을 알아듣기는 했지만, 순서가 틀렸거나 지금 상태에서는 지원하지 않는 명령입니다. MAIL 전에 보낸 RCPT, 수락된 RCPT가 하나도 없는데 보낸 DATA, 열린 트랜잭션 안에서 다시 보낸 MAIL, 인증을 제공하지 않는 서버에 보낸 AUTH가 그 예입니다. RFC 3463은 이 코드를 영구 오류로만 쓰라고 하므로 거의 항상 5.5.1로 나오며, 기본 코드는 503(잘못된 명령 순서)이 가장 흔합니다. 같은 순서로 다시 보내면 또 실패합니다.',
        whenYouSeeIt:
          'Postfix: "503 5.5.1 Error: need MAIL command"(MAIL 없이 RCPT나 DATA), "503 5.5.1 Error: need RCPT command", "503 5.5.1 Error: nested MAIL command", "503 5.5.1 Error: send HELO/EHLO first"(smtpd_helo_required = yes일 때), "503 5.5.1 Error: authentication not enabled", 그리고 거부된 RCPT 뒤에 DATA를 보냈을 때 "554 5.5.1 Error: no valid recipients"가 있습니다. Gmail은 "EHLO/HELO first", "RCPT first", "No DATA after BDAT" 문구와 함께 "503 5.5.1"을 보냅니다. Sendmail은 알 수 없는 명령에도 5.5.1을 씁니다("500 5.5.1 Command unrecognized").',
        howToFix:
          '클라이언트의 명령 순서를 고치세요. EHLO, (쓴다면) STARTTLS와 다시 EHLO, 필요하면 AUTH, MAIL FROM, 하나 이상의 RCPT TO, 그다음 DATA(또는 BDAT) 순입니다. "need RCPT command"나 "no valid recipients"는 대개 앞선 RCPT가 모두 거부되었다는 뜻이므로 DATA 응답이 아니라 그 RCPT 응답들을 보세요. PIPELINING을 써도 클라이언트는 응답을 하나하나 확인해야 하며, 거부된 MAIL이나 RCPT를 무시하는 스크립트는 다음 명령에서 이 오류를 받습니다. "authentication not enabled"라면 그 서버나 포트는 AUTH를 제공하지 않으므로 제출 포트 587을 쓰거나 서버에서 SASL을 켜세요(Postfix smtpd_sasl_auth_enable = yes).',
      },
    },
    sources: [rfc(3463, '3.6'), rfc(5321, '4.1.4'), rfc(5321, '3.3'), rfc(5248, '2.4'), ianaRegistry],
    confusedWith: ['X.5.2', 'X.5.4'],
  },
  {
    code: 'X.5.2',
    sampleText: 'Syntax error',
    associatedBasicCodes: '500, 501, 502, 550, 555',
    texts: {
      en: {
        title: 'Syntax error',
        description:
          'The server could not interpret the command: the verb is unknown, or the syntax of the line is wrong. RFC 3463 calls it useful only as a permanent error, so expect 5.5.2, usually with 500 or 501. Some servers also use it for policy rejections of badly formed host names or addresses. Sending the same line again fails the same way.',
        whenYouSeeIt:
          'Postfix: "500 5.5.2 Error: command not recognized" for an unknown verb and "500 5.5.2 Error: bad UTF-8 syntax". With reject_non_fqdn_helo_hostname, Postfix replies "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname" (reject_non_fqdn_sender and reject_non_fqdn_recipient say "need fully-qualified address"). With smtpd_forbid_bare_newline = reject, a line that ends in a bare LF gets "Error: bare <LF> received" (550 5.5.2 by default). RFC 4954 asks for 501 5.5.2 when an AUTH response is not valid base64. Sendmail uses 5.5.2 for malformed parameters, e.g. "501 5.5.2 Syntax error in parameters scanning".',
        howToFix:
          'Look at the exact line the client sent, from a session transcript or the server log (Postfix debug_peer_list), and fix that client. An unknown verb is a typo, a command the server does not offer (check the EHLO reply first), or a program that is not speaking SMTP at all. For the non-FQDN rejections, make the client announce its real fully qualified host name in EHLO (myhostname for a Postfix client, the HELO/EHLO setting of an application) and send full addresses such as user@example.com. For bare LF, make the client end every line with CRLF.',
      },
      ko: {
        title: '구문 오류',
        description:
          '서버가 명령을 해석하지 못했습니다. 명령어를 알 수 없거나 줄의 구문이 틀렸습니다. RFC 3463은 이 코드를 영구 오류로만 쓰라고 하므로 대개 5.5.2로, 기본 코드는 주로 500이나 501과 함께 나옵니다. 일부 서버는 형식이 잘못된 호스트 이름이나 주소를 정책으로 거부할 때도 이 코드를 씁니다. 같은 줄을 다시 보내면 똑같이 실패합니다.',
        whenYouSeeIt:
          'Postfix는 알 수 없는 명령에 "500 5.5.2 Error: command not recognized", 잘못된 UTF-8에 "500 5.5.2 Error: bad UTF-8 syntax"로 답합니다. reject_non_fqdn_helo_hostname을 쓰면 "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname"으로 답합니다(reject_non_fqdn_sender와 reject_non_fqdn_recipient는 "need fully-qualified address"). smtpd_forbid_bare_newline = reject이면 CR 없이 LF로만 끝나는 줄에 "Error: bare <LF> received"(기본 550 5.5.2)를 보냅니다. RFC 4954는 AUTH 응답이 올바른 base64가 아닐 때 501 5.5.2를 쓰라고 합니다. Sendmail은 형식이 잘못된 매개변수에 5.5.2를 씁니다. 예: "501 5.5.2 Syntax error in parameters scanning".',
        howToFix:
          '세션 기록이나 서버 로그(Postfix debug_peer_list)에서 클라이언트가 보낸 줄을 그대로 확인하고 그 클라이언트를 고치세요. 알 수 없는 명령은 오타이거나, 서버가 제공하지 않는 명령이거나(먼저 EHLO 응답을 확인하세요), SMTP를 쓰지 않는 프로그램이 접속한 경우입니다. FQDN 관련 거부라면 클라이언트가 EHLO에서 자신의 실제 FQDN을 알리게 하고(Postfix 클라이언트는 myhostname, 애플리케이션은 HELO/EHLO 설정), user@example.com 같은 완전한 주소를 보내게 하세요. bare LF라면 클라이언트가 모든 줄을 CRLF로 끝내도록 고치세요.',
      },
    },
    sources: [rfc(3463, '3.6'), rfc(5321, '4.3.2'), rfc(4954, '4'), rfc(5248, '2.4'), ianaRegistry],
    confusedWith: ['X.5.1', 'X.5.4'],
  },
  {
    code: 'X.5.3',
    sampleText: 'Too many recipients',
    associatedBasicCodes: '451',
    texts: {
      en: {
        title: 'Too many recipients',
        description:
          'The transaction has more recipients than the server accepts at once. RFC 3463 expects the client to split the message: deliver to the recipients already accepted, then send the rest in another transaction. In practice it is sent as 4.5.3 with 452, a transient reply, and RFC 5321 §4.5.3.1.10 makes 452 the correct basic code. Some servers send a permanent 5.5.3 or a 552, which RFC 5321 asks clients to treat as temporary as well.',
        whenYouSeeIt:
          'In reply to RCPT TO once the limit is reached. Postfix: "452 4.5.3 Error: too many recipients" (smtpd_recipient_limit, default 1000). Sendmail: "452 4.5.3 Too many recipients" (MaxRecipientsPerMessage). Gmail: "452 4.5.3 Your message has too many recipients" or "Domain policy size per transaction exceeded". Microsoft 365 reports 4.5.3 "Too many recipients". Exim replies "452 too many recipients" with no enhanced code (recipients_max), or "552 too many recipients" if recipients_max_reject is set.',
        howToFix:
          'Usually nothing: a correct MTA delivers to the accepted recipients and retries the rest in a new transaction. If the rest never go out, your sending software treated the 452 as a failure: make it send fewer recipients per message (Postfix smtp_destination_recipient_limit or default_destination_recipient_limit, default 50; the "recipients per message" setting of a bulk tool). RFC 5321 requires a server to accept at least 100 recipients per message. As the receiving admin, raise smtpd_recipient_limit (Postfix) or recipients_max (Exim) only if legitimate senders hit it, and keep the reply at 452 so that clients retry.',
      },
      ko: {
        title: '수신자가 너무 많음',
        description:
          '한 트랜잭션의 수신자 수가 서버가 한 번에 받는 한도를 넘었습니다. RFC 3463은 클라이언트가 메시지를 나누기를 기대합니다. 이미 수락된 수신자에게 먼저 전달하고, 나머지는 다른 트랜잭션으로 보내는 것입니다. 실제로는 일시적 응답인 452와 함께 4.5.3으로 나오며, RFC 5321 §4.5.3.1.10도 452를 올바른 기본 코드로 정합니다. 영구 형태인 5.5.3이나 552를 보내는 서버도 있는데, RFC 5321은 클라이언트가 이 경우의 552도 일시적 실패로 처리하라고 합니다.',
        whenYouSeeIt:
          '한도에 도달한 뒤의 RCPT TO 응답으로 나옵니다. Postfix: "452 4.5.3 Error: too many recipients"(smtpd_recipient_limit, 기본 1000). Sendmail: "452 4.5.3 Too many recipients"(MaxRecipientsPerMessage). Gmail: "452 4.5.3 Your message has too many recipients" 또는 "Domain policy size per transaction exceeded". Microsoft 365는 4.5.3 "Too many recipients"를 보고합니다. Exim은 향상된 코드 없이 "452 too many recipients"로 답하고(recipients_max), recipients_max_reject를 켜면 "552 too many recipients"로 답합니다.',
        howToFix:
          '대개 할 일이 없습니다. 제대로 된 MTA는 수락된 수신자에게 전달하고 나머지는 새 트랜잭션으로 다시 보냅니다. 나머지가 끝내 발송되지 않는다면 발송 소프트웨어가 452를 실패로 처리한 것입니다. 메시지당 수신자 수를 줄이세요(Postfix smtp_destination_recipient_limit 또는 default_destination_recipient_limit, 기본 50, 대량 발송 도구의 "메시지당 수신자 수" 설정). RFC 5321은 서버가 메시지당 최소 100명의 수신자를 받아야 한다고 정합니다. 수신 측 관리자라면 정상 발신자가 한도에 걸릴 때만 smtpd_recipient_limit(Postfix)나 recipients_max(Exim)를 올리고, 클라이언트가 재시도하도록 응답은 452로 유지하세요.',
      },
    },
    sources: [rfc(3463, '3.6'), rfc(5321, '4.5.3.1.10'), rfc(5321, '4.5.3.1.8'), rfc(5248, '2.4'), ianaRegistry],
    confusedWith: ['X.3.1', 'X.4.5'],
  },
  {
    code: 'X.5.4',
    sampleText: 'Invalid command arguments',
    associatedBasicCodes: '451, 501, 502, 503, 504, 550, 555',
    texts: {
      en: {
        title: 'Invalid command arguments',
        description:
          'The command is valid, but its arguments are not: a malformed MAIL FROM or RCPT TO, a missing or invalid HELO name, an ESMTP parameter the server does not know, or an AUTH mechanism it does not support. RFC 3463 calls it useful only as a permanent error, so expect 5.5.4, most often with 501, 504 or 555. The same command with the same arguments will fail again.',
        whenYouSeeIt:
          'Postfix: "501 5.5.4 Syntax: MAIL FROM:<address>" and "501 5.5.4 Syntax: RCPT TO:<address>" (the FROM: or TO: part is missing or garbled), "501 5.5.4 Bad message size syntax", and "555 5.5.4 Unsupported option: ..." for an unknown MAIL or RCPT parameter. Gmail: "501 5.5.4 HELO/EHLO argument ... invalid" or "Empty HELO/EHLO argument not allowed". RFC 4954 asks for 504 with 5.5.4 when the client picks an AUTH mechanism the server does not offer (aiosmtpd: "504 5.5.4 Unrecognized authentication type"). Sendmail: "555 5.5.4 ... parameter unrecognized". The rare 4.5.4 is transient, e.g. Sendmail "454 4.5.4 Temporary authentication failure".',
        howToFix:
          'Check the exact arguments the client sends. Addresses must look like MAIL FROM:<user@example.com> and RCPT TO:<user@example.com>, with no space on either side of the colon (RFC 5321 §3.3). Send only the ESMTP parameters (SIZE=, BODY=, SMTPUTF8, NOTIFY= and so on) that the server listed in its EHLO reply. For AUTH, pick a mechanism from the server\'s "250-AUTH" line. For HELO/EHLO, send the client\'s own fully qualified host name.',
      },
      ko: {
        title: '잘못된 명령 인수',
        description:
          '명령 자체는 올바르지만 인수가 잘못되었습니다. 형식이 틀린 MAIL FROM이나 RCPT TO, 빠졌거나 잘못된 HELO 이름, 서버가 모르는 ESMTP 매개변수, 지원하지 않는 AUTH 방식이 그 예입니다. RFC 3463은 이 코드를 영구 오류로만 쓰라고 하므로 대개 5.5.4로, 기본 코드는 501, 504, 555가 흔합니다. 같은 명령을 같은 인수로 보내면 또 실패합니다.',
        whenYouSeeIt:
          'Postfix: "501 5.5.4 Syntax: MAIL FROM:<address>"와 "501 5.5.4 Syntax: RCPT TO:<address>"(FROM:이나 TO: 부분이 없거나 깨진 경우), "501 5.5.4 Bad message size syntax", 알 수 없는 MAIL/RCPT 매개변수에 "555 5.5.4 Unsupported option: ..."가 있습니다. Gmail: "501 5.5.4 HELO/EHLO argument ... invalid" 또는 "Empty HELO/EHLO argument not allowed". RFC 4954는 서버가 제공하지 않는 AUTH 방식을 고르면 504와 5.5.4를 쓰라고 합니다(aiosmtpd: "504 5.5.4 Unrecognized authentication type"). Sendmail: "555 5.5.4 ... parameter unrecognized". 드물게 나오는 4.5.4는 일시적 오류입니다. 예: Sendmail "454 4.5.4 Temporary authentication failure".',
        howToFix:
          '클라이언트가 보내는 인수를 그대로 확인하세요. 주소는 MAIL FROM:<user@example.com>, RCPT TO:<user@example.com> 형식이어야 하며 콜론 앞뒤에 공백이 있으면 안 됩니다(RFC 5321 §3.3). ESMTP 매개변수(SIZE=, BODY=, SMTPUTF8, NOTIFY= 등)는 서버가 EHLO 응답에 나열한 것만 보내세요. AUTH는 서버의 "250-AUTH" 줄에 있는 방식 중에서 고르세요. HELO/EHLO에는 클라이언트 자신의 FQDN을 보내세요.',
      },
    },
    sources: [rfc(3463, '3.6'), rfc(5321, '4.1.1.11'), rfc(4954, '4'), rfc(5248, '2.4'), ianaRegistry],
    confusedWith: ['X.5.2', 'X.5.1'],
  },
  {
    code: 'X.5.5',
    sampleText: 'Wrong protocol version',
    associatedBasicCodes: 'Not given',
    texts: {
      en: {
        title: 'Wrong protocol version',
        description:
          'The two sides disagreed on the protocol version and could not settle it themselves. RFC 3463 names no class: 5.5.5 would be permanent, 4.5.5 transient. It is rare in SMTP, because ESMTP is negotiated with EHLO, and a client that gets "command not recognized" for EHLO should fall back to HELO (RFC 5321 §3.2).',
        whenYouSeeIt:
          'Seldom in a live SMTP session, and the registry gives no usual basic reply code for it. It is more likely in a bounce written by a gateway or mail system that talks another protocol to the next hop. The text after the code is then the only clue to which versions clashed.',
        howToFix:
          'Find the hop that complained: read the diagnostic text and the bounce\'s Reporting-MTA, Remote-MTA and Diagnostic-Code fields. Check that each client speaks what the port expects: SMTP on 25 and 587, implicit TLS on 465, LMTP only on LMTP sockets. If a client cannot use EHLO, make sure it falls back to HELO.',
      },
      ko: {
        title: '프로토콜 버전 불일치',
        description:
          '양쪽이 프로토콜 버전에 합의하지 못했고 스스로 해결하지도 못했습니다. RFC 3463은 클래스를 정하지 않았으므로 5.5.5는 영구 실패, 4.5.5는 일시적 실패가 됩니다. SMTP에서는 드뭅니다. ESMTP는 EHLO로 협상하고, EHLO에 "command not recognized"를 받은 클라이언트는 HELO로 물러서야 하기 때문입니다(RFC 5321 §3.2).',
        whenYouSeeIt:
          '실제 SMTP 세션에서는 거의 보이지 않으며, 레지스트리에도 함께 쓰는 기본 응답 코드가 없습니다. 다음 홉과 다른 프로토콜로 통신하는 게이트웨이나 메일 시스템이 작성한 반송 메시지에서 볼 가능성이 더 큽니다. 이때는 코드 뒤의 문구가 어떤 버전끼리 충돌했는지 알려 주는 유일한 단서입니다.',
        howToFix:
          '진단 문구와 반송 메시지의 Reporting-MTA, Remote-MTA, Diagnostic-Code 필드를 읽고 어느 홉이 문제를 보고했는지 찾으세요. 각 클라이언트가 포트에 맞는 프로토콜을 쓰는지 확인하세요. 25번과 587번은 SMTP, 465번은 암묵적 TLS, LMTP는 LMTP 소켓에서만 씁니다. 클라이언트가 EHLO를 쓸 수 없다면 HELO로 물러서는지 확인하세요.',
      },
    },
    sources: [rfc(3463, '3.6'), rfc(5321, '3.2'), rfc(5248, '2.4'), ianaRegistry],
    confusedWith: ['X.5.0', 'X.5.1'],
  },
  {
    code: 'X.5.6',
    sampleText: 'Authentication Exchange line is too long',
    associatedBasicCodes: '500',
    texts: {
      en: {
        title: 'Authentication exchange line is too long',
        description:
          'During AUTH, the client sent a base64 line longer than the server\'s buffer for the chosen SASL mechanism, so authentication failed. RFC 4954 pairs it with 500 (500 5.5.6) and allows it as a permanent or a persistent transient error. Retrying with the same mechanism and credentials hits the same limit.',
        whenYouSeeIt:
          'Only in reply to AUTH, or to a line sent after a 334 challenge. Postfix replies "500 5.5.6 SASL response limit exceeded" when a response is longer than smtpd_sasl_response_limit (default 12288, the size RFC 4954 calls sufficient for deployed mechanisms). The typical trigger is GSSAPI (Kerberos) login by Windows Active Directory users who belong to many groups, whose tickets are large.',
        howToFix:
          'On the server, raise the limit: Postfix smtpd_sasl_response_limit (Postfix 3.4 and later; older versions use line_length_limit). On the client, do not put a long initial response on the AUTH line itself: send "AUTH <mechanism>" alone and answer the empty 334 challenge instead, as RFC 4954 requires when the line would get too long. If the Kerberos tickets stay huge, PLAIN or LOGIN over TLS avoids the problem.',
      },
      ko: {
        title: '인증 교환 줄이 너무 김',
        description:
          'AUTH 도중 클라이언트가 보낸 base64 줄이 선택한 SASL 방식에 대한 서버 버퍼보다 길어서 인증이 실패했습니다. RFC 4954는 이 코드를 500과 짝짓고(500 5.5.6), 영구 오류와 지속적 일시 오류 양쪽으로 쓸 수 있다고 합니다. 같은 방식과 같은 자격 증명으로 재시도하면 같은 한도에 다시 걸립니다.',
        whenYouSeeIt:
          'AUTH 명령이나 334 챌린지 뒤에 보낸 줄에 대한 응답으로만 나옵니다. Postfix는 응답이 smtpd_sasl_response_limit(기본 12288, RFC 4954가 현재 쓰이는 방식에 충분하다고 본 크기)보다 길면 "500 5.5.6 SASL response limit exceeded"로 답합니다. 흔한 원인은 GSSAPI(Kerberos) 로그인입니다. 여러 그룹에 속한 Windows Active Directory 사용자는 티켓이 커집니다.',
        howToFix:
          '서버에서는 한도를 올리세요. Postfix smtpd_sasl_response_limit(Postfix 3.4 이상, 이전 버전은 line_length_limit)입니다. 클라이언트에서는 긴 초기 응답을 AUTH 줄에 붙이지 마세요. "AUTH <방식>"만 보내고 빈 334 챌린지에 응답하는 방식으로 보내야 하며, 줄이 너무 길어질 때 RFC 4954가 요구하는 방법이기도 합니다. Kerberos 티켓이 계속 크다면 TLS 위에서 PLAIN이나 LOGIN을 쓰면 문제를 피할 수 있습니다.',
      },
    },
    sources: [rfc(4954, '6'), rfc(4954, '4'), rfc(5248, '2.4'), ianaRegistry],
    confusedWith: ['X.7.8', 'X.5.2'],
  },
];
