import { ianaRegistry, rfc } from './sources';
import type { ReplyCodeEntry } from './types';

/** Every basic reply code of RFC 5321 §4.2 and of the extensions people meet (AUTH, STARTTLS, SIZE, CHUNKING, SMTPUTF8, RFC 7504). */
export const replyCodes: readonly ReplyCodeEntry[] = [
  {
    code: '211',
    texts: {
      en: {
        title: 'System status, or system help reply',
        description:
          'A status or help answer from the server. 211 is a 2yz Positive Completion reply: the command worked and nothing failed. RFC 5321 lists it as a success reply to HELP but fixes no format for its text, and few servers use it today.',
        whenYouSeeIt:
          'In reply to HELP (RFC 5321 names 211 and 214 as the success replies to HELP), or as a status answer that a server gives to a diagnostic command of its own. Most MTAs answer HELP with 214 instead, or do not implement HELP at all, so a 211 in a log usually comes from a test tool or an unusual server.',
        howToFix:
          'Nothing to fix: 211 is informational, so read its text for what the server reports. If a script expected 250 and stops on 211, make it accept any 2yz reply as success; RFC 5321 tells clients to act on the first digit.',
      },
      ko: {
        title: '시스템 상태 또는 시스템 도움말 응답',
        description:
          '서버가 보낸 상태 정보나 도움말 응답입니다. 211은 2yz 긍정 완료(Positive Completion) 응답으로, 명령은 성공했고 실패한 것은 없습니다. RFC 5321은 이 코드를 HELP의 성공 응답으로 들지만 텍스트 형식은 정하지 않았으며, 오늘날 이 코드를 쓰는 서버는 드뭅니다.',
        whenYouSeeIt:
          'HELP에 대한 응답(RFC 5321은 HELP의 성공 응답으로 211과 214를 듭니다)이나, 서버가 자체 진단 명령에 돌려주는 상태 응답으로 나옵니다. 대부분의 MTA는 HELP에 214로 답하거나 HELP를 아예 구현하지 않으므로, 로그에 211이 보이면 대개 테스트 도구나 흔치 않은 서버에서 온 것입니다.',
        howToFix:
          '고칠 것은 없습니다. 211은 정보 제공용이니 서버가 알려 주는 내용을 텍스트에서 읽으세요. 스크립트가 250을 기대하다가 211에서 멈춘다면 모든 2yz 응답을 성공으로 처리하도록 고치세요. RFC 5321은 클라이언트가 첫 자리를 보고 동작하라고 권고합니다.',
      },
    },
    sources: [rfc(5321, '4.2.2'), rfc(5321, '4.3.2'), rfc(5321, '4.1.1.8')],
    confusedWith: ['214', '250'],
  },
  {
    code: '214',
    texts: {
      en: {
        title: 'Help message',
        description:
          'Help text for a person: how to use the server, or what a non-standard command means. 214 is a 2yz Positive Completion reply to HELP. RFC 5321 says its text is useful only to a human user, so programs should not parse it; nothing is wrong.',
        whenYouSeeIt:
          'After HELP or "HELP <command>", often as a multiline reply. Exim lists the commands it supports ("214-Commands supported:" and then a line such as "214 AUTH HELO EHLO MAIL RCPT DATA BDAT NOOP QUIT RSET HELP"); Sendmail prints its version and help lines and ends with "214 2.0.0 End of HELP info".',
        howToFix:
          'Nothing to fix. A server that does not implement HELP answers 502 (or 500) instead, which is allowed and harmless. To learn what a server supports, send EHLO, not HELP: the 250 lines of the EHLO reply are the machine-readable list of extensions.',
      },
      ko: {
        title: '도움말 메시지',
        description:
          '사람이 읽을 도움말입니다. 서버 사용법이나 비표준 명령의 의미를 알려 줍니다. 214는 HELP에 대한 2yz 긍정 완료(Positive Completion) 응답입니다. RFC 5321은 이 텍스트가 사람에게만 쓸모 있다고 하므로 프로그램이 파싱해서는 안 되며, 잘못된 것은 없습니다.',
        whenYouSeeIt:
          'HELP나 "HELP <명령>" 뒤에 나오며, 여러 줄 응답인 경우가 많습니다. Exim은 지원하는 명령을 나열하고("214-Commands supported:" 다음에 "214 AUTH HELO EHLO MAIL RCPT DATA BDAT NOOP QUIT RSET HELP" 같은 줄), Sendmail은 버전과 도움말 줄을 출력한 뒤 "214 2.0.0 End of HELP info"로 끝냅니다.',
        howToFix:
          '고칠 것은 없습니다. HELP를 구현하지 않은 서버는 대신 502(또는 500)로 답하는데, 이는 허용되며 문제가 되지 않습니다. 서버가 무엇을 지원하는지 알려면 HELP가 아니라 EHLO를 보내세요. EHLO 응답의 250 줄들이 기계가 읽을 수 있는 확장 목록입니다.',
      },
    },
    sources: [rfc(5321, '4.2.2'), rfc(5321, '4.3.2'), rfc(5321, '4.1.1.8')],
    confusedWith: ['211', '502'],
  },
  {
    code: '220',
    texts: {
      en: {
        title: 'Service ready',
        description:
          'The server is ready. 220 is a 2yz Positive Completion reply with two uses: the greeting a server sends when a client connects ("220 <domain> ..."), and the answer to STARTTLS that means "start the TLS handshake now" (RFC 3207). In the greeting, the first word after 220 is the server\'s host name.',
        whenYouSeeIt:
          'As the first line of every SMTP session, e.g. "220 mail.example.com ESMTP Postfix", "220 mx.google.com ESMTP ... - gsmtp", or an Exim or Sendmail banner with version and date; a multiline greeting ("220-...") is allowed. After STARTTLS: "220 2.0.0 Ready to start TLS" (Postfix) or "220 Ready to start TLS". The client must then start the TLS handshake, and send EHLO again once it completes.',
        howToFix:
          'Nothing to fix. If the greeting is slow, the server may delay it on purpose (load, or anti-spam checks such as Sendmail greet_pause or the Postfix postscreen pregreet test, which reject clients that talk before the 220). RFC 5321 asks clients to wait at least 5 minutes for it. If things fail right after "220 Ready to start TLS", the problem is in the TLS handshake (certificate, protocol version, ciphers), not in SMTP.',
      },
      ko: {
        title: '서비스 준비됨',
        description:
          '서버가 준비되었습니다. 220은 2yz 긍정 완료(Positive Completion) 응답으로 두 가지 용도가 있습니다: 클라이언트가 접속했을 때 서버가 보내는 인사말("220 <도메인> ...")과, STARTTLS에 대해 "이제 TLS 핸드셰이크를 시작하라"는 응답(RFC 3207)입니다. 인사말에서 220 다음 첫 단어는 서버의 호스트 이름입니다.',
        whenYouSeeIt:
          '모든 SMTP 세션의 첫 줄로 나옵니다. 예: "220 mail.example.com ESMTP Postfix", "220 mx.google.com ESMTP ... - gsmtp", 또는 버전과 날짜가 붙은 Exim, Sendmail 배너. 여러 줄 인사말("220-...")도 허용됩니다. STARTTLS 뒤에는 "220 2.0.0 Ready to start TLS"(Postfix)나 "220 Ready to start TLS"가 나옵니다. 그러면 클라이언트는 TLS 핸드셰이크를 시작하고, 핸드셰이크가 끝나면 EHLO를 다시 보내야 합니다.',
        howToFix:
          '고칠 것은 없습니다. 인사말이 늦다면 서버가 일부러 늦추는 것일 수 있습니다(부하 때문이거나, 220 전에 말을 거는 클라이언트를 거부하는 Sendmail greet_pause, Postfix postscreen pregreet 검사 같은 스팸 대책). RFC 5321은 클라이언트가 인사말을 최소 5분 기다리라고 합니다. "220 Ready to start TLS" 직후에 실패한다면 문제는 SMTP가 아니라 TLS 핸드셰이크(인증서, 프로토콜 버전, 암호 스위트)에 있습니다.',
      },
    },
    sources: [rfc(5321, '4.2.2'), rfc(5321, '3.1'), rfc(5321, '4.3.1'), rfc(3207, '4'), rfc(5321, '4.5.3.2.1')],
    confusedWith: ['221', '554', '521'],
  },
  {
    code: '221',
    texts: {
      en: {
        title: 'Service closing transmission channel',
        description:
          'The server says goodbye and closes the connection. 221 is a 2yz Positive Completion reply; RFC 5321 requires it as the answer to QUIT. Everything accepted earlier in the session stays accepted: 221 ends only the connection.',
        whenYouSeeIt:
          'After QUIT, as the last line of a normal session: "221 2.0.0 Bye" (Postfix), "221 mail.example.com closing connection" (Exim), "221 2.0.0 mail.example.com closing connection" (Sendmail). With PIPELINING the client may send the final "." and QUIT together, so the 250 for the message and the 221 arrive together.',
        howToFix:
          'Nothing to fix. To learn what happened to the message, look at the reply before the 221: a 250 after the final "." means it was accepted. If a client drops the connection without QUIT, the server logs a lost connection instead; a message already accepted with 250 is still delivered (RFC 5321 §4.1.1.10).',
      },
      ko: {
        title: '서비스가 전송 채널을 닫음',
        description:
          '서버가 작별 인사를 하고 연결을 닫습니다. 221은 2yz 긍정 완료(Positive Completion) 응답이며, RFC 5321은 QUIT에 대한 응답으로 이 코드를 요구합니다. 세션 중에 이미 수락된 것은 그대로 유효하며, 221은 연결만 끝냅니다.',
        whenYouSeeIt:
          '정상 세션의 마지막 줄로 QUIT 뒤에 나옵니다: "221 2.0.0 Bye"(Postfix), "221 mail.example.com closing connection"(Exim), "221 2.0.0 mail.example.com closing connection"(Sendmail). PIPELINING을 쓰면 클라이언트가 마지막 "."과 QUIT을 함께 보낼 수 있어, 메시지에 대한 250과 221이 함께 도착합니다.',
        howToFix:
          '고칠 것은 없습니다. 메시지가 어떻게 되었는지는 221 바로 앞의 응답을 보세요. 마지막 "." 뒤의 250은 메시지가 수락되었다는 뜻입니다. 클라이언트가 QUIT 없이 연결을 끊으면 서버 로그에는 대신 연결 끊김(lost connection)이 남지만, 이미 250으로 수락된 메시지는 그대로 배달됩니다(RFC 5321 §4.1.1.10).',
      },
    },
    sources: [rfc(5321, '4.2.2'), rfc(5321, '4.1.1.10'), rfc(5321, '3.8')],
    confusedWith: ['421', '220'],
  },
  {
    code: '235',
    texts: {
      en: {
        title: 'Authentication succeeded',
        description:
          'The AUTH exchange worked: the server now knows who the client is. 235 is a 2yz Positive Completion reply defined by RFC 4954, normally with enhanced code 2.7.0. What the login allows (relaying, which sender addresses) is up to server policy and shows in later replies.',
        whenYouSeeIt:
          'After AUTH PLAIN with credentials, or after the last client line of a multi-step exchange such as AUTH LOGIN, which goes through 334 challenges first. Typical texts: "235 2.7.0 Authentication successful" (Postfix), "235 Authentication succeeded" (Exim), "235 2.7.0 Accepted" (Gmail).',
        howToFix:
          'Nothing to fix. If mail is still refused after 235, read the later reply: Postfix "553 5.7.1 ... Sender address rejected: not owned by user ..." means the MAIL FROM address is not one this login may use (smtpd_sender_login_maps); a relay refusal after login points to the restriction lists (Postfix smtpd_relay_restrictions needs permit_sasl_authenticated). Only one successful AUTH is allowed per session; another AUTH gets 503.',
      },
      ko: {
        title: '인증 성공',
        description:
          'AUTH 교환이 성공해 서버가 이제 클라이언트가 누구인지 압니다. 235는 RFC 4954가 정의한 2yz 긍정 완료(Positive Completion) 응답이며, 보통 향상된 상태 코드 2.7.0과 함께 옵니다. 로그인으로 무엇이 허용되는지(중계, 사용할 수 있는 발신 주소)는 서버 정책에 달려 있고, 이후 응답에서 드러납니다.',
        whenYouSeeIt:
          '자격 증명을 담은 AUTH PLAIN 뒤에, 또는 먼저 334 챌린지를 거치는 AUTH LOGIN 같은 여러 단계 교환에서 클라이언트의 마지막 줄 뒤에 나옵니다. 흔한 문구: "235 2.7.0 Authentication successful"(Postfix), "235 Authentication succeeded"(Exim), "235 2.7.0 Accepted"(Gmail).',
        howToFix:
          '고칠 것은 없습니다. 235 뒤에도 메일이 거부된다면 그다음 응답을 읽으세요. Postfix의 "553 5.7.1 ... Sender address rejected: not owned by user ..."는 MAIL FROM 주소가 이 로그인으로 쓸 수 없는 주소라는 뜻이고(smtpd_sender_login_maps), 로그인 뒤의 중계 거부는 제한 목록을 가리킵니다(Postfix smtpd_relay_restrictions에 permit_sasl_authenticated가 필요합니다). 한 세션에서 AUTH 성공은 한 번뿐이며, 그 뒤의 AUTH는 503을 받습니다.',
      },
    },
    sources: [rfc(4954, '6'), rfc(4954, '4'), rfc(4954, '4.1')],
    confusedWith: ['250', '334'],
  },
  {
    code: '250',
    texts: {
      en: {
        title: 'Requested mail action okay, completed',
        description:
          'The command succeeded. 250 is the everyday 2yz Positive Completion reply: to EHLO/HELO, MAIL, RCPT, RSET, NOOP, VRFY and, most importantly, to the final "." after DATA. A 250 after the end of the message means the server has taken responsibility for delivering it or for sending a bounce (RFC 5321 §6.1); nothing needs to be retried.',
        whenYouSeeIt:
          'After EHLO, as a multiline list of extensions ("250-PIPELINING", "250-SIZE 10240000", "250 CHUNKING"); after MAIL and RCPT ("250 2.1.0 Ok", "250 2.1.5 Ok"); and after the message: "250 2.0.0 Ok: queued as 4Xyz..." (Postfix), "250 OK id=1abcde-000123-AB" (Exim), "250 2.0.0 OK ... - gsmtp" (Gmail). With CHUNKING (RFC 3030) every BDAT chunk gets its own 250, and the one after "BDAT ... LAST" is the verdict on the whole message.',
        howToFix:
          'Nothing to fix. If a message accepted with 250 never arrived, the problem is further along: find the queue ID from the 250 text in the receiving server\'s log, check spam folders and later hops, and look for a bounce sent to the MAIL FROM address. A 250 to RCPT alone does not prove that the mailbox exists: relays and servers that check later may still bounce the message.',
      },
      ko: {
        title: '요청한 메일 동작 완료',
        description:
          '명령이 성공했습니다. 250은 가장 흔한 2yz 긍정 완료(Positive Completion) 응답으로, EHLO/HELO, MAIL, RCPT, RSET, NOOP, VRFY, 그리고 무엇보다 DATA 뒤의 마지막 "."에 대한 응답입니다. 메시지 끝 뒤의 250은 서버가 배달하거나 반송을 보낼 책임을 넘겨받았다는 뜻이며(RFC 5321 §6.1), 재시도할 것은 없습니다.',
        whenYouSeeIt:
          'EHLO 뒤에는 확장 목록이 여러 줄로 옵니다("250-PIPELINING", "250-SIZE 10240000", "250 CHUNKING"). MAIL과 RCPT 뒤에는 "250 2.1.0 Ok", "250 2.1.5 Ok"가, 메시지 뒤에는 "250 2.0.0 Ok: queued as 4Xyz..."(Postfix), "250 OK id=1abcde-000123-AB"(Exim), "250 2.0.0 OK ... - gsmtp"(Gmail)가 옵니다. CHUNKING(RFC 3030)에서는 BDAT 청크마다 250이 따로 오며, "BDAT ... LAST" 뒤의 250이 메시지 전체에 대한 결과입니다.',
        howToFix:
          '고칠 것은 없습니다. 250으로 수락된 메시지가 도착하지 않았다면 문제는 그 이후 단계에 있습니다. 250 문구의 큐 ID로 수신 서버 로그를 찾아보고, 스팸함과 이후 홉을 확인하고, MAIL FROM 주소로 반송이 왔는지 보세요. RCPT에 대한 250만으로는 메일함이 있다는 보장이 없습니다. 중계 서버나 나중에 확인하는 서버는 메시지를 받은 뒤에도 반송할 수 있습니다.',
      },
    },
    sources: [rfc(5321, '4.2.2'), rfc(5321, '4.1.1.4'), rfc(5321, '4.2.5'), rfc(5321, '6.1'), rfc(3030, '2')],
    confusedWith: ['251', '252', '354'],
  },
  {
    code: '251',
    texts: {
      en: {
        title: 'User not local; will forward',
        description:
          'The server accepts the recipient and will forward the message to another address, which it names in the text. 251 is a 2yz Positive Completion reply: the message goes through and nothing needs to be retried. RFC 5321 lets servers forward silently with 250 instead, and most do.',
        whenYouSeeIt:
          'In reply to RCPT (or VRFY) for an address the server knows has moved, with a text like "251 User not local; will forward to <forward-path>". It is rare: most MTAs forward silently with 250, and RFC 5321 asks servers to let admins switch 251 off because it reveals the new address.',
        howToFix:
          'Nothing to fix: the message will be delivered. You may update the address in your contacts or list, but RFC 5321 §7.4 warns against updating stored addresses automatically from a 251 unless you are sure the server is genuine, since a forged 251 could redirect future mail.',
      },
      ko: {
        title: '로컬 사용자가 아님, 전달 예정',
        description:
          '서버가 수신자를 받아들였고, 텍스트에 적힌 다른 주소로 메시지를 전달하겠다는 뜻입니다. 251은 2yz 긍정 완료(Positive Completion) 응답으로, 메시지는 전달되며 재시도할 것은 없습니다. RFC 5321은 서버가 대신 250으로 조용히 전달하는 것도 허용하며, 대부분 그렇게 합니다.',
        whenYouSeeIt:
          '서버가 이전했다고 알고 있는 주소에 대한 RCPT(또는 VRFY)에 "251 User not local; will forward to <forward-path>" 같은 문구로 나옵니다. 드문 코드입니다. 대부분의 MTA는 250으로 조용히 전달하며, RFC 5321은 251이 새 주소를 드러내므로 관리자가 끌 수 있게 하라고 권고합니다.',
        howToFix:
          '고칠 것은 없습니다. 메시지는 배달됩니다. 주소록이나 목록의 주소를 바꿀 수는 있지만, RFC 5321 §7.4는 서버가 진짜라고 확신할 수 없다면 251을 근거로 저장된 주소를 자동으로 바꾸지 말라고 경고합니다. 위조된 251이 이후 메일을 다른 곳으로 돌릴 수 있기 때문입니다.',
      },
    },
    sources: [rfc(5321, '4.2.2'), rfc(5321, '3.4'), rfc(5321, '7.4')],
    confusedWith: ['551', '250'],
  },
  {
    code: '252',
    texts: {
      en: {
        title: 'Cannot VRFY user, but will accept message',
        description:
          'The server will not confirm whether the address exists, but will take mail for it and try to deliver. 252 is a 2yz Positive Completion reply to VRFY (or EXPN): neither a yes nor a no. RFC 5321 §3.5.3 recommends it when an address looks valid but cannot be checked in real time, for example on a relay.',
        whenYouSeeIt:
          'After VRFY or EXPN. Many servers answer 252 to every VRFY so that address harvesters learn nothing; Sendmail with PrivacyOptions novrfy says "252 2.5.2 Cannot VRFY user; try RCPT to attempt delivery (or try finger)". Under SMTPUTF8 (RFC 6531 §3.7.4.2) a server returns 252 or 550 when the real answer would need UTF-8 text that the client did not allow.',
        howToFix:
          'Nothing to fix. Do not take 252 as proof that the mailbox exists; the only real test is to send (RCPT, DATA) and watch for a bounce. If you run the server and want to hide which users exist, answering VRFY with 252, or disabling it (Postfix disable_vrfy_command = yes, which answers 502), is the usual choice.',
      },
      ko: {
        title: 'VRFY로 확인할 수 없지만 메시지는 받음',
        description:
          '서버가 주소가 있는지는 확인해 주지 않지만, 그 주소로 온 메일은 받아서 배달을 시도하겠다는 뜻입니다. 252는 VRFY(또는 EXPN)에 대한 2yz 긍정 완료(Positive Completion) 응답으로, 예도 아니고 아니오도 아닙니다. RFC 5321 §3.5.3은 주소가 유효해 보이지만 실시간으로 확인할 수 없을 때(예: 중계 서버) 이 코드를 쓰라고 권고합니다.',
        whenYouSeeIt:
          'VRFY나 EXPN 뒤에 나옵니다. 주소 수집기가 아무것도 알아내지 못하도록 모든 VRFY에 252로 답하는 서버가 많습니다. PrivacyOptions에 novrfy를 둔 Sendmail은 "252 2.5.2 Cannot VRFY user; try RCPT to attempt delivery (or try finger)"라고 답합니다. SMTPUTF8(RFC 6531 §3.7.4.2)에서는, 실제 답에 클라이언트가 허용하지 않은 UTF-8 텍스트가 필요할 때 서버가 252나 550을 돌려줍니다.',
        howToFix:
          '고칠 것은 없습니다. 252를 메일함이 있다는 증거로 보지 마세요. 확실한 방법은 실제로 보내 보고(RCPT, DATA) 반송이 오는지 보는 것뿐입니다. 서버를 운영하면서 어떤 사용자가 있는지 숨기고 싶다면 VRFY에 252로 답하거나 VRFY를 끄는 것(Postfix disable_vrfy_command = yes, 이때는 502로 답함)이 일반적입니다.',
      },
    },
    sources: [rfc(5321, '4.2.2'), rfc(5321, '3.5.3'), rfc(5321, '7.3'), rfc(6531, '3.7.4.2')],
    confusedWith: ['250', '550'],
  },
  {
    code: '334',
    texts: {
      en: {
        title: 'Server challenge (AUTH continues)',
        description:
          'The server waits for the next line of an AUTH exchange. 334 is a 3yz Positive Intermediate reply (RFC 4954 §4): its text is a base64-encoded challenge, or empty ("334 ") when the server just asks the client to send its data. Nothing is decided yet; the verdict (235, or an error such as 535) comes after the client answers.',
        whenYouSeeIt:
          'Only inside AUTH. With AUTH LOGIN the server asks "334 VXNlcm5hbWU6" (base64 for "Username:") and then "334 UGFzc3dvcmQ6" ("Password:"). AUTH PLAIN sent without credentials gets "334 " and the server waits. CRAM-MD5 and similar mechanisms send a base64 challenge for the client to answer.',
        howToFix:
          'Nothing to fix: the client sends its base64-encoded answer on one line. To cancel, it sends a line with only "*", which the server answers with 501. If the exchange fails at this point, the client sent something that is not valid base64 (501 5.5.2) or a line longer than the server\'s AUTH buffer (500 5.5.6). Decode the 334 text with any base64 tool to see what the server asked for.',
      },
      ko: {
        title: '서버 챌린지(AUTH 진행 중)',
        description:
          '서버가 AUTH 교환의 다음 줄을 기다립니다. 334는 3yz 중간 긍정(Positive Intermediate) 응답이며(RFC 4954 §4), 텍스트는 base64로 인코딩된 챌린지이거나, 서버가 클라이언트에게 데이터를 보내라고만 할 때는 비어 있습니다("334 "). 아직 아무것도 결정되지 않았으며, 결과(235, 또는 535 같은 오류)는 클라이언트가 답한 뒤에 옵니다.',
        whenYouSeeIt:
          'AUTH 안에서만 나옵니다. AUTH LOGIN에서는 서버가 "334 VXNlcm5hbWU6"("Username:"의 base64)을 보낸 뒤 "334 UGFzc3dvcmQ6"("Password:")을 보냅니다. 자격 증명 없이 보낸 AUTH PLAIN에는 "334 "가 오고 서버가 기다립니다. CRAM-MD5 같은 방식은 클라이언트가 답해야 할 base64 챌린지를 보냅니다.',
        howToFix:
          '고칠 것은 없습니다. 클라이언트는 base64로 인코딩한 답을 한 줄로 보냅니다. 취소하려면 "*" 하나만 있는 줄을 보내며, 서버는 501로 답합니다. 이 단계에서 실패한다면 클라이언트가 올바르지 않은 base64를 보냈거나(501 5.5.2) 서버의 AUTH 버퍼보다 긴 줄을 보낸 것입니다(500 5.5.6). 서버가 무엇을 요청했는지는 334 텍스트를 아무 base64 도구로 디코딩해 보면 알 수 있습니다.',
      },
    },
    sources: [rfc(4954, '4'), rfc(4954, '4.1')],
    confusedWith: ['354', '235'],
  },
  {
    code: '354',
    texts: {
      en: {
        title: 'Start mail input',
        description:
          'The server accepted DATA and now waits for the message itself: the headers, a blank line, the body, and a line holding only a period (CRLF.CRLF) to end it. 354 is a 3yz Positive Intermediate reply: nothing is delivered yet; the verdict (250, 4yz or 5yz) comes after the end-of-data line.',
        whenYouSeeIt:
          'Right after DATA, once at least one RCPT TO was accepted. With PIPELINING it arrives after the replies to the MAIL and RCPT commands sent in the same batch. The text usually reads "End data with <CR><LF>.<CR><LF>".',
        howToFix:
          'Nothing to fix: send the message, then a line with just "." to end it. If the session stalls after 354, the client never sent the final "." line, or sent it without CRLF. A body line that starts with "." must be sent with an extra "." in front (dot-stuffing); a lone "." inside the body ends the message early.',
      },
      ko: {
        title: '메일 입력 시작',
        description:
          '서버가 DATA를 받아들였고 이제 메시지 본문을 기다립니다: 헤더, 빈 줄, 본문, 그리고 마침표 하나만 있는 줄(CRLF.CRLF)로 끝냅니다. 354는 3yz 중간 긍정(Positive Intermediate) 응답입니다. 아직 아무것도 전달되지 않았으며, 최종 결과(250, 4yz, 5yz)는 마지막 "." 줄 뒤에 옵니다.',
        whenYouSeeIt:
          'RCPT TO가 하나 이상 수락된 뒤 DATA 명령 바로 다음에 나옵니다. PIPELINING을 쓰면 같은 묶음으로 보낸 MAIL, RCPT 응답 뒤에 옵니다. 보통 "End data with <CR><LF>.<CR><LF>" 같은 문구가 붙습니다.',
        howToFix:
          '고칠 것은 없습니다. 메시지를 보낸 뒤 "." 하나만 있는 줄로 끝내세요. 354 다음에 세션이 멈춘다면 클라이언트가 마지막 "." 줄을 보내지 않았거나 CRLF 없이 보낸 것입니다. "."으로 시작하는 본문 줄은 앞에 "."을 하나 더 붙여 보내야 하며(dot-stuffing), 본문 중간의 "." 단독 줄은 메시지를 일찍 끝내 버립니다.',
      },
    },
    sources: [rfc(5321, '4.1.1.4'), rfc(5321, '4.2.2'), rfc(5321, '4.5.2')],
    confusedWith: ['250', '235'],
  },
  {
    code: '421',
    texts: {
      en: {
        title: 'Service not available, closing transmission channel',
        description:
          'The server is closing this connection and cannot serve the client now. 421 is a 4yz Transient Negative Completion reply: nothing in the open transaction was accepted, and the client should retry later from its queue. RFC 5321 allows it in reply to any command, or even unprompted, when the server has to shut down.',
        whenYouSeeIt:
          'As the greeting or after any command, when the server is overloaded, shutting down, rate-limiting or temporarily blocking the client: "421 4.7.0 mail.example.com Error: too many errors" or "421 4.4.2 mail.example.com Error: timeout exceeded" (Postfix), "421 Too many concurrent SMTP connections; please try again later" (Exim). Large providers throttle with it: Gmail "421 4.7.28 ... Gmail has detected an unusual rate of ...", Outlook.com "421 ... RP-001" to "RP-003", Yahoo "421 4.7.0 [TSS04] ... temporarily deferred due to unexpected volume or user complaints".',
        howToFix:
          'Usually only time: let the queue retry with backoff, and do not hammer the server. If it repeats, read the text. Provider throttling (Gmail 4.7.28, Outlook.com RP-00x, Yahoo TS codes) wants fewer connections and fewer messages per connection, plus better reputation and authentication: SPF, DKIM, DMARC, low complaint rates (Google Postmaster Tools). "too many errors" means the client made repeated mistakes in the session; "timeout exceeded" means it was too slow. On your own server, check load, disk and limits such as Postfix smtpd_client_connection_count_limit.',
      },
      ko: {
        title: '서비스를 사용할 수 없음, 전송 채널을 닫음',
        description:
          '서버가 이 연결을 닫으며 지금은 클라이언트를 받을 수 없다는 뜻입니다. 421은 4yz 일시적 실패(Transient Negative Completion) 응답입니다. 진행 중이던 트랜잭션에서 수락된 것은 없으며, 클라이언트는 큐에서 나중에 재시도해야 합니다. RFC 5321은 서버가 종료해야 할 때 어떤 명령에 대한 응답으로든, 심지어 명령 없이도 이 코드를 보낼 수 있게 합니다.',
        whenYouSeeIt:
          '서버가 과부하이거나 종료 중이거나, 클라이언트의 전송 속도를 제한하거나 일시적으로 차단할 때 인사말이나 아무 명령 뒤에 나옵니다: "421 4.7.0 mail.example.com Error: too many errors", "421 4.4.2 mail.example.com Error: timeout exceeded"(Postfix), "421 Too many concurrent SMTP connections; please try again later"(Exim). 대형 사업자도 전송 속도 제한에 씁니다: Gmail "421 4.7.28 ... Gmail has detected an unusual rate of ...", Outlook.com "421 ... RP-001"~"RP-003", Yahoo "421 4.7.0 [TSS04] ... temporarily deferred due to unexpected volume or user complaints".',
        howToFix:
          '대개는 시간이 해결합니다. 큐가 간격을 늘려 가며 재시도하게 두고, 서버를 몰아붙이지 마세요. 계속 반복되면 텍스트를 읽으세요. 사업자의 속도 제한(Gmail 4.7.28, Outlook.com RP-00x, Yahoo TS 코드)은 연결 수와 연결당 메시지 수를 줄이고, 평판과 인증(SPF, DKIM, DMARC, 낮은 스팸 신고율, Google Postmaster Tools)을 개선하라는 뜻입니다. "too many errors"는 클라이언트가 세션 중에 실수를 반복했다는 뜻이고, "timeout exceeded"는 너무 느렸다는 뜻입니다. 직접 운영하는 서버라면 부하, 디스크, 그리고 Postfix smtpd_client_connection_count_limit 같은 제한을 확인하세요.',
      },
    },
    sources: [rfc(5321, '4.2.2'), rfc(5321, '3.8'), rfc(5321, '4.3.2'), rfc(5321, '4.2.1')],
    confusedWith: ['451', '521', '554'],
  },
  {
    code: '432',
    texts: {
      en: {
        title: 'A password transition is needed',
        description:
          'The login mechanism the client chose cannot be used for this account yet. 432 is a 4yz Transient Negative Completion reply to AUTH, with enhanced code 4.7.12 (RFC 4954 §6): the user must first log in once with AUTH PLAIN, after which the chosen mechanism should work in later sessions.',
        whenYouSeeIt:
          'Rarely, in reply to AUTH with a challenge-response mechanism (such as CRAM-MD5 or DIGEST-MD5) when the server does not yet hold the credentials that mechanism needs for this user. Microsoft Exchange Online also uses 432 outside AUTH: "432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded" means the recipient\'s mailbox is receiving too fast and is being throttled.',
        howToFix:
          'Log in once with AUTH PLAIN over a TLS connection, then use the mechanism you wanted; or simply configure the client to use PLAIN or LOGIN over TLS. For the Exchange Online "recipient thread limit exceeded" case there is nothing to change: the queue retry succeeds once the recipient\'s mailbox catches up.',
      },
      ko: {
        title: '비밀번호 전환이 필요함',
        description:
          '클라이언트가 고른 로그인 방식을 이 계정에서는 아직 쓸 수 없습니다. 432는 AUTH에 대한 4yz 일시적 실패(Transient Negative Completion) 응답이며, 향상된 상태 코드는 4.7.12입니다(RFC 4954 §6). 사용자가 먼저 AUTH PLAIN으로 한 번 로그인해야 하며, 그 뒤의 세션에서는 고른 방식이 동작해야 합니다.',
        whenYouSeeIt:
          '드물게, 서버가 이 사용자에 대해 해당 방식에 필요한 자격 증명을 아직 갖고 있지 않을 때 챌린지-응답 방식(CRAM-MD5, DIGEST-MD5 등)의 AUTH에 대한 응답으로 나옵니다. Microsoft Exchange Online은 AUTH 밖에서도 432를 씁니다: "432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded"는 수신자 메일함에 메일이 너무 빨리 들어와 속도가 제한되고 있다는 뜻입니다.',
        howToFix:
          'TLS 연결에서 AUTH PLAIN으로 한 번 로그인한 뒤 원하던 방식을 쓰세요. 아니면 클라이언트가 TLS 위에서 PLAIN이나 LOGIN을 쓰도록 설정하면 됩니다. Exchange Online의 "recipient thread limit exceeded"는 바꿀 것이 없습니다. 수신자 메일함이 따라잡으면 큐 재시도가 성공합니다.',
      },
    },
    sources: [rfc(4954, '6')],
    confusedWith: ['454', '534'],
  },
  {
    code: '450',
    texts: {
      en: {
        title: 'Requested mail action not taken: mailbox unavailable',
        description:
          'The server did not take the action now, but may later. 450 is a 4yz Transient Negative Completion reply: the mailbox is busy, or the sender is temporarily blocked for policy reasons (RFC 5321 §4.2.2). The client should keep the message queued and retry; the same request can succeed unchanged.',
        whenYouSeeIt:
          'Mostly after RCPT, sometimes after the final "." (RFC 5321 §4.3.2 allows 450 there for policy reasons). Greylisting is the classic case: "450 4.2.0 <bob@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/..." (Postfix with postgrey). Postfix also answers 450 4.7.1 "Client host rejected: cannot find your hostname" or "Helo command rejected: Host not found" when DNS checks fail. Gmail: "450 4.2.1 ... receiving email too quickly"; Yahoo: "450 User is receiving mail too quickly".',
        howToFix:
          'Let your queue retry: greylisting clears on a later attempt a few minutes on, as long as the retry comes from the same IP with the same sender and recipient. If it lasts for hours, read the text: a rate limit (send more slowly to that recipient), missing reverse DNS (set a PTR record whose name resolves back to your IP) or a policy block. Senders that never retry 4yz replies, such as some scripts and web apps, lose mail here: send through a real MTA with a queue.',
      },
      ko: {
        title: '요청한 메일 동작을 수행하지 않음: 메일함을 사용할 수 없음',
        description:
          '서버가 지금은 동작을 수행하지 않았지만 나중에는 할 수 있습니다. 450은 4yz 일시적 실패(Transient Negative Completion) 응답으로, 메일함이 사용 중이거나 발신자가 정책상 일시적으로 차단된 경우입니다(RFC 5321 §4.2.2). 클라이언트는 메시지를 큐에 두고 재시도해야 하며, 같은 요청을 그대로 다시 보내도 성공할 수 있습니다.',
        whenYouSeeIt:
          '주로 RCPT 뒤에, 가끔 마지막 "." 뒤에 나옵니다(RFC 5321 §4.3.2는 정책상 이유라면 그 위치의 450도 허용합니다). 대표적인 예가 그레이리스팅입니다: "450 4.2.0 <bob@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/..."(Postfix와 postgrey). Postfix는 DNS 확인에 실패하면 450 4.7.1 "Client host rejected: cannot find your hostname"이나 "Helo command rejected: Host not found"로도 답합니다. Gmail: "450 4.2.1 ... receiving email too quickly", Yahoo: "450 User is receiving mail too quickly".',
        howToFix:
          '큐가 재시도하게 두세요. 그레이리스팅은 재시도가 같은 IP에서 같은 발신자와 수신자로 오면 몇 분 뒤의 다음 시도에서 풀립니다. 몇 시간째 계속된다면 텍스트를 읽으세요: 속도 제한(그 수신자에게 더 천천히 보내기), 역방향 DNS 누락(이름이 다시 내 IP로 풀리는 PTR 레코드 설정), 또는 정책 차단입니다. 일부 스크립트나 웹 앱처럼 4yz 응답을 재시도하지 않는 발신자는 여기서 메일을 잃습니다. 큐가 있는 제대로 된 MTA를 거쳐 보내세요.',
      },
    },
    sources: [rfc(5321, '4.2.2'), rfc(5321, '4.2.1'), rfc(5321, '4.3.2'), rfc(5321, '4.5.4.1')],
    confusedWith: ['550', '451', '452'],
  },
  {
    code: '451',
    texts: {
      en: {
        title: 'Requested action aborted: local error in processing',
        description:
          'The server hit a problem on its side and gave up on this command. 451 is a 4yz Transient Negative Completion reply: nothing was accepted, and the client should retry later unchanged. RFC 5321 §3.8 also tells clients to treat a connection that breaks in the middle of a transaction as if 451 had been received.',
        whenYouSeeIt:
          'After MAIL, RCPT or the final ".": "451 4.3.0 Error: queue file write error" (Postfix, often a full disk or a failing content filter), "451 Temporary local problem - please try later" (Exim). Anti-spam and throttling use it too: greylisting (Zoho "451 4.7.1 Greylisted, try again after some time", Mimecast "Internal resources are temporarily unavailable"), Microsoft "451 4.7.500 Server busy. Please try again later" and "451 4.7.650 ... temporarily rate limited due to IP reputation" (4.7.500 to 4.7.699 are Microsoft\'s own codes), Gmail "451 4.7.26 ... temporary DNS failures prevent authentication".',
        howToFix:
          'Retry from the queue; most 451s clear by themselves. If you run the receiving server, find the real cause in its log at the same moment: a full disk, queue directory permissions, a milter or content filter (Amavis, rspamd) that failed or timed out, or a failed table or DNS lookup. If a remote provider keeps answering 451 for reputation or rate reasons, lower your sending rate and check SPF, DKIM, PTR and the DNS of your sending domain.',
      },
      ko: {
        title: '요청한 동작 중단: 로컬 처리 오류',
        description:
          '서버 쪽에 문제가 생겨 이 명령을 포기했습니다. 451은 4yz 일시적 실패(Transient Negative Completion) 응답입니다. 수락된 것은 없으며, 클라이언트는 나중에 그대로 재시도해야 합니다. RFC 5321 §3.8은 트랜잭션 도중 연결이 끊긴 경우에도 클라이언트가 451을 받은 것처럼 처리하라고 합니다.',
        whenYouSeeIt:
          'MAIL, RCPT 또는 마지막 "." 뒤에 나옵니다: "451 4.3.0 Error: queue file write error"(Postfix, 디스크가 가득 찼거나 콘텐츠 필터가 실패한 경우가 많음), "451 Temporary local problem - please try later"(Exim). 스팸 대책과 속도 제한에도 쓰입니다: 그레이리스팅(Zoho "451 4.7.1 Greylisted, try again after some time", Mimecast "Internal resources are temporarily unavailable"), Microsoft "451 4.7.500 Server busy. Please try again later"와 "451 4.7.650 ... temporarily rate limited due to IP reputation"(4.7.500~4.7.699는 Microsoft 자체 코드), Gmail "451 4.7.26 ... temporary DNS failures prevent authentication".',
        howToFix:
          '큐에서 재시도하세요. 451은 대부분 저절로 풀립니다. 수신 서버를 운영한다면 같은 시각의 로그에서 진짜 원인을 찾으세요: 디스크 가득 참, 큐 디렉터리 권한, 실패했거나 시간 초과된 milter나 콘텐츠 필터(Amavis, rspamd), 테이블 조회나 DNS 조회 실패 등입니다. 외부 사업자가 평판이나 속도 때문에 계속 451로 답한다면 발송 속도를 낮추고 SPF, DKIM, PTR, 발신 도메인의 DNS를 확인하세요.',
      },
    },
    sources: [rfc(5321, '4.2.2'), rfc(5321, '3.8'), rfc(5321, '4.2.5'), rfc(5321, '4.3.2')],
    confusedWith: ['421', '450', '550'],
  },
  {
    code: '452',
    texts: {
      en: {
        title: 'Requested action not taken: insufficient system storage',
        description:
          'The server cannot take this now because a resource ran short: disk or queue space, the mailbox quota, or the number of recipients it accepts in one transaction. 452 is a 4yz Transient Negative Completion reply: retry later, and in the "too many recipients" case send the remaining recipients in a new transaction.',
        whenYouSeeIt:
          'After RCPT when the recipient limit is reached: "452 4.5.3 Error: too many recipients" (Postfix smtpd_recipient_limit), Gmail "452 4.5.3 Your message has too many recipients", Mimecast "452 Too many recipients" (over 100 per message). After MAIL with SIZE= when the server lacks room for the declared size (RFC 1870 §6.1), or after RCPT for one recipient (§6.4). For a full mailbox, Gmail "452 4.2.2 The recipient\'s inbox is out of storage space". Postfix says "452 4.3.1 Insufficient system storage" when its queue file system is low on space.',
        howToFix:
          'Too many recipients: nothing is lost. The client should send the recipients that got 452 in a new transaction (RFC 5321 §4.5.3.1.10; servers must accept at least 100 per transaction); check that your MTA does this, and lower the recipients per message in bulk tools. Full mailbox: retry; if it lasts for days, the recipient has to clean up. On your own server: free disk space where the queue lives (Postfix checks queue_minfree).',
      },
      ko: {
        title: '요청한 동작을 수행하지 않음: 시스템 저장 공간 부족',
        description:
          '자원이 모자라 서버가 지금은 받을 수 없습니다: 디스크나 큐 공간, 메일함 용량, 또는 한 트랜잭션에서 받는 수신자 수입니다. 452는 4yz 일시적 실패(Transient Negative Completion) 응답입니다. 나중에 재시도하고, "수신자가 너무 많음"인 경우에는 남은 수신자를 새 트랜잭션으로 보내세요.',
        whenYouSeeIt:
          '수신자 한도에 닿으면 RCPT 뒤에 나옵니다: "452 4.5.3 Error: too many recipients"(Postfix smtpd_recipient_limit), Gmail "452 4.5.3 Your message has too many recipients", Mimecast "452 Too many recipients"(메시지당 100명 초과). SIZE=가 붙은 MAIL 뒤에는 서버가 선언된 크기를 받을 공간이 없을 때(RFC 1870 §6.1), RCPT 뒤에는 특정 수신자에 대해(§6.4) 나옵니다. 메일함이 가득 찬 경우 Gmail은 "452 4.2.2 The recipient\'s inbox is out of storage space"라고 답합니다. Postfix는 큐 파일 시스템의 공간이 모자라면 "452 4.3.1 Insufficient system storage"라고 답합니다.',
        howToFix:
          '수신자가 너무 많은 경우: 잃은 것은 없습니다. 클라이언트는 452를 받은 수신자를 새 트랜잭션으로 보내야 합니다(RFC 5321 §4.5.3.1.10, 서버는 트랜잭션당 최소 100명을 받아야 함). MTA가 그렇게 하는지 확인하고, 대량 발송 도구에서는 메시지당 수신자 수를 줄이세요. 메일함이 가득 찬 경우: 재시도하세요. 며칠째 계속된다면 수신자가 정리해야 합니다. 직접 운영하는 서버라면 큐가 있는 곳의 디스크 공간을 확보하세요(Postfix는 queue_minfree를 확인합니다).',
      },
    },
    sources: [rfc(5321, '4.2.2'), rfc(5321, '4.5.3.1.10'), rfc(1870, '6.1'), rfc(1870, '6.4')],
    confusedWith: ['552', '450'],
  },
  {
    code: '454',
    texts: {
      en: {
        title: 'TLS not available, or temporary authentication failure',
        description:
          'A security step failed for a temporary reason. 454 is a 4yz Transient Negative Completion reply with two standard uses: the answer to STARTTLS when TLS cannot be started for now (RFC 3207 §4), and the answer to AUTH when login failed because of a temporary server problem, with enhanced code 4.7.0 (RFC 4954 §6). Retry later; in the AUTH case the client should not ask the user for a new password.',
        whenYouSeeIt:
          'After STARTTLS: "454 4.7.0 TLS not available due to local problem" (Postfix, typically a missing or unreadable certificate or key). After AUTH, when the password backend (Dovecot auth, LDAP, SQL) is down or the server throttles logins: Gmail "454 4.7.0 Too many login attempts". Some sending services use 454 for their own limits too: Amazon SES "454 Throttling failure: Maximum sending rate exceeded" and "Daily message quota exceeded".',
        howToFix:
          'After STARTTLS, on your own server: check the certificate and key settings (Postfix smtpd_tls_cert_file and smtpd_tls_key_file, or smtpd_tls_chain_files) and the TLS errors logged just before. As a client, decide by policy whether to send without TLS, wait, or give up (RFC 3207 §4). After AUTH: check the authentication backend (Postfix smtpd_sasl_type and the Dovecot or Cyrus service) and its log; for login throttling, wait before trying again and stop retry loops that use a wrong password. Amazon SES throttling: resend with backoff, because SES does not retry those messages itself.',
      },
      ko: {
        title: 'TLS를 사용할 수 없음, 또는 일시적 인증 실패',
        description:
          '보안 단계가 일시적인 이유로 실패했습니다. 454는 4yz 일시적 실패(Transient Negative Completion) 응답이며 표준 용도가 두 가지입니다: 지금 TLS를 시작할 수 없을 때 STARTTLS에 대한 응답(RFC 3207 §4), 그리고 서버의 일시적 문제로 로그인이 실패했을 때 AUTH에 대한 응답(향상된 상태 코드 4.7.0, RFC 4954 §6)입니다. 나중에 재시도하세요. AUTH의 경우 클라이언트는 사용자에게 새 비밀번호를 물어서는 안 됩니다.',
        whenYouSeeIt:
          'STARTTLS 뒤: "454 4.7.0 TLS not available due to local problem"(Postfix, 보통 인증서나 키가 없거나 읽을 수 없는 경우). AUTH 뒤: 비밀번호 백엔드(Dovecot auth, LDAP, SQL)가 멈췄거나 서버가 로그인 시도를 제한할 때 나옵니다. Gmail "454 4.7.0 Too many login attempts". 일부 발송 서비스는 자체 한도에도 454를 씁니다: Amazon SES "454 Throttling failure: Maximum sending rate exceeded", "Daily message quota exceeded".',
        howToFix:
          'STARTTLS 뒤라면, 직접 운영하는 서버에서 인증서와 키 설정(Postfix smtpd_tls_cert_file과 smtpd_tls_key_file, 또는 smtpd_tls_chain_files)과 바로 앞에 기록된 TLS 오류를 확인하세요. 클라이언트라면 TLS 없이 보낼지, 기다릴지, 포기할지를 정책에 따라 정합니다(RFC 3207 §4). AUTH 뒤라면 인증 백엔드(Postfix smtpd_sasl_type과 Dovecot 또는 Cyrus 서비스)와 그 로그를 확인하세요. 로그인 시도 제한이라면 잠시 기다린 뒤 다시 시도하고, 잘못된 비밀번호로 반복 시도하는 루프를 멈추세요. Amazon SES 속도 제한은 SES가 해당 메시지를 스스로 재시도하지 않으므로 간격을 두고 직접 다시 보내야 합니다.',
      },
    },
    sources: [rfc(3207, '4'), rfc(4954, '6')],
    confusedWith: ['535', '530', '554'],
  },
  {
    code: '455',
    texts: {
      en: {
        title: 'Server unable to accommodate parameters',
        description:
          'The server understood the MAIL FROM or RCPT TO parameters but cannot honour them right now. 455 is a 4yz Transient Negative Completion reply (RFC 5321 §4.1.1.11), used only when the parameter\'s own RFC does not name a more specific code. Retry later with the same parameters.',
        whenYouSeeIt:
          'After MAIL or RCPT that carries ESMTP parameters (such as SIZE=, BODY=, RET=, NOTIFY= or SMTPUTF8) which the server temporarily cannot handle. It is rare in practice: most servers use 452 for size and storage trouble, and 555 or 501 for parameters they reject.',
        howToFix:
          'Let the queue retry. If it persists, look at which parameter was on the refused command and whether the server still advertises that extension in its EHLO reply; a client may send only parameters of extensions the server advertised. If you run the server, its log should name the parameter it could not handle.',
      },
      ko: {
        title: '서버가 매개변수를 수용할 수 없음',
        description:
          '서버가 MAIL FROM이나 RCPT TO의 매개변수를 이해했지만 지금은 처리할 수 없습니다. 455는 4yz 일시적 실패(Transient Negative Completion) 응답이며(RFC 5321 §4.1.1.11), 해당 매개변수를 정의한 RFC가 더 구체적인 코드를 정하지 않았을 때만 쓰입니다. 같은 매개변수로 나중에 재시도하세요.',
        whenYouSeeIt:
          '서버가 일시적으로 처리할 수 없는 ESMTP 매개변수(SIZE=, BODY=, RET=, NOTIFY=, SMTPUTF8 등)가 붙은 MAIL이나 RCPT 뒤에 나옵니다. 실제로는 드뭅니다. 대부분의 서버는 크기와 저장 공간 문제에 452를, 거부하는 매개변수에 555나 501을 씁니다.',
        howToFix:
          '큐가 재시도하게 두세요. 계속된다면 거부된 명령에 어떤 매개변수가 붙어 있었는지, 서버가 EHLO 응답에서 그 확장을 여전히 알리는지 확인하세요. 클라이언트는 서버가 알린 확장의 매개변수만 보낼 수 있습니다. 서버를 운영한다면 처리하지 못한 매개변수가 로그에 남아 있을 것입니다.',
      },
    },
    sources: [rfc(5321, '4.2.2'), rfc(5321, '4.1.1.11'), rfc(5321, '4.3.2')],
    confusedWith: ['555', '452'],
  },
  {
    code: '500',
    texts: {
      en: {
        title: 'Syntax error, command unrecognized',
        description:
          'The server did not understand the command line at all: an unknown command, or a line too long to accept. 500 is a 5yz Permanent Negative Completion reply: sending the same line again fails again. Under AUTH (RFC 4954 §4 and §6), 500 with enhanced code 5.5.6 also means "authentication exchange line too long": a base64 line was larger than the server\'s buffer.',
        whenYouSeeIt:
          'After a misspelled or unsupported command: "500 5.5.2 Error: command not recognized" (Postfix), "500 unrecognized command" (Exim). Also when something that is not SMTP reaches the port: an HTTP request, a TLS handshake sent to a plaintext port, or message text sent while the server expects commands (after a refused DATA, or BDAT sent to a server without CHUNKING). During AUTH: "500 5.5.6 Authentication Exchange line is too long".',
        howToFix:
          'Check the client. It may send a command the server does not offer (compare with the extensions in the EHLO reply), speak TLS to a STARTTLS port or plaintext to an implicit-TLS port (465 versus 587 or 25), or send data out of turn because it ignored an earlier error; with PIPELINING, a refused DATA followed by the message body gives a burst of 500s, one per line. For 500 5.5.6 during AUTH, use a mechanism with shorter lines or raise the server\'s limit. RFC 5321 says servers must not close the connection over unknown commands, so the session can go on.',
      },
      ko: {
        title: '구문 오류, 인식할 수 없는 명령',
        description:
          '서버가 명령 줄을 전혀 이해하지 못했습니다: 알 수 없는 명령이거나, 받을 수 없을 만큼 긴 줄입니다. 500은 5yz 영구 실패(Permanent Negative Completion) 응답이며, 같은 줄을 다시 보내도 또 실패합니다. AUTH에서는(RFC 4954 §4, §6) 향상된 상태 코드 5.5.6과 함께 "인증 교환 줄이 너무 김"이라는 뜻도 됩니다. base64 줄이 서버 버퍼보다 컸다는 의미입니다.',
        whenYouSeeIt:
          '철자가 틀렸거나 지원하지 않는 명령 뒤에 나옵니다: "500 5.5.2 Error: command not recognized"(Postfix), "500 unrecognized command"(Exim). SMTP가 아닌 것이 포트에 들어왔을 때도 나옵니다: HTTP 요청, 평문 포트로 보낸 TLS 핸드셰이크, 또는 서버가 명령을 기다리는데 보낸 메시지 본문(DATA가 거부된 뒤, 또는 CHUNKING이 없는 서버에 BDAT을 보낸 경우). AUTH 중에는 "500 5.5.6 Authentication Exchange line is too long"이 나옵니다.',
        howToFix:
          '클라이언트를 확인하세요. 서버가 제공하지 않는 명령을 보내고 있거나(EHLO 응답의 확장 목록과 비교), STARTTLS 포트에 TLS로 또는 암묵적 TLS 포트에 평문으로 말하고 있거나(465 대 587, 25), 앞선 오류를 무시하고 순서에 맞지 않게 데이터를 보내는 것일 수 있습니다. PIPELINING에서 DATA가 거부된 뒤 메시지 본문을 보내면 줄마다 500이 하나씩 쏟아집니다. AUTH 중의 500 5.5.6이라면 줄이 더 짧은 방식을 쓰거나 서버의 한도를 올리세요. RFC 5321은 서버가 알 수 없는 명령 때문에 연결을 닫아서는 안 된다고 하므로 세션은 계속할 수 있습니다.',
      },
    },
    sources: [rfc(5321, '4.2.2'), rfc(5321, '4.3.2'), rfc(5321, '4.2.4'), rfc(4954, '4'), rfc(4954, '6'), rfc(5321, '3.8')],
    confusedWith: ['502', '501'],
  },
  {
    code: '501',
    texts: {
      en: {
        title: 'Syntax error in parameters or arguments',
        description:
          'The command was recognised but its argument is malformed: a bad address, a wrong or missing parameter, or an argument where none is allowed. 501 is a 5yz Permanent Negative Completion reply; the same command fails again until the client fixes the argument. RFC 4954 and RFC 3207 use it too: AUTH cancelled with "*" or sent with bad base64, and STARTTLS sent with a parameter.',
        whenYouSeeIt:
          'After EHLO/HELO with a missing or invalid name: "501 Syntactically invalid HELO argument(s)" (Exim), Gmail "501 5.5.4 Empty HELO/EHLO argument not allowed". After MAIL or RCPT with a broken address: "501 5.1.7 Bad sender address syntax" or "501 5.1.3 Bad recipient address syntax" (Postfix), e.g. missing angle brackets or spaces in the address. After DSN parameters with illegal values (RFC 3461 §5.1, "501 syntax error in parameter"), after AUTH with undecodable base64 (501 5.5.2), after "*" cancels AUTH, and after "STARTTLS" with an argument. GMX and WEB.DE use the text "Syntax error in parameters or arguments" for refusals caused by the sending server\'s configuration.',
        howToFix:
          'Fix the client\'s command. Send EHLO with your server\'s real fully qualified name (not empty, not "localhost"). Put envelope addresses in angle brackets with no spaces, "MAIL FROM:<alice@example.com>", and look for quotes, display names or stray characters that a script copied into the envelope. Send only parameters of extensions the server announced in its EHLO reply, with valid values. For AUTH, make sure the client base64-encodes the credentials correctly. For GMX/WEB.DE, follow the postmaster URL in the last line of the reply.',
      },
      ko: {
        title: '매개변수 또는 인수의 구문 오류',
        description:
          '명령은 인식했지만 인수가 잘못되었습니다: 잘못된 주소, 틀렸거나 빠진 매개변수, 또는 인수를 받지 않는 명령에 붙은 인수입니다. 501은 5yz 영구 실패(Permanent Negative Completion) 응답이며, 클라이언트가 인수를 고칠 때까지 같은 명령은 계속 실패합니다. RFC 4954와 RFC 3207도 이 코드를 씁니다: "*"로 취소되었거나 잘못된 base64가 담긴 AUTH, 그리고 매개변수가 붙은 STARTTLS입니다.',
        whenYouSeeIt:
          '이름이 없거나 잘못된 EHLO/HELO 뒤: "501 Syntactically invalid HELO argument(s)"(Exim), Gmail "501 5.5.4 Empty HELO/EHLO argument not allowed". 주소가 망가진 MAIL이나 RCPT 뒤: "501 5.1.7 Bad sender address syntax", "501 5.1.3 Bad recipient address syntax"(Postfix). 예를 들어 꺾쇠괄호가 없거나 주소에 공백이 있는 경우입니다. 값이 잘못된 DSN 매개변수 뒤(RFC 3461 §5.1, "501 syntax error in parameter"), 디코딩할 수 없는 base64가 담긴 AUTH 뒤(501 5.5.2), "*"로 AUTH를 취소한 뒤, 인수가 붙은 "STARTTLS" 뒤에도 나옵니다. GMX와 WEB.DE는 발신 서버 설정 때문에 거부할 때 "Syntax error in parameters or arguments"라는 문구를 씁니다.',
        howToFix:
          '클라이언트의 명령을 고치세요. EHLO에는 서버의 실제 FQDN을 보내세요(빈 값이나 "localhost"는 안 됩니다). 엔벨로프 주소는 공백 없이 꺾쇠괄호로 감싸고("MAIL FROM:<alice@example.com>"), 스크립트가 엔벨로프에 복사해 넣은 따옴표, 표시 이름, 불필요한 문자가 없는지 보세요. 서버가 EHLO 응답에서 알린 확장의 매개변수만, 올바른 값으로 보내세요. AUTH라면 클라이언트가 자격 증명을 올바르게 base64로 인코딩하는지 확인하세요. GMX/WEB.DE라면 응답 마지막 줄의 postmaster URL을 따라가세요.',
      },
    },
    sources: [rfc(5321, '4.2.2'), rfc(5321, '4.3.2'), rfc(5321, '4.1.4'), rfc(3207, '4'), rfc(4954, '4'), rfc(3461, '5.1')],
    confusedWith: ['500', '504', '553'],
  },
  {
    code: '502',
    texts: {
      en: {
        title: 'Command not implemented',
        description:
          'The server recognises the command but does not offer it. 502 is a 5yz Permanent Negative Completion reply: repeating the command on this server will not help. RFC 5321 §4.2.4 separates it from 500: 502 means known but not implemented, 500 means not recognised at all.',
        whenYouSeeIt:
          'Mostly after VRFY, EXPN, HELP, TURN or ETRN on servers that switch them off: "502 5.5.1 VRFY command is disabled" (Postfix with disable_vrfy_command = yes), "502 5.7.0 Sorry, we do not allow this operation" (Sendmail with EXPN disabled). Also after EHLO on very old servers that only know HELO (RFC 5321 §4.3.2); the client should then fall back to HELO.',
        howToFix:
          'Do without the command: use RCPT in a test transaction instead of VRFY, and EHLO instead of HELP to see what the server supports. If EHLO itself gets 502, retry with HELO. A 502 for a command that the server listed in its EHLO reply is a server bug: RFC 5321 forbids advertising extensions that are then answered with 502.',
      },
      ko: {
        title: '구현되지 않은 명령',
        description:
          '서버가 명령을 알아듣지만 제공하지 않습니다. 502는 5yz 영구 실패(Permanent Negative Completion) 응답으로, 이 서버에서 같은 명령을 반복해도 소용없습니다. RFC 5321 §4.2.4는 500과 구분합니다: 502는 알지만 구현하지 않은 명령, 500은 아예 인식하지 못한 명령입니다.',
        whenYouSeeIt:
          '주로 VRFY, EXPN, HELP, TURN, ETRN을 꺼 둔 서버에서 나옵니다: "502 5.5.1 VRFY command is disabled"(disable_vrfy_command = yes인 Postfix), "502 5.7.0 Sorry, we do not allow this operation"(EXPN을 끈 Sendmail). HELO만 아는 아주 오래된 서버에서는 EHLO 뒤에도 나오며(RFC 5321 §4.3.2), 이때 클라이언트는 HELO로 돌아가야 합니다.',
        howToFix:
          '그 명령 없이 진행하세요. VRFY 대신 테스트 트랜잭션의 RCPT를, 서버가 무엇을 지원하는지 보려면 HELP 대신 EHLO를 쓰세요. EHLO 자체가 502를 받으면 HELO로 다시 시도하세요. 서버가 EHLO 응답에 올린 명령에 502가 온다면 서버 버그입니다. RFC 5321은 502로 답할 확장을 알리는 것을 금지합니다.',
      },
    },
    sources: [rfc(5321, '4.2.4'), rfc(5321, '4.2.2'), rfc(5321, '4.3.2'), rfc(5321, '3.5.3')],
    confusedWith: ['500', '504'],
  },
  {
    code: '503',
    texts: {
      en: {
        title: 'Bad sequence of commands',
        description:
          'The command is valid but came at the wrong moment in the session. 503 is a 5yz Permanent Negative Completion reply; the server stays in its current state, and the client must first send the missing step (or RSET). It usually reveals a client bug, or an earlier error that the client ignored.',
        whenYouSeeIt:
          'RCPT before MAIL, DATA before any accepted RCPT, MAIL inside an open transaction: "503 5.5.1 Error: need RCPT command", "503 5.5.1 Error: need MAIL command", "503 5.5.1 Error: nested MAIL command" (Postfix), "503 valid RCPT command must precede DATA" (Exim), Gmail "503 5.5.1 EHLO/HELO first". AUTH gets 503 when sent again after success or inside a transaction (RFC 4954 §4); Postfix says "503 5.5.1 Error: authentication not enabled" where AUTH is off. With CHUNKING (RFC 3030 §2), mixing DATA and BDAT in one transaction or sending BDAT after BDAT LAST gets 503 (Gmail "No DATA after BDAT"). A server that refused the session with 554 in its greeting answers later commands with 503 (RFC 5321 §3.1).',
        howToFix:
          'Look at the reply before the 503: usually MAIL or every RCPT was refused (550, 553 and so on) and the client went on anyway. Fix that first error. For "authentication not enabled", use the submission port (587 or 465) where AUTH is offered, or enable it (Postfix smtpd_sasl_auth_enable = yes). After a 503 around BDAT the transaction state is undefined: the client must send RSET and start over. Also check that the client sends EHLO first and, without PIPELINING, waits for each reply.',
      },
      ko: {
        title: '잘못된 명령 순서',
        description:
          '명령 자체는 유효하지만 세션에서 잘못된 시점에 왔습니다. 503은 5yz 영구 실패(Permanent Negative Completion) 응답이며, 서버는 현재 상태를 유지하고 클라이언트는 빠진 단계(또는 RSET)를 먼저 보내야 합니다. 대개 클라이언트 버그나, 클라이언트가 무시한 앞선 오류를 드러냅니다.',
        whenYouSeeIt:
          'MAIL 전의 RCPT, 수락된 RCPT가 없는 DATA, 트랜잭션 진행 중의 MAIL: "503 5.5.1 Error: need RCPT command", "503 5.5.1 Error: need MAIL command", "503 5.5.1 Error: nested MAIL command"(Postfix), "503 valid RCPT command must precede DATA"(Exim), Gmail "503 5.5.1 EHLO/HELO first". AUTH는 성공 뒤에 다시 보내거나 트랜잭션 중에 보내면 503을 받습니다(RFC 4954 §4). AUTH가 꺼진 곳에서 Postfix는 "503 5.5.1 Error: authentication not enabled"라고 답합니다. CHUNKING(RFC 3030 §2)에서 한 트랜잭션에 DATA와 BDAT을 섞거나 BDAT LAST 뒤에 BDAT을 보내면 503을 받습니다(Gmail "No DATA after BDAT"). 인사말에서 554로 세션을 거부한 서버는 이후 명령에 503으로 답합니다(RFC 5321 §3.1).',
        howToFix:
          '503 바로 앞의 응답을 보세요. 대개 MAIL이나 모든 RCPT가 거부되었는데(550, 553 등) 클라이언트가 그대로 진행한 경우입니다. 그 첫 오류를 고치세요. "authentication not enabled"라면 AUTH를 제공하는 제출 포트(587 또는 465)를 쓰거나 AUTH를 켜세요(Postfix smtpd_sasl_auth_enable = yes). BDAT 관련 503 뒤에는 트랜잭션 상태가 정의되지 않으므로 클라이언트가 RSET을 보내고 처음부터 다시 해야 합니다. 클라이언트가 EHLO를 먼저 보내는지, PIPELINING이 없으면 응답을 하나씩 기다리는지도 확인하세요.',
      },
    },
    sources: [rfc(5321, '4.2.2'), rfc(5321, '4.1.4'), rfc(5321, '3.1'), rfc(3030, '2'), rfc(4954, '4')],
    confusedWith: ['501', '554'],
  },
  {
    code: '504',
    texts: {
      en: {
        title: 'Command parameter not implemented',
        description:
          'The command is implemented, but not with the parameter or option given. 504 is a 5yz Permanent Negative Completion reply: the same command with the same parameter fails again. RFC 4954 §4 uses it for AUTH with a mechanism the server does not support or will not allow here, with enhanced code 5.5.4.',
        whenYouSeeIt:
          'After AUTH with a mechanism that is not in the server\'s "250-AUTH ..." line, e.g. AUTH CRAM-MD5 on a server that offers only PLAIN and LOGIN. Postfix also uses 504 for names that are not fully qualified: "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname" and "504 5.5.2 <bob>: Sender address rejected: need fully-qualified address" (reject_non_fqdn_helo_hostname, reject_non_fqdn_sender).',
        howToFix:
          'For AUTH: configure the client to use one of the mechanisms listed after "AUTH" in the EHLO reply, usually PLAIN or LOGIN over TLS. Many servers list AUTH only after STARTTLS (Postfix smtpd_tls_auth_only = yes), so send STARTTLS and EHLO again first. For the Postfix checks: make the client send a real fully qualified host name in EHLO and full addresses (user@domain) in MAIL FROM and RCPT TO.',
      },
      ko: {
        title: '구현되지 않은 명령 매개변수',
        description:
          '명령은 구현되어 있지만 주어진 매개변수나 옵션으로는 아닙니다. 504는 5yz 영구 실패(Permanent Negative Completion) 응답으로, 같은 매개변수로 같은 명령을 보내면 또 실패합니다. RFC 4954 §4는 서버가 지원하지 않거나 이 상황에서 허용하지 않는 방식의 AUTH에 이 코드를 쓰며, 향상된 상태 코드는 5.5.4입니다.',
        whenYouSeeIt:
          '서버의 "250-AUTH ..." 줄에 없는 방식으로 AUTH를 보냈을 때 나옵니다. 예를 들어 PLAIN과 LOGIN만 제공하는 서버에 AUTH CRAM-MD5를 보낸 경우입니다. Postfix는 FQDN이 아닌 이름에도 504를 씁니다: "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname", "504 5.5.2 <bob>: Sender address rejected: need fully-qualified address"(reject_non_fqdn_helo_hostname, reject_non_fqdn_sender).',
        howToFix:
          'AUTH라면 클라이언트가 EHLO 응답의 "AUTH" 뒤에 나열된 방식 중 하나를 쓰도록 설정하세요. 보통 TLS 위의 PLAIN이나 LOGIN입니다. 많은 서버가 STARTTLS 뒤에만 AUTH를 알리므로(Postfix smtpd_tls_auth_only = yes) 먼저 STARTTLS와 EHLO를 다시 보내세요. Postfix 검사라면 클라이언트가 EHLO에 실제 FQDN을, MAIL FROM과 RCPT TO에 완전한 주소(user@domain)를 보내게 하세요.',
      },
    },
    sources: [rfc(5321, '4.2.2'), rfc(5321, '4.2.1'), rfc(4954, '4')],
    confusedWith: ['502', '501'],
  },
  {
    code: '521',
    texts: {
      en: {
        title: 'Host does not accept mail',
        description:
          'This host never accepts mail: it has no mailboxes and receives mail for no one. 521 is a 5yz Permanent Negative Completion reply; it was first described in an experimental RFC (1846) in 1995 and made standard by RFC 7504, and its enhanced code is X.3.2 ("System not accepting network messages"). Do not retry this host.',
        whenYouSeeIt:
          'As the greeting, instead of 220, when a client connects to port 25 of a machine that only sends mail, or of a dummy server set up to refuse all mail. Senders usually end up there because DNS sends mail for a domain to that host, for example through the domain\'s A record when it has no MX record.',
        howToFix:
          'As a sender: check the recipient domain\'s MX records (dig MX example.com); the address is probably wrong, or the domain does not receive mail. As the domain owner: publish MX records that point to servers that really receive mail, or, if the domain should never receive mail, publish a null MX (a single "MX 0 ." record, RFC 7505) so that senders fail at once with 556 without connecting.',
      },
      ko: {
        title: '호스트가 메일을 받지 않음',
        description:
          '이 호스트는 메일을 전혀 받지 않습니다. 메일함이 없고 누구의 메일도 수신하지 않습니다. 521은 5yz 영구 실패(Permanent Negative Completion) 응답으로, 1995년 실험적 RFC(1846)에서 처음 설명되었고 RFC 7504로 표준이 되었으며, 향상된 상태 코드는 X.3.2("System not accepting network messages")입니다. 이 호스트로 재시도하지 마세요.',
        whenYouSeeIt:
          '메일을 보내기만 하는 머신이나 모든 메일을 거부하도록 만든 더미 서버의 25번 포트에 접속하면 220 대신 인사말로 나옵니다. 발신 측이 그곳에 닿는 이유는 보통 DNS가 도메인의 메일을 그 호스트로 보내기 때문입니다. 예를 들어 도메인에 MX 레코드가 없어 A 레코드가 쓰이는 경우입니다.',
        howToFix:
          '발신자라면 수신 도메인의 MX 레코드를 확인하세요(dig MX example.com). 주소가 틀렸거나 그 도메인이 메일을 받지 않는 것입니다. 도메인 소유자라면 실제로 메일을 받는 서버를 가리키는 MX 레코드를 게시하세요. 도메인이 메일을 받을 일이 없다면 null MX("MX 0 ." 레코드 하나, RFC 7505)를 게시해 발신 측이 접속하지 않고 바로 556으로 실패하게 하세요.',
      },
    },
    sources: [rfc(7504), rfc(5321, '3.1'), ianaRegistry],
    confusedWith: ['554', '556', '421'],
  },
  {
    code: '530',
    texts: {
      en: {
        title: 'Authentication required, or STARTTLS required first',
        description:
          'The server refuses the command until the client has authenticated or started TLS. 530 is a 5yz Permanent Negative Completion reply: the same command fails again until the missing step is done, and works after it. RFC 4954 §6 defines "530 5.7.0 Authentication required"; RFC 3207 §4 defines "530 Must issue a STARTTLS command first", also with 5.7.0.',
        whenYouSeeIt:
          'After MAIL or another command on a submission port or relay that requires login or TLS (EHLO, NOOP, QUIT and the AUTH or STARTTLS step itself are still allowed): "530 5.7.0 Must issue a STARTTLS command first" (Postfix with smtpd_tls_security_level = encrypt, and Gmail\'s submission servers), "530 5.7.0 Authentication required". Microsoft 365 reports a device or app that relays through smtp.office365.com without login as 5.7.57 "Client was not authenticated to send anonymous mail during MAIL FROM".',
        howToFix:
          'Configure the client to do what the server asks: start TLS (STARTTLS, or implicit TLS on port 465), then AUTH with valid credentials, before MAIL FROM. Typical client settings are port 587 with STARTTLS and a username and password, or port 465 with SSL/TLS. Devices and scripts that send through a cloud provider need SMTP AUTH enabled for the account, or a connector (Microsoft 365) or a registered IP (Google Workspace SMTP relay). Server side, Postfix decides this with smtpd_tls_security_level and permit_sasl_authenticated in smtpd_relay_restrictions.',
      },
      ko: {
        title: '인증 필요, 또는 STARTTLS 먼저 필요',
        description:
          '클라이언트가 인증하거나 TLS를 시작할 때까지 서버가 명령을 거부합니다. 530은 5yz 영구 실패(Permanent Negative Completion) 응답으로, 빠진 단계를 마치기 전에는 같은 명령이 계속 실패하고, 마친 뒤에는 동작합니다. RFC 4954 §6은 "530 5.7.0 Authentication required"를, RFC 3207 §4는 "530 Must issue a STARTTLS command first"(역시 5.7.0)를 정의합니다.',
        whenYouSeeIt:
          '로그인이나 TLS가 필요한 제출 포트나 중계 서버에서 MAIL 등의 명령 뒤에 나옵니다(EHLO, NOOP, QUIT과 AUTH 또는 STARTTLS 자체는 허용됨): "530 5.7.0 Must issue a STARTTLS command first"(smtpd_tls_security_level = encrypt인 Postfix, Gmail 제출 서버), "530 5.7.0 Authentication required". Microsoft 365는 로그인 없이 smtp.office365.com을 거쳐 보내는 장치나 앱을 5.7.57 "Client was not authenticated to send anonymous mail during MAIL FROM"으로 알립니다.',
        howToFix:
          '클라이언트가 서버의 요구대로 하게 설정하세요. MAIL FROM 전에 TLS를 시작하고(STARTTLS, 또는 465번 포트의 암묵적 TLS) 올바른 자격 증명으로 AUTH를 하세요. 흔한 클라이언트 설정은 587번 포트와 STARTTLS에 사용자 이름과 비밀번호, 또는 465번 포트와 SSL/TLS입니다. 클라우드 사업자를 거쳐 보내는 장치와 스크립트는 계정에 SMTP AUTH를 켜거나, 커넥터(Microsoft 365)나 등록된 IP(Google Workspace SMTP 릴레이)가 필요합니다. 서버 쪽에서 Postfix는 smtpd_tls_security_level과 smtpd_relay_restrictions의 permit_sasl_authenticated로 이를 정합니다.',
      },
    },
    sources: [rfc(4954, '6'), rfc(3207, '4')],
    confusedWith: ['535', '554'],
  },
  {
    code: '534',
    texts: {
      en: {
        title: 'Authentication mechanism is too weak',
        description:
          'The server refuses the chosen AUTH mechanism for this user because its policy requires a stronger one. 534 is a 5yz Permanent Negative Completion reply to AUTH, with enhanced code 5.7.9 (RFC 4954 §6). The client should retry with another mechanism, not with another password.',
        whenYouSeeIt:
          'After AUTH. Gmail uses 534 for accounts that may not log in with their normal password: "534 5.7.9 Application-specific password required" and "534 5.7.14 Please log in through your web browser" (a sign-in challenge). Recent copies of Google\'s page print the first code as "5.7.90".',
        howToFix:
          'Switch the client to a method the server accepts for that account, usually OAuth 2.0 or an app password. For Gmail: create an app password or use OAuth; for 5.7.14, sign in once in a web browser to clear the challenge, then retry.',
      },
      ko: {
        title: '인증 방식이 너무 약함',
        description:
          '서버 정책이 더 강한 방식을 요구하므로 이 사용자에 대해 고른 AUTH 방식을 거부합니다. 534는 AUTH에 대한 5yz 영구 실패(Permanent Negative Completion) 응답이며, 향상된 상태 코드는 5.7.9입니다(RFC 4954 §6). 클라이언트는 다른 비밀번호가 아니라 다른 방식으로 다시 시도해야 합니다.',
        whenYouSeeIt:
          'AUTH 뒤에 나옵니다. Gmail은 일반 비밀번호로 로그인할 수 없는 계정에 534를 씁니다: "534 5.7.9 Application-specific password required", "534 5.7.14 Please log in through your web browser"(로그인 확인 요청). 최근 Google 안내 페이지에는 앞의 코드가 "5.7.90"으로 적혀 있습니다.',
        howToFix:
          '클라이언트를 서버가 그 계정에 허용하는 방식으로 바꾸세요. 보통 OAuth 2.0이나 앱 비밀번호입니다. Gmail이라면 앱 비밀번호를 만들거나 OAuth를 쓰세요. 5.7.14라면 웹 브라우저로 한 번 로그인해 확인 요청을 해결한 뒤 다시 시도하세요.',
      },
    },
    sources: [rfc(4954, '6')],
    confusedWith: ['535', '538'],
  },
  {
    code: '535',
    texts: {
      en: {
        title: 'Authentication credentials invalid',
        description:
          'Login failed: the username, password or token was wrong or not enough. 535 is a 5yz Permanent Negative Completion reply to AUTH, with enhanced code 5.7.8 (RFC 4954 §6); RFC 4954 §4 also makes it the general "could not authenticate" answer when no more specific code fits. Retrying with the same credentials fails again.',
        whenYouSeeIt:
          'After the last line of AUTH: "535 5.7.8 Error: authentication failed: authentication failure" (Postfix), "535 Incorrect authentication data" (Exim, also Mimecast), Gmail "535 5.7.8 Username and Password not accepted" (printed "5.7.80" on recent copies of Google\'s page). In Postfix logs as "SASL LOGIN authentication failed" lines, often in large numbers from password-guessing bots.',
        howToFix:
          'Check the username (often the full email address), the password, and that the client uses TLS and a mechanism the server offers. Gmail, Microsoft 365 and other providers often refuse a normal password: use an app password or OAuth, and check that SMTP AUTH is allowed for the account. If every user fails on your own server, test the backend ("doveadm auth test <user>" for Dovecot, or the Cyrus saslauthd service) and check Postfix smtpd_sasl_path. Many failures from random IPs are brute-force attempts: rate-limit them (fail2ban, Postfix smtpd_client_auth_rate_limit).',
      },
      ko: {
        title: '인증 자격 증명이 올바르지 않음',
        description:
          '로그인에 실패했습니다. 사용자 이름, 비밀번호 또는 토큰이 틀렸거나 충분하지 않습니다. 535는 AUTH에 대한 5yz 영구 실패(Permanent Negative Completion) 응답이며 향상된 상태 코드는 5.7.8입니다(RFC 4954 §6). RFC 4954 §4는 더 구체적인 코드가 없을 때 쓰는 일반적인 "인증할 수 없음" 응답으로도 535를 정합니다. 같은 자격 증명으로 재시도하면 또 실패합니다.',
        whenYouSeeIt:
          'AUTH의 마지막 줄 뒤에 나옵니다: "535 5.7.8 Error: authentication failed: authentication failure"(Postfix), "535 Incorrect authentication data"(Exim, Mimecast도 사용), Gmail "535 5.7.8 Username and Password not accepted"(최근 Google 안내 페이지에는 "5.7.80"으로 표기). Postfix 로그에서는 "SASL LOGIN authentication failed" 줄로 보이며, 비밀번호를 추측하는 봇 때문에 대량으로 쌓이는 경우가 많습니다.',
        howToFix:
          '사용자 이름(전체 이메일 주소인 경우가 많음)과 비밀번호를 확인하고, 클라이언트가 TLS와 서버가 제공하는 방식을 쓰는지 보세요. Gmail, Microsoft 365 등은 일반 비밀번호를 거부하는 경우가 많으니 앱 비밀번호나 OAuth를 쓰고, 계정에 SMTP AUTH가 허용되어 있는지 확인하세요. 직접 운영하는 서버에서 모든 사용자가 실패한다면 백엔드를 시험하고("doveadm auth test <사용자>"로 Dovecot을, 또는 Cyrus saslauthd 서비스) Postfix smtpd_sasl_path를 확인하세요. 여러 IP에서 오는 대량 실패는 무차별 대입 공격이므로 속도를 제한하세요(fail2ban, Postfix smtpd_client_auth_rate_limit).',
      },
    },
    sources: [rfc(4954, '6'), rfc(4954, '4')],
    confusedWith: ['534', '530', '454'],
  },
  {
    code: '538',
    texts: {
      en: {
        title: 'Encryption required for requested authentication mechanism',
        description:
          'The chosen AUTH mechanism may only be used over an encrypted connection, and this one is not encrypted. 538 is a 5yz Permanent Negative Completion reply to AUTH, with enhanced code 5.7.11 (RFC 4954 §6). The RFC keeps it for historical reasons only: modern servers simply do not offer such mechanisms before TLS is up.',
        whenYouSeeIt:
          'Rarely, after AUTH PLAIN or AUTH LOGIN sent over a plaintext connection to a server that still lists those mechanisms before STARTTLS. Most servers leave them out of the EHLO reply until TLS is active (Postfix smtpd_tls_auth_only = yes), so a client that tries anyway gets 503 or 504 instead of 538.',
        howToFix:
          'Send STARTTLS first (or connect to port 465 with implicit TLS), then EHLO again, then AUTH. In a mail client, set connection security to STARTTLS or SSL/TLS instead of none.',
      },
      ko: {
        title: '요청한 인증 방식에는 암호화가 필요함',
        description:
          '고른 AUTH 방식은 암호화된 연결에서만 쓸 수 있는데 지금 연결은 암호화되어 있지 않습니다. 538은 AUTH에 대한 5yz 영구 실패(Permanent Negative Completion) 응답이며 향상된 상태 코드는 5.7.11입니다(RFC 4954 §6). RFC는 이 코드를 역사적인 이유로만 남겨 두었습니다. 요즘 서버는 TLS가 시작되기 전에는 그런 방식을 아예 알리지 않습니다.',
        whenYouSeeIt:
          '드물게, STARTTLS 전에도 PLAIN이나 LOGIN을 알리는 서버에 평문 연결로 AUTH PLAIN이나 AUTH LOGIN을 보냈을 때 나옵니다. 대부분의 서버는 TLS가 켜질 때까지 EHLO 응답에서 이 방식들을 빼므로(Postfix smtpd_tls_auth_only = yes), 그래도 시도한 클라이언트는 538 대신 503이나 504를 받습니다.',
        howToFix:
          '먼저 STARTTLS를 보내고(또는 465번 포트에 암묵적 TLS로 접속하고) EHLO를 다시 보낸 뒤 AUTH를 하세요. 메일 클라이언트에서는 연결 보안을 "없음" 대신 STARTTLS나 SSL/TLS로 설정하세요.',
      },
    },
    sources: [rfc(4954, '6'), rfc(4954, '4')],
    confusedWith: ['534', '530'],
  },
  {
    code: '550',
    texts: {
      en: {
        title: 'Requested action not taken: mailbox unavailable',
        description:
          'The server refuses the request for good: typically the mailbox does not exist, the sender has no access, or policy forbids it. 550 is a 5yz Permanent Negative Completion reply; do not resend the same message unchanged. It is the most common rejection in SMTP, so the enhanced code and the text (5.1.1 no such user, 5.7.1 policy, 5.7.26 failed authentication and so on) tell you which case you have.',
        whenYouSeeIt:
          'After RCPT for an unknown user: "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table" (Postfix), Gmail "550 5.1.1 The email account that you tried to reach does not exist". After RCPT, MAIL or the final "." for policy reasons: relaying refused, blocklists, SPF/DKIM/DMARC failures (Gmail "550 5.7.26 This email has been blocked because the sender is unauthenticated"), Microsoft "550 5.7.606 Access denied, banned sending IP [...]" (5.7.606 to 5.7.649 are Microsoft\'s own codes, not in the IANA registry), Outlook.com "550 5.7.515 Access denied, sending domain [...] does not meet the required authentication level". Extensions use it too: 550 with X.6.7 at MAIL when the server cannot take a non-ASCII sender address (SMTPUTF8, RFC 6531 §3.5), 550 5.7.27 when the sender\'s domain has a null MX, and 550 after EHLO when the server refuses the client.',
        howToFix:
          'Read the enhanced code and text first. 5.1.x: the address is wrong or gone; check the spelling and remove it from lists. 5.7.x: a policy decision; check your sending IP on blocklists, publish SPF, DKIM and DMARC and make them pass with alignment to the From domain, set a PTR record, and follow any URL in the reply (delisting forms). If you run the receiving server and the rejection is wrong, find the restriction that fired in the log line with the same text (Postfix smtpd_recipient_restrictions, smtpd_relay_restrictions, local_recipient_maps, or the Exim ACL). Resend only after fixing the cause.',
      },
      ko: {
        title: '요청한 동작을 수행하지 않음: 메일함을 사용할 수 없음',
        description:
          '서버가 요청을 영구적으로 거부합니다. 대개 메일함이 없거나, 발신자에게 권한이 없거나, 정책상 금지된 경우입니다. 550은 5yz 영구 실패(Permanent Negative Completion) 응답이므로 같은 메시지를 그대로 다시 보내지 마세요. SMTP에서 가장 흔한 거부 코드이므로, 어떤 경우인지는 향상된 상태 코드와 텍스트(5.1.1 없는 사용자, 5.7.1 정책, 5.7.26 인증 실패 등)로 판단합니다.',
        whenYouSeeIt:
          '없는 사용자에 대한 RCPT 뒤: "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table"(Postfix), Gmail "550 5.1.1 The email account that you tried to reach does not exist". 정책상 이유로 RCPT, MAIL 또는 마지막 "." 뒤: 중계 거부, 차단 목록, SPF/DKIM/DMARC 실패(Gmail "550 5.7.26 This email has been blocked because the sender is unauthenticated"), Microsoft "550 5.7.606 Access denied, banned sending IP [...]"(5.7.606~5.7.649는 IANA 레지스트리에 없는 Microsoft 자체 코드), Outlook.com "550 5.7.515 Access denied, sending domain [...] does not meet the required authentication level". 확장에서도 쓰입니다: 서버가 비ASCII 발신 주소를 받을 수 없을 때 MAIL 뒤의 550과 X.6.7(SMTPUTF8, RFC 6531 §3.5), 발신 도메인에 null MX가 있을 때 550 5.7.27, 서버가 클라이언트를 거부할 때 EHLO 뒤의 550입니다.',
        howToFix:
          '먼저 향상된 상태 코드와 텍스트를 읽으세요. 5.1.x라면 주소가 틀렸거나 없어진 것이니 철자를 확인하고 목록에서 지우세요. 5.7.x라면 정책 판단이니, 발신 IP가 차단 목록에 있는지 확인하고, SPF, DKIM, DMARC를 게시해 From 도메인과 정렬(alignment)되어 통과하게 하고, PTR 레코드를 설정하고, 응답에 있는 URL(차단 해제 양식)을 따라가세요. 수신 서버를 운영하는데 거부가 잘못되었다면 같은 문구의 로그 줄에서 어떤 제한이 걸렸는지 찾으세요(Postfix smtpd_recipient_restrictions, smtpd_relay_restrictions, local_recipient_maps, 또는 Exim ACL). 원인을 고친 뒤에만 다시 보내세요.',
      },
    },
    sources: [rfc(5321, '4.2.2'), rfc(5321, '4.3.2'), rfc(5321, '4.1.1.3'), rfc(5321, '3.4'), rfc(6531, '3.5'), ianaRegistry],
    confusedWith: ['553', '450', '554'],
  },
  {
    code: '551',
    texts: {
      en: {
        title: 'User not local; please try another address',
        description:
          'The server will not deliver to this address, but says where the user can now be reached. 551 is a 5yz Permanent Negative Completion reply: the message is refused for this address, and the sender must write to the new address instead. RFC 5321 lets servers refuse with a plain 550 instead, and most do.',
        whenYouSeeIt:
          'After RCPT (or VRFY) for a user who has moved, with a text like "551 User not local; please try <forward-path>". It is rare today because it discloses the new address; many servers report a moved user as 550 with enhanced code 5.1.6 (destination mailbox has moved) and no new address.',
        howToFix:
          'Resend to the address named in the reply, after checking that it makes sense. RFC 5321 §7.4 warns clients not to update address books automatically from a 551 unless they are sure the server is genuine. If you run the server and do not want to reveal new addresses, reject with 550 instead.',
      },
      ko: {
        title: '로컬 사용자가 아님, 다른 주소로 시도하세요',
        description:
          '서버가 이 주소로는 배달하지 않지만, 사용자에게 이제 어디로 연락할 수 있는지 알려 줍니다. 551은 5yz 영구 실패(Permanent Negative Completion) 응답으로, 이 주소에 대한 메시지는 거부되며 발신자는 새 주소로 보내야 합니다. RFC 5321은 서버가 대신 단순히 550으로 거부하는 것도 허용하며, 대부분 그렇게 합니다.',
        whenYouSeeIt:
          '이전한 사용자에 대한 RCPT(또는 VRFY) 뒤에 "551 User not local; please try <forward-path>" 같은 문구로 나옵니다. 새 주소가 드러나기 때문에 오늘날에는 드뭅니다. 많은 서버는 이전한 사용자를 새 주소 없이 550과 향상된 상태 코드 5.1.6(수신 메일함이 이전됨)으로 알립니다.',
        howToFix:
          '응답에 적힌 주소가 타당한지 확인한 뒤 그 주소로 다시 보내세요. RFC 5321 §7.4는 서버가 진짜라고 확신할 수 없다면 551을 근거로 주소록을 자동으로 바꾸지 말라고 경고합니다. 서버를 운영하면서 새 주소를 드러내고 싶지 않다면 대신 550으로 거부하세요.',
      },
    },
    sources: [rfc(5321, '4.2.2'), rfc(5321, '3.4'), rfc(5321, '7.4')],
    confusedWith: ['251', '550'],
  },
  {
    code: '552',
    texts: {
      en: {
        title: 'Requested mail action aborted: exceeded storage allocation',
        description:
          'The message does not fit: it is larger than the server accepts, or the recipient\'s mailbox is full. 552 is a 5yz Permanent Negative Completion reply; resending the same message unchanged fails again. One exception: old servers sent 552 for "too many recipients", and RFC 5321 §4.5.3.1.10 tells clients to treat that case as temporary, like 452.',
        whenYouSeeIt:
          'With SIZE (RFC 1870): after "MAIL FROM:<...> SIZE=n" when n is over the limit advertised in "250-SIZE", or after RCPT when one recipient cannot take that size (§6.4). Otherwise after the final "." once the data went over the limit: "552 5.3.4 Message size exceeds fixed limit" (Postfix message_size_limit), "552 Message size exceeds maximum permitted" (Exim), Gmail "552 5.3.4 ... exceeded Google\'s message size limits". For a full mailbox, 552 5.2.2 with "over quota" or "quota exceeded" texts (Gmail "out of storage space and inactive"). Gmail also answers "552 5.7.0 ... content presents a potential security issue" for blocked attachment types.',
        howToFix:
          'Too big: shrink the message (attachments grow by about a third when base64-encoded) or share large files by link. If you run the receiving server and the limit is too low, raise it (Postfix message_size_limit, which must not exceed mailbox_size_limit; Exim message_size_limit). Mailbox full: the recipient must free space; if the mailbox is also inactive, stop sending to it. Blocked attachment: send it in another format or by link.',
      },
      ko: {
        title: '요청한 메일 동작 중단: 할당된 저장 공간 초과',
        description:
          '메시지가 들어갈 자리가 없습니다. 서버가 받는 크기보다 크거나, 수신자 메일함이 가득 찼습니다. 552는 5yz 영구 실패(Permanent Negative Completion) 응답이며, 같은 메시지를 그대로 다시 보내면 또 실패합니다. 예외가 하나 있습니다: 옛 서버는 "수신자가 너무 많음"에 552를 보냈는데, RFC 5321 §4.5.3.1.10은 이 경우를 452처럼 일시적인 실패로 처리하라고 합니다.',
        whenYouSeeIt:
          'SIZE(RFC 1870)를 쓰면 "MAIL FROM:<...> SIZE=n"에서 n이 "250-SIZE"로 알린 한도를 넘을 때, 또는 특정 수신자가 그 크기를 받을 수 없을 때 RCPT 뒤에(§6.4) 나옵니다. 그렇지 않으면 데이터가 한도를 넘은 뒤 마지막 "." 뒤에 나옵니다: "552 5.3.4 Message size exceeds fixed limit"(Postfix message_size_limit), "552 Message size exceeds maximum permitted"(Exim), Gmail "552 5.3.4 ... exceeded Google\'s message size limits". 메일함이 가득 차면 "over quota"나 "quota exceeded" 같은 문구와 함께 552 5.2.2가 옵니다(Gmail "out of storage space and inactive"). Gmail은 차단된 첨부 파일 형식에 "552 5.7.0 ... content presents a potential security issue"로도 답합니다.',
        howToFix:
          '너무 크다면 메시지를 줄이거나(첨부 파일은 base64 인코딩으로 약 3분의 1 커집니다) 큰 파일은 링크로 공유하세요. 수신 서버를 운영하는데 한도가 너무 낮다면 올리세요(Postfix message_size_limit, 이 값은 mailbox_size_limit보다 클 수 없음; Exim message_size_limit). 메일함이 가득 찼다면 수신자가 공간을 비워야 하며, 메일함이 비활성 상태이기도 하다면 더 보내지 마세요. 첨부 파일이 차단되었다면 다른 형식이나 링크로 보내세요.',
      },
    },
    sources: [rfc(5321, '4.2.2'), rfc(1870, '6.1'), rfc(1870, '6.4'), rfc(5321, '4.5.3.1.10'), rfc(1870, '4')],
    confusedWith: ['452', '554'],
  },
  {
    code: '553',
    texts: {
      en: {
        title: 'Requested action not taken: mailbox name not allowed',
        description:
          'The server refuses the address itself: bad syntax, a domain that does not exist, or an address this client may not use. 553 is a 5yz Permanent Negative Completion reply; the same address will be refused again. It is close to 550, but points at the mailbox name rather than at the mailbox.',
        whenYouSeeIt:
          'After RCPT or MAIL: Gmail "553 5.1.2 We weren\'t able to find the recipient domain" and "553 5.1.3 ... is not a valid RFC 5321 address"; Sendmail "553 5.1.8 <bob@example.com>... Domain of sender address bob@example.com does not exist"; Postfix "553 5.7.1 <alice@example.com>: Sender address rejected: not logged in" or "... not owned by user ..." (reject_sender_login_mismatch). With SMTPUTF8 (RFC 6531 §3.5), 553 with X.6.7 at RCPT when a non-ASCII address cannot be accepted. After VRFY, "553 User ambiguous" may list the possible matches (RFC 5321 §3.5.1). Yahoo uses 553 for blocks: "553 5.7.2 [TSS09] ... permanently deferred", "553 5.7.1 [BL21] ... Spamhaus".',
        howToFix:
          'Check the address for typos and invalid characters, and check that its domain exists in DNS (dig MX and dig A for the domain). For "not logged in" or "not owned by user": authenticate, and use a MAIL FROM address that belongs to the login (or map it in smtpd_sender_login_maps). For non-ASCII addresses, use an ASCII address for that recipient or a route that supports SMTPUTF8. For the Yahoo blocks, fix the cause (Spamhaus delisting, list hygiene) before sending again.',
      },
      ko: {
        title: '요청한 동작을 수행하지 않음: 허용되지 않는 메일함 이름',
        description:
          '서버가 주소 자체를 거부합니다: 잘못된 구문, 존재하지 않는 도메인, 또는 이 클라이언트가 쓸 수 없는 주소입니다. 553은 5yz 영구 실패(Permanent Negative Completion) 응답이며, 같은 주소는 다시 거부됩니다. 550과 비슷하지만 메일함 자체보다 메일함 이름(주소)을 문제 삼습니다.',
        whenYouSeeIt:
          'RCPT나 MAIL 뒤: Gmail "553 5.1.2 We weren\'t able to find the recipient domain", "553 5.1.3 ... is not a valid RFC 5321 address", Sendmail "553 5.1.8 <bob@example.com>... Domain of sender address bob@example.com does not exist", Postfix "553 5.7.1 <alice@example.com>: Sender address rejected: not logged in" 또는 "... not owned by user ..."(reject_sender_login_mismatch). SMTPUTF8(RFC 6531 §3.5)에서는 비ASCII 주소를 받을 수 없을 때 RCPT 뒤에 553과 X.6.7이 옵니다. VRFY 뒤의 "553 User ambiguous"는 가능한 후보를 나열할 수 있습니다(RFC 5321 §3.5.1). Yahoo는 차단에 553을 씁니다: "553 5.7.2 [TSS09] ... permanently deferred", "553 5.7.1 [BL21] ... Spamhaus".',
        howToFix:
          '주소에 오타나 허용되지 않는 문자가 없는지, 도메인이 DNS에 있는지 확인하세요(도메인에 대해 dig MX, dig A). "not logged in"이나 "not owned by user"라면 인증하고, 그 로그인에 속한 MAIL FROM 주소를 쓰세요(또는 smtpd_sender_login_maps에 매핑하세요). 비ASCII 주소라면 그 수신자의 ASCII 주소를 쓰거나 SMTPUTF8을 지원하는 경로로 보내세요. Yahoo 차단이라면 원인(Spamhaus 등록 해제, 목록 정리)을 고친 뒤 다시 보내세요.',
      },
    },
    sources: [rfc(5321, '4.2.2'), rfc(5321, '3.5.1'), rfc(6531, '3.5'), rfc(5321, '4.3.2')],
    confusedWith: ['550', '501'],
  },
  {
    code: '554',
    texts: {
      en: {
        title: 'Transaction failed, or no SMTP service here',
        description:
          'A permanent failure that no more specific code covers. 554 is a 5yz Permanent Negative Completion reply with two places: as the greeting it means "no SMTP service here" for this client (often a blocked IP), and after DATA or the final "." it means the whole transaction failed. Do not retry unchanged.',
        whenYouSeeIt:
          'In the greeting: Proofpoint "554 ... Blocked - see https://ipcheck.proofpoint.com/?ip=...", GMX "554 ... Nemesis ESMTP Service not available ... IP address is block listed"; the server then answers other commands with 503 until QUIT. After DATA when no recipient was accepted: "554 5.5.1 Error: no valid recipients" (Postfix). After RCPT: "554 5.7.1 <bob@example.com>: Relay access denied" and "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org" (Postfix). After the message: Yahoo "554 5.7.9 Message not accepted for policy reasons", Gmail "554 5.6.0 ... message is malformed". Also for every command after STARTTLS when the server finds the security level too low (RFC 3207 §4.1, e.g. "Command refused due to lack of security"), and with X.6.9 when UTF-8 headers cannot go to some recipients (SMTPUTF8, RFC 6531 §3.5).',
        howToFix:
          'Read the text: it carries the real reason. Relay access denied: that server does not handle the recipient\'s domain and you did not log in; send through your own provider\'s submission server with AUTH, or (server side) add the domain to relay_domains or mydestination. Blocklist in the greeting or text: look up your IP on the list named (Spamhaus, Proofpoint, Barracuda) and request removal after fixing the cause. No valid recipients: fix the RCPT errors before it. Policy or content rejections: review authentication (SPF, DKIM, DMARC), content and links before resending.',
      },
      ko: {
        title: '트랜잭션 실패, 또는 여기에는 SMTP 서비스가 없음',
        description:
          '더 구체적인 코드가 없는 영구 실패입니다. 554는 5yz 영구 실패(Permanent Negative Completion) 응답으로 나오는 자리가 두 곳입니다. 인사말에서는 이 클라이언트에게 "여기에는 SMTP 서비스가 없다"는 뜻이고(차단된 IP인 경우가 많음), DATA나 마지막 "." 뒤에서는 트랜잭션 전체가 실패했다는 뜻입니다. 그대로 재시도하지 마세요.',
        whenYouSeeIt:
          '인사말에서: Proofpoint "554 ... Blocked - see https://ipcheck.proofpoint.com/?ip=...", GMX "554 ... Nemesis ESMTP Service not available ... IP address is block listed". 이후 서버는 QUIT 전까지 다른 명령에 503으로 답합니다. 수락된 수신자가 없는데 DATA를 보낸 뒤: "554 5.5.1 Error: no valid recipients"(Postfix). RCPT 뒤: "554 5.7.1 <bob@example.com>: Relay access denied", "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org"(Postfix). 메시지 뒤: Yahoo "554 5.7.9 Message not accepted for policy reasons", Gmail "554 5.6.0 ... message is malformed". 또한 STARTTLS 뒤 서버가 보안 수준이 너무 낮다고 판단하면 모든 명령에(RFC 3207 §4.1, 예: "Command refused due to lack of security"), UTF-8 헤더를 일부 수신자에게 보낼 수 없으면 X.6.9와 함께(SMTPUTF8, RFC 6531 §3.5) 나옵니다.',
        howToFix:
          '텍스트를 읽으세요. 진짜 이유가 거기에 있습니다. Relay access denied라면 그 서버는 수신자 도메인을 담당하지 않고 당신은 로그인하지 않은 것입니다. 자신이 쓰는 사업자의 제출 서버에 AUTH로 로그인해 보내거나, 서버 쪽이라면 도메인을 relay_domains나 mydestination에 추가하세요. 인사말이나 텍스트에 차단 목록이 보이면 해당 목록(Spamhaus, Proofpoint, Barracuda)에서 IP를 조회하고 원인을 고친 뒤 해제를 요청하세요. No valid recipients라면 그 앞의 RCPT 오류를 고치세요. 정책이나 콘텐츠 거부라면 다시 보내기 전에 인증(SPF, DKIM, DMARC), 내용, 링크를 점검하세요.',
      },
    },
    sources: [rfc(5321, '4.2.2'), rfc(5321, '3.1'), rfc(5321, '4.3.2'), rfc(3207, '4.1'), rfc(6531, '3.5'), rfc(2920, '4')],
    confusedWith: ['550', '521', '503'],
  },
  {
    code: '555',
    texts: {
      en: {
        title: 'MAIL FROM/RCPT TO parameters not recognized or not implemented',
        description:
          'The server does not know, or does not support, a parameter on MAIL FROM or RCPT TO. 555 is a 5yz Permanent Negative Completion reply (RFC 5321 §4.1.1.11): the command fails again as long as it carries that parameter. A client may only use parameters of extensions that the server advertised in its EHLO reply.',
        whenYouSeeIt:
          'After MAIL or RCPT with an ESMTP parameter, e.g. "555 5.5.4 Unsupported option: FOO=bar" (Postfix). Common triggers: a client that sends SIZE=, BODY=8BITMIME, SMTPUTF8, AUTH= or DSN parameters (NOTIFY=, RET=, ENVID=, ORCPT=) without checking the EHLO reply, or a client that fell back to HELO, after which no extensions may be used.',
        howToFix:
          'Make the client drop parameters the server does not advertise. Compare with the EHLO reply: if the extension is missing there, maybe EHLO failed and the client used HELO, or the list changed after STARTTLS. An address with a space in it can also cause this, because the part after the space is read as a parameter: fix the address.',
      },
      ko: {
        title: 'MAIL FROM/RCPT TO 매개변수를 인식하지 못하거나 구현하지 않음',
        description:
          '서버가 MAIL FROM이나 RCPT TO의 매개변수를 모르거나 지원하지 않습니다. 555는 5yz 영구 실패(Permanent Negative Completion) 응답이며(RFC 5321 §4.1.1.11), 그 매개변수가 붙어 있는 한 명령은 계속 실패합니다. 클라이언트는 서버가 EHLO 응답에서 알린 확장의 매개변수만 쓸 수 있습니다.',
        whenYouSeeIt:
          'ESMTP 매개변수가 붙은 MAIL이나 RCPT 뒤에 나옵니다. 예: "555 5.5.4 Unsupported option: FOO=bar"(Postfix). 흔한 원인은 EHLO 응답을 확인하지 않고 SIZE=, BODY=8BITMIME, SMTPUTF8, AUTH=, DSN 매개변수(NOTIFY=, RET=, ENVID=, ORCPT=)를 보내는 클라이언트, 또는 HELO로 돌아간 뒤(이후에는 확장을 쓸 수 없음)에도 매개변수를 보내는 클라이언트입니다.',
        howToFix:
          '클라이언트가 서버가 알리지 않은 매개변수를 빼도록 하세요. EHLO 응답과 비교해 보세요. 거기에 확장이 없다면 EHLO가 실패해 클라이언트가 HELO를 썼거나, STARTTLS 뒤에 목록이 바뀌었을 수 있습니다. 주소에 공백이 있어도 이런 일이 생깁니다. 공백 뒤 부분이 매개변수로 읽히기 때문이니 주소를 고치세요.',
      },
    },
    sources: [rfc(5321, '4.2.2'), rfc(5321, '4.1.1.11'), rfc(5321, '4.3.2')],
    confusedWith: ['455', '501', '504'],
  },
  {
    code: '556',
    texts: {
      en: {
        title: 'Domain does not accept mail',
        description:
          'The recipient\'s domain states that it receives no mail at all, normally by publishing a null MX record (RFC 7505). 556 is a 5yz Permanent Negative Completion reply defined by RFC 7504, with enhanced code X.1.10 ("Recipient address has null MX"). The address can never work; do not retry.',
        whenYouSeeIt:
          'Usually from your own outgoing server or provider rather than the remote side: when it looks up the recipient domain and finds the null MX ("MX 0 ."), it refuses the RCPT with 556 5.1.10, or returns a bounce with that code, without trying to connect.',
        howToFix:
          'Check the recipient address: a typo in the domain, or a domain that only sends (such as a no-reply domain). Ask the recipient for a working address. If it is your own domain and it should receive mail, replace the "MX 0 ." record with real MX records.',
      },
      ko: {
        title: '도메인이 메일을 받지 않음',
        description:
          '수신자의 도메인이 메일을 전혀 받지 않는다고 밝히고 있습니다. 보통 null MX 레코드(RFC 7505)를 게시하는 방식입니다. 556은 RFC 7504가 정의한 5yz 영구 실패(Permanent Negative Completion) 응답이며, 향상된 상태 코드는 X.1.10("Recipient address has null MX")입니다. 이 주소로는 절대 배달되지 않으니 재시도하지 마세요.',
        whenYouSeeIt:
          '보통 상대 서버가 아니라 자신의 발신 서버나 사업자가 보냅니다. 수신 도메인을 조회해 null MX("MX 0 .")를 발견하면 접속을 시도하지 않고 RCPT를 556 5.1.10으로 거부하거나, 그 코드로 반송을 돌려줍니다.',
        howToFix:
          '수신자 주소를 확인하세요. 도메인에 오타가 있거나, 보내기만 하는 도메인(no-reply 도메인 등)일 수 있습니다. 수신자에게 실제로 쓰는 주소를 물어보세요. 자신의 도메인이고 메일을 받아야 한다면 "MX 0 ." 레코드를 실제 MX 레코드로 바꾸세요.',
      },
    },
    sources: [rfc(7504), ianaRegistry],
    confusedWith: ['521', '550'],
  },
];
