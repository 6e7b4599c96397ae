import { rfc } from './sources';
import type { ComparisonEntry } from './types';

/** Hand-written comparisons of codes people confuse: reply codes first, then enhanced status codes. Codes ascend within each pair. */
export const comparisons: readonly ComparisonEntry[] = [
  {
    codes: ['235', '354'],
    texts: {
      en: {
        keyDifferences:
          '235 (Authentication successful) is a 2yz Positive Completion reply, while 354 (Start mail input) is a 3yz Positive Intermediate reply. 235 answers AUTH and means the client has proved who it is; the session goes on with MAIL FROM. 354 answers DATA and means the server now waits for the message content, ending with a line that holds only ".". Neither is an error, but only 354 asks the client to send the message itself.',
        whenToUseWhich:
          'A server sends 235 (with 2.7.0, RFC 4954) once the SASL exchange has succeeded, and 354 only in answer to DATA after at least one recipient was accepted; the challenges during AUTH are 334, not 354. If you read 235 in a log, the login worked, and any later failure is about the sender, the recipients or the message. If you read 354, the envelope was accepted, and the verdict is the reply after the final ".".',
      },
      ko: {
        keyDifferences:
          '235(Authentication successful)는 2yz 완료 긍정(Positive Completion) 응답이고, 354(Start mail input)는 3yz 중간 긍정(Positive Intermediate) 응답입니다. 235는 AUTH에 대한 응답으로, 클라이언트가 신원을 증명했다는 뜻이며 세션은 MAIL FROM으로 이어집니다. 354는 DATA에 대한 응답으로, 서버가 이제 메시지 내용을 기다린다는 뜻이며 내용은 "." 하나만 있는 줄로 끝납니다. 둘 다 오류가 아니지만, 메시지 자체를 보내라고 하는 것은 354뿐입니다.',
        whenToUseWhich:
          '서버는 SASL 교환이 성공하면 235(RFC 4954에 따라 2.7.0과 함께)를 보내고, 354는 수신자가 하나 이상 수락된 뒤 DATA에 대해서만 보냅니다. AUTH 도중의 챌린지는 354가 아니라 334입니다. 로그에서 235를 보면 로그인은 성공한 것이고, 이후의 실패는 발신자, 수신자, 메시지 문제입니다. 354를 보면 봉투(envelope)는 수락되었고, 최종 결과는 마지막 "." 뒤의 응답으로 판단합니다.',
      },
    },
    sources: [rfc(4954, '6'), rfc(4954, '4'), rfc(5321, '4.1.1.4'), rfc(5321, '4.2.1')],
  },
  {
    codes: ['250', '251'],
    texts: {
      en: {
        keyDifferences:
          '250 (Requested mail action okay, completed) is the ordinary 2yz success reply. 251 (User not local; will forward to <forward-path>) is also a 2yz success for RCPT, but it adds that the recipient is not local and that the server will forward the message to the address given in the text. Both mean the recipient was accepted; only 251 discloses a new address.',
        whenToUseWhich:
          'A server that forwards mail for a moved user may answer 251 with the new address, or forward silently with a plain 250; RFC 5321 §3.4 allows both and advises letting admins turn 251 off, since it reveals addresses. Nearly all servers simply send 250. If you receive 251, delivery goes ahead; a client may note the new address, but should trust it only if it is sure of the server\'s authenticity (RFC 5321 §7.4).',
      },
      ko: {
        keyDifferences:
          '250(Requested mail action okay, completed)은 일반적인 2yz 성공 응답입니다. 251(User not local; will forward to <forward-path>)도 RCPT에 대한 2yz 성공 응답이지만, 수신자가 이 서버 소속이 아니며 서버가 문구에 적힌 주소로 메시지를 전달(forward)하겠다는 정보를 덧붙입니다. 둘 다 수신자가 수락되었다는 뜻이며, 새 주소를 드러내는 것은 251뿐입니다.',
        whenToUseWhich:
          '이전한 사용자의 메일을 전달하는 서버는 새 주소와 함께 251로 답하거나, 알리지 않고 전달하면서 그냥 250으로 답할 수 있습니다. RFC 5321 §3.4는 둘 다 허용하며, 251은 주소를 노출하므로 관리자가 끌 수 있게 하라고 권합니다. 실제로는 거의 모든 서버가 250을 보냅니다. 251을 받으면 전달은 진행됩니다. 클라이언트는 새 주소를 기록할 수 있지만, 서버의 진위를 확신할 때만 믿어야 합니다(RFC 5321 §7.4).',
      },
    },
    sources: [rfc(5321, '3.4'), rfc(5321, '4.2.2'), rfc(5321, '7.4')],
  },
  {
    codes: ['250', '354'],
    texts: {
      en: {
        keyDifferences:
          '250 is a 2yz Positive Completion reply: the command is done. 354 is a 3yz Positive Intermediate reply, sent only in answer to DATA: the command was accepted, and the server now waits for the message content. After DATA you therefore see two replies: 354 before the content, and 250 (or an error) after the final ".".',
        whenToUseWhich:
          'A server answers MAIL, RCPT, RSET, NOOP and the end of the message data with 250, and DATA with 354. BDAT chunks (CHUNKING, RFC 3030) get 250 directly and never 354. For an operator, only the 250 after the final "." means the server has taken responsibility for the message (RFC 5321 §4.2.5). A 354 followed by a dropped connection means the message was not accepted, and the client must retry.',
      },
      ko: {
        keyDifferences:
          '250은 2yz 완료 긍정 응답으로, 명령이 끝났다는 뜻입니다. 354는 DATA에 대해서만 보내는 3yz 중간 긍정 응답으로, 명령은 받아들였고 이제 메시지 내용을 기다린다는 뜻입니다. 그래서 DATA 뒤에는 응답이 두 번 옵니다. 내용을 보내기 전의 354, 그리고 마지막 "." 뒤의 250(또는 오류)입니다.',
        whenToUseWhich:
          '서버는 MAIL, RCPT, RSET, NOOP와 메시지 데이터의 끝에 250으로 답하고, DATA에는 354로 답합니다. BDAT 청크(CHUNKING, RFC 3030)는 바로 250을 받으며 354는 받지 않습니다. 운영자 입장에서는 마지막 "." 뒤의 250만이 서버가 메시지에 대한 책임을 넘겨받았다는 뜻입니다(RFC 5321 §4.2.5). 354 다음에 연결이 끊겼다면 메시지는 수락되지 않은 것이므로 클라이언트가 다시 보내야 합니다.',
      },
    },
    sources: [rfc(5321, '4.1.1.4'), rfc(5321, '4.2.1'), rfc(5321, '4.2.5'), rfc(3030, '2')],
  },
  {
    codes: ['421', '451'],
    texts: {
      en: {
        keyDifferences:
          '421 (Service not available, closing transmission channel) and 451 (Requested action aborted: local error in processing) are both 4yz transient failures, so the client should retry later. The difference is scope: 421 ends the whole session, and the server closes the connection after sending it. 451 fails only the current command or transaction, and the connection stays open.',
        whenToUseWhich:
          'A server sends 421 when it must stop talking to this client: shutdown, overload, too many connections or errors, rate limits (Gmail "421 4.7.28 ... unusual rate ..."). It sends 451 for a problem with one transaction: a failed lookup (Postfix "451 4.3.0 Temporary lookup error"), greylisting, a temporary policy refusal. For an operator both mean "retry later": after 421 the client must reconnect, after 451 it may go on with other messages in the same session. A connection that simply drops is treated like a 451 (RFC 5321 §3.8).',
      },
      ko: {
        keyDifferences:
          '421(Service not available, closing transmission channel)과 451(Requested action aborted: local error in processing)은 둘 다 4yz 일시적 실패이므로 클라이언트는 나중에 재시도해야 합니다. 차이는 범위입니다. 421은 세션 전체를 끝내며, 서버는 이 응답을 보낸 뒤 연결을 닫습니다. 451은 현재 명령이나 트랜잭션만 실패시키고 연결은 유지됩니다.',
        whenToUseWhich:
          '서버는 종료, 과부하, 너무 많은 연결이나 오류, 속도 제한(Gmail "421 4.7.28 ... unusual rate ...")처럼 이 클라이언트와의 대화를 멈춰야 할 때 421을 보냅니다. 451은 조회 실패(Postfix "451 4.3.0 Temporary lookup error"), 그레이리스팅, 일시적인 정책 거부처럼 한 트랜잭션의 문제에 씁니다. 운영자에게는 둘 다 "나중에 재시도"라는 뜻이지만, 421 뒤에는 클라이언트가 다시 연결해야 하고 451 뒤에는 같은 세션에서 다른 메시지를 계속 보내도 됩니다. 연결이 그냥 끊긴 경우는 451처럼 처리합니다(RFC 5321 §3.8).',
      },
    },
    sources: [rfc(5321, '3.8'), rfc(5321, '4.2.2'), rfc(5321, '4.2.1'), rfc(5321, '4.5.4')],
  },
  {
    codes: ['421', '554'],
    texts: {
      en: {
        keyDifferences:
          '421 is a 4yz transient reply that closes the connection: "not now, try again later". 554 (Transaction failed, or as a greeting "No SMTP service here") is a 5yz permanent reply. Both can replace the 220 greeting as the very first line, but 421 asks the client to come back later, while 554 says this server will not take mail from it as things stand.',
        whenToUseWhich:
          'A server greets with 421 when it is overloaded, in maintenance or rate limiting, and with 554 when it refuses the client outright, most often because the client\'s IP is on a blocklist (GMX "554 ... IP address is block listed", Proofpoint "554 ... Blocked - see https://ipcheck.proofpoint.com/..."). After a 554 greeting the server should still wait for QUIT (RFC 5321 §3.1). For an operator, a 421 clears by itself with normal retries; a 554 needs action, such as delisting the IP or fixing its reputation, before retries can work. 554 also appears after DATA as a permanent rejection of the message.',
      },
      ko: {
        keyDifferences:
          '421은 연결을 닫는 4yz 일시적 응답으로, "지금은 안 되니 나중에 다시 시도하라"는 뜻입니다. 554(Transaction failed, 접속 인사로 쓰일 때는 "No SMTP service here")는 5yz 영구 응답입니다. 둘 다 220 인사 대신 첫 줄로 나올 수 있지만, 421은 나중에 다시 오라는 것이고 554는 지금 상태로는 이 클라이언트의 메일을 받지 않겠다는 것입니다.',
        whenToUseWhich:
          '서버는 과부하, 점검 중, 속도 제한 상황에서 421로 인사하고, 클라이언트를 아예 거부할 때 554로 인사합니다. 554는 대개 클라이언트 IP가 차단 목록에 있기 때문입니다(GMX "554 ... IP address is block listed", Proofpoint "554 ... Blocked - see https://ipcheck.proofpoint.com/..."). 554로 인사한 서버도 QUIT를 기다려야 합니다(RFC 5321 §3.1). 운영자 입장에서 421은 일반 재시도로 저절로 풀리지만, 554는 IP 차단 해제나 평판 개선 같은 조치를 해야 재시도가 통합니다. 554는 DATA 뒤에 메시지를 영구 거부할 때도 나옵니다.',
      },
    },
    sources: [rfc(5321, '3.1'), rfc(5321, '3.8'), rfc(5321, '4.2.2'), rfc(5321, '4.3.2')],
  },
  {
    codes: ['450', '550'],
    texts: {
      en: {
        keyDifferences:
          '450 and 550 share the text "Requested mail action not taken: mailbox unavailable"; the first digit makes the difference. 450 is 4yz transient: the mailbox is busy or temporarily blocked for policy reasons, and the same command may succeed later. 550 is 5yz permanent: the mailbox does not exist, access is denied, or the command was rejected for policy reasons, and repeating it unchanged will fail.',
        whenToUseWhich:
          'A server sends 450 when the condition can clear by itself: greylisting, a recipient receiving mail too fast (Gmail "450 4.2.1 ... receiving email too quickly"), a lookup that failed for now. It sends 550 when the answer will not change: an unknown user (Postfix "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table"), relaying denied, a blocked sender. For an operator, 450 means let the queue retry; 550 means the message bounced, and the address or the reason in the text needs fixing.',
      },
      ko: {
        keyDifferences:
          '450과 550은 "Requested mail action not taken: mailbox unavailable"이라는 같은 문구를 쓰며, 첫 자리 숫자가 차이를 만듭니다. 450은 4yz 일시적 실패로, 메일박스가 사용 중이거나 정책상 잠시 막혀 있어서 같은 명령이 나중에는 성공할 수 있습니다. 550은 5yz 영구 실패로, 메일박스가 없거나, 접근이 거부되었거나, 정책상 명령이 거부되어 그대로 반복하면 또 실패합니다.',
        whenToUseWhich:
          '서버는 상황이 저절로 풀릴 수 있을 때 450을 보냅니다. 그레이리스팅, 너무 빠르게 메일을 받는 수신자(Gmail "450 4.2.1 ... receiving email too quickly"), 일시적으로 실패한 조회 등입니다. 답이 바뀌지 않을 때는 550을 보냅니다. 없는 사용자(Postfix "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table"), 릴레이 거부, 차단된 발신자 등입니다. 운영자 입장에서 450은 큐가 재시도하도록 두면 되고, 550은 메시지가 반송되었으니 주소나 문구에 적힌 원인을 고쳐야 합니다.',
      },
    },
    sources: [rfc(5321, '4.2.2'), rfc(5321, '4.2.1'), rfc(5321, '3.3')],
  },
  {
    codes: ['451', '550'],
    texts: {
      en: {
        keyDifferences:
          '451 (Requested action aborted: local error in processing) is a 4yz transient failure caused by a problem on the server\'s side. 550 (Requested action not taken: mailbox unavailable) is a 5yz permanent refusal. 451 says "something went wrong here, try again"; 550 says "no, and trying again will not help".',
        whenToUseWhich:
          'A server should use 451 when its own resources fail: a database, DNS or policy lookup times out, a virus scanner is down, a queue file cannot be written, or while greylisting. It should use 550 only for decisions that will not change on retry, such as an unknown mailbox or a policy refusal; answering an internal error with 550 turns an outage into bounces. For an operator, a 451 means the sending MTA keeps the message and retries (check that it does not go on for days); a 550 means the message failed, and the text says why.',
      },
      ko: {
        keyDifferences:
          '451(Requested action aborted: local error in processing)은 서버 쪽 문제로 생긴 4yz 일시적 실패입니다. 550(Requested action not taken: mailbox unavailable)은 5yz 영구 거부입니다. 451은 "여기서 뭔가 잘못되었으니 다시 시도하라"는 뜻이고, 550은 "안 되며, 다시 시도해도 소용없다"는 뜻입니다.',
        whenToUseWhich:
          '서버는 자기 자원이 실패했을 때 451을 써야 합니다. 데이터베이스, DNS, 정책 조회의 시간 초과, 바이러스 검사기 중단, 큐 파일 쓰기 실패, 그레이리스팅 등입니다. 550은 없는 메일박스나 정책 거부처럼 재시도해도 바뀌지 않는 결정에만 써야 합니다. 내부 오류에 550으로 답하면 장애가 반송 사태로 번집니다. 운영자 입장에서 451은 발송 MTA가 메시지를 보관하고 재시도한다는 뜻이고(며칠씩 이어지지 않는지 확인하세요), 550은 메시지가 실패했으며 이유는 문구에 있다는 뜻입니다.',
      },
    },
    sources: [rfc(5321, '4.2.2'), rfc(5321, '4.2.1'), rfc(5321, '4.2.5')],
  },
  {
    codes: ['452', '552'],
    texts: {
      en: {
        keyDifferences:
          '452 (Requested action not taken: insufficient system storage) is a 4yz transient reply; 552 (Requested mail action aborted: exceeded storage allocation) is a 5yz permanent reply. 452 means the server is short of space right now, or a per-transaction limit such as the number of recipients was reached. 552 means the message or the mailbox exceeds a fixed limit, such as the maximum message size.',
        whenToUseWhich:
          'Per RFC 1870, a server answers SIZE= on MAIL FROM with 452 when it lacks space at the moment, and with 552 when the message is larger than its fixed maximum (Postfix "552 5.3.4 Message size exceeds fixed limit", message_size_limit). RFC 5321 §4.5.3.1.10 makes "too many recipients" a 452 (Postfix "452 4.5.3 Error: too many recipients") and asks clients to treat a 552 for it as temporary too. Gmail shows both for full mailboxes: "452 4.2.2 The recipient\'s inbox is out of storage space" (retry later) and "552 5.2.2 ... out of storage space and inactive" (give up). For an operator, 452 means wait or split the recipients; 552 means shrink the message or stop sending to that mailbox.',
      },
      ko: {
        keyDifferences:
          '452(Requested action not taken: insufficient system storage)는 4yz 일시적 응답이고, 552(Requested mail action aborted: exceeded storage allocation)는 5yz 영구 응답입니다. 452는 서버에 지금 공간이 부족하거나, 수신자 수 같은 트랜잭션당 한도에 도달했다는 뜻입니다. 552는 메시지나 메일박스가 최대 메시지 크기 같은 고정 한도를 넘었다는 뜻입니다.',
        whenToUseWhich:
          'RFC 1870에 따르면 서버는 MAIL FROM의 SIZE=에 대해 지금 공간이 부족하면 452로, 메시지가 고정 최대 크기보다 크면 552로 답합니다(Postfix "552 5.3.4 Message size exceeds fixed limit", message_size_limit). RFC 5321 §4.5.3.1.10은 "수신자가 너무 많음"을 452로 정하고(Postfix "452 4.5.3 Error: too many recipients"), 이 경우의 552도 일시적 실패로 처리하라고 합니다. Gmail은 가득 찬 메일박스에 둘 다 씁니다. "452 4.2.2 The recipient\'s inbox is out of storage space"는 나중에 재시도, "552 5.2.2 ... out of storage space and inactive"는 포기하라는 뜻입니다. 운영자 입장에서 452는 기다리거나 수신자를 나누면 되고, 552는 메시지를 줄이거나 그 메일박스로 보내기를 멈춰야 합니다.',
      },
    },
    sources: [rfc(5321, '4.2.2'), rfc(5321, '4.5.3.1.10'), rfc(1870, '6.1'), rfc(1870, '6.4')],
  },
  {
    codes: ['500', '501'],
    texts: {
      en: {
        keyDifferences:
          '500 (Syntax error, command unrecognized) and 501 (Syntax error in parameters or arguments) are both 5yz permanent errors about syntax. 500 means the command itself was not understood: an unknown verb, or a command line that is too long. 501 means the verb was understood, but its arguments are wrong: a malformed address, a bad HELO name, or arguments to a command that takes none.',
        whenToUseWhich:
          'A server answers 500 to anything it cannot parse as a command (Postfix "500 5.5.2 Error: command not recognized", Sendmail "500 5.5.1 Command unrecognized") and 501 to a known command with bad arguments (Postfix "501 5.5.4 Syntax: MAIL FROM:<address>" or "501 5.1.3 Bad recipient address syntax", Exim "501 Syntactically invalid HELO argument(s)"). For an operator, 500 usually points to a client that speaks SMTP badly, or to something that is not an SMTP client at all. 501 points to the data the client sends, so check the address or the HELO name. Neither improves on retry.',
      },
      ko: {
        keyDifferences:
          '500(Syntax error, command unrecognized)과 501(Syntax error in parameters or arguments)은 둘 다 구문에 관한 5yz 영구 오류입니다. 500은 명령 자체를 알아듣지 못했다는 뜻입니다. 알 수 없는 명령어이거나 명령 줄이 너무 깁니다. 501은 명령어는 알아들었지만 인수가 틀렸다는 뜻입니다. 형식이 잘못된 주소, 잘못된 HELO 이름, 인수를 받지 않는 명령에 붙은 인수 등입니다.',
        whenToUseWhich:
          '서버는 명령으로 해석할 수 없는 것에는 500으로 답하고(Postfix "500 5.5.2 Error: command not recognized", Sendmail "500 5.5.1 Command unrecognized"), 아는 명령에 잘못된 인수가 붙으면 501로 답합니다(Postfix "501 5.5.4 Syntax: MAIL FROM:<address>"나 "501 5.1.3 Bad recipient address syntax", Exim "501 Syntactically invalid HELO argument(s)"). 운영자 입장에서 500은 대개 SMTP를 잘못 구사하는 클라이언트나, 아예 SMTP 클라이언트가 아닌 무언가를 가리킵니다. 501은 클라이언트가 보내는 데이터를 가리키므로 주소나 HELO 이름을 확인하세요. 둘 다 재시도로는 나아지지 않습니다.',
      },
    },
    sources: [rfc(5321, '4.2.2'), rfc(5321, '4.3.2'), rfc(5321, '4.5.3.1.9')],
  },
  {
    codes: ['501', '503'],
    texts: {
      en: {
        keyDifferences:
          '501 (Syntax error in parameters or arguments) and 503 (Bad sequence of commands) are both 5yz permanent, but they blame different things. 501 says the arguments of the command are wrong. 503 says the command itself is fine but came at the wrong moment: RCPT before MAIL, DATA before any accepted RCPT, or a second MAIL inside an open transaction.',
        whenToUseWhich:
          'A server answers 501 when it cannot accept the argument of a command and stays in the same state, and 503 when commands come out of order (RFC 5321 §4.1.4): Postfix "503 5.5.1 Error: need MAIL command", Exim "503 valid RCPT command must precede DATA", Sendmail "503 5.0.0 Need MAIL before RCPT". For an operator, a 503 is often a follow-on error: an earlier MAIL or RCPT was rejected and the client carried on anyway, so read the reply before it. A 501 points at the data the client sent: the address, the HELO name or a parameter.',
      },
      ko: {
        keyDifferences:
          '501(Syntax error in parameters or arguments)과 503(Bad sequence of commands)은 둘 다 5yz 영구 오류이지만 탓하는 대상이 다릅니다. 501은 명령의 인수가 틀렸다는 뜻입니다. 503은 명령 자체는 괜찮지만 잘못된 시점에 왔다는 뜻입니다. MAIL 전의 RCPT, 수락된 RCPT가 없는데 보낸 DATA, 열린 트랜잭션 안에서 다시 보낸 MAIL 등입니다.',
        whenToUseWhich:
          '서버는 명령의 인수를 받아들일 수 없으면 501로 답하고 상태를 그대로 유지하며, 명령 순서가 틀리면 503으로 답합니다(RFC 5321 §4.1.4). 예: Postfix "503 5.5.1 Error: need MAIL command", Exim "503 valid RCPT command must precede DATA", Sendmail "503 5.0.0 Need MAIL before RCPT". 운영자 입장에서 503은 흔히 뒤따라 생긴 오류입니다. 앞선 MAIL이나 RCPT가 거부되었는데 클라이언트가 그대로 진행한 것이므로, 그 앞의 응답을 보세요. 501은 클라이언트가 보낸 데이터, 즉 주소, HELO 이름, 매개변수를 가리킵니다.',
      },
    },
    sources: [rfc(5321, '4.1.4'), rfc(5321, '3.3'), rfc(5321, '4.2.2')],
  },
  {
    codes: ['502', '504'],
    texts: {
      en: {
        keyDifferences:
          '502 (Command not implemented) and 504 (Command parameter not implemented) are both 5yz permanent. 502 means the server recognises the command but does not offer it. 504 means the command is supported, but the parameter given is not, for example an AUTH mechanism the server does not have.',
        whenToUseWhich:
          'RFC 5321 §4.2.4: a server should send 502 for a known but unimplemented command (Postfix "502 5.5.1 VRFY command is disabled") and 500 for one it does not recognise, and must not advertise in EHLO what it would answer with 502. RFC 4954 uses 504 (with 5.5.4) when the client asks for an AUTH mechanism the server does not support; Postfix also uses 504 by default for its non-FQDN rejections ("504 5.5.2 ... need fully-qualified hostname", non_fqdn_reject_code). For an operator, 502 means do not use that command on this server; 504 means choose another argument, such as a mechanism from the "250-AUTH" line or a full host name.',
      },
      ko: {
        keyDifferences:
          '502(Command not implemented)와 504(Command parameter not implemented)는 둘 다 5yz 영구 오류입니다. 502는 서버가 명령을 알지만 제공하지 않는다는 뜻입니다. 504는 명령은 지원하지만 주어진 매개변수는 지원하지 않는다는 뜻입니다. 예를 들어 서버에 없는 AUTH 방식을 요청한 경우입니다.',
        whenToUseWhich:
          'RFC 5321 §4.2.4에 따르면 서버는 알지만 구현하지 않은 명령에 502를(Postfix "502 5.5.1 VRFY command is disabled"), 알지 못하는 명령에는 500을 보내야 하며, 502로 답할 기능을 EHLO에서 광고하면 안 됩니다. RFC 4954는 클라이언트가 지원하지 않는 AUTH 방식을 요청하면 504(5.5.4와 함께)를 씁니다. Postfix는 FQDN이 아닌 이름을 거부할 때도 기본으로 504를 씁니다("504 5.5.2 ... need fully-qualified hostname", non_fqdn_reject_code). 운영자 입장에서 502는 이 서버에서 그 명령을 쓰지 말라는 뜻이고, 504는 "250-AUTH" 줄에 있는 방식이나 완전한 호스트 이름처럼 다른 인수를 고르라는 뜻입니다.',
      },
    },
    sources: [rfc(5321, '4.2.4'), rfc(5321, '4.2.1'), rfc(4954, '4')],
  },
  {
    codes: ['530', '535'],
    texts: {
      en: {
        keyDifferences:
          '530 (Authentication required, or with STARTTLS "Must issue a STARTTLS command first") and 535 (Authentication credentials invalid) are both 5yz permanent and both about access. 530 means the client has not authenticated, or has not started TLS, and the server will not do what was asked until it does. 535 means the client did try AUTH, and the username or password was rejected.',
        whenToUseWhich:
          'RFC 4954 §6 gives 530 5.7.0 for commands other than AUTH, EHLO, HELO, NOOP, RSET or QUIT sent while authentication is required, and 535 5.7.8 for a failed AUTH; RFC 3207 §4 gives "530 Must issue a STARTTLS command first" (5.7.0) for servers that require TLS. For an operator, 530 means the client skipped a step: configure STARTTLS and/or SMTP AUTH, usually on the submission port 587. 535 means the step was taken but the credentials are wrong: check the username, the password or app password (Gmail "535 5.7.8 Username and Password not accepted"), and beware of lockouts after repeated failures.',
      },
      ko: {
        keyDifferences:
          '530(Authentication required, STARTTLS 관련일 때는 "Must issue a STARTTLS command first")과 535(Authentication credentials invalid)는 둘 다 접근에 관한 5yz 영구 오류입니다. 530은 클라이언트가 인증하지 않았거나 TLS를 시작하지 않아서, 그렇게 하기 전에는 서버가 요청을 처리하지 않겠다는 뜻입니다. 535는 클라이언트가 AUTH를 시도했지만 사용자 이름이나 비밀번호가 거부되었다는 뜻입니다.',
        whenToUseWhich:
          'RFC 4954 §6은 인증이 필요한데 AUTH, EHLO, HELO, NOOP, RSET, QUIT 외의 명령을 보내면 530 5.7.0을, AUTH가 실패하면 535 5.7.8을 쓰라고 합니다. RFC 3207 §4는 TLS를 요구하는 서버에 "530 Must issue a STARTTLS command first"(5.7.0)를 정합니다. 운영자 입장에서 530은 클라이언트가 단계를 건너뛴 것이므로, 보통 제출 포트 587에서 STARTTLS와 SMTP AUTH를 쓰도록 설정하세요. 535는 단계는 밟았지만 자격 증명이 틀린 것이므로 사용자 이름, 비밀번호나 앱 비밀번호를 확인하세요(Gmail "535 5.7.8 Username and Password not accepted"). 실패가 반복되면 계정이 잠길 수 있으니 주의하세요.',
      },
    },
    sources: [rfc(4954, '6'), rfc(3207, '4'), rfc(4954, '4')],
  },
  {
    codes: ['550', '551'],
    texts: {
      en: {
        keyDifferences:
          '550 (Requested action not taken: mailbox unavailable) and 551 (User not local; please try <forward-path>) are both 5yz permanent RCPT failures. 550 is the general "cannot deliver to this mailbox". 551 is specific: the user is not here, and the reply text gives another address to try. With 551 the server does not forward the message itself; that would be 251.',
        whenToUseWhich:
          'RFC 5321 §3.4 lets a server that knows a user\'s new address either reply 551 with that address or 550 without it, and advises making 551 configurable because it discloses addresses; in practice almost every server sends 550. If you receive 551, the message was not delivered; a client may show the address in the text to the user, but should trust it only if it is sure of the server (RFC 5321 §7.4). Some systems use 551 loosely for relay or policy refusals (the registry pairs 551 with X.7.1), so read the text before assuming it holds a forwarding address.',
      },
      ko: {
        keyDifferences:
          '550(Requested action not taken: mailbox unavailable)과 551(User not local; please try <forward-path>)은 둘 다 RCPT에 대한 5yz 영구 실패입니다. 550은 "이 메일박스로는 전달할 수 없다"는 일반적인 응답이고, 551은 사용자가 여기 없으며 응답 문구에 시도할 다른 주소가 적혀 있다는 구체적인 응답입니다. 551이면 서버가 직접 메시지를 전달하지 않습니다(직접 전달한다면 251입니다).',
        whenToUseWhich:
          'RFC 5321 §3.4는 사용자의 새 주소를 아는 서버가 그 주소와 함께 551로 답하거나 주소 없이 550으로 답할 수 있게 하며, 551은 주소를 노출하므로 설정으로 끌 수 있게 하라고 권합니다. 실제로는 거의 모든 서버가 550을 보냅니다. 551을 받았다면 메시지는 전달되지 않았습니다. 클라이언트는 문구의 주소를 사용자에게 보여 줄 수 있지만, 서버를 확신할 때만 믿어야 합니다(RFC 5321 §7.4). 일부 시스템은 릴레이나 정책 거부에도 551을 느슨하게 쓰므로(레지스트리는 551을 X.7.1과 짝지음), 전달 주소가 있다고 단정하기 전에 문구를 읽으세요.',
      },
    },
    sources: [rfc(5321, '3.4'), rfc(5321, '4.2.2'), rfc(5321, '7.4')],
  },
  {
    codes: ['550', '553'],
    texts: {
      en: {
        keyDifferences:
          '550 (Requested action not taken: mailbox unavailable) and 553 (Requested action not taken: mailbox name not allowed) are both 5yz permanent. 550 means the mailbox cannot be used: it does not exist, access is denied, or policy forbids it. 553 means the address itself is not acceptable as written: bad syntax, a form the server does not allow, or, with SMTPUTF8, a non-ASCII address where only ASCII is allowed (RFC 6531 §3.5).',
        whenToUseWhich:
          'A server answers 550 for unknown users and most policy refusals (Postfix "550 5.1.1 ... User unknown in local recipient table"), and 553 when the address is malformed or not permitted (Gmail "553 5.1.3 ... is not a valid RFC 5321 address", Postfix "553 5.6.7 Must declare SMTPUTF8 to send unicode address"). Real use overlaps: Gmail also sends "553 5.1.2 We weren\'t able to find the recipient domain", and Yahoo uses 553 for some blocklist rejections. For an operator, the enhanced code is the better guide: 5.1.1 unknown user, 5.1.2 bad domain, 5.1.3 bad syntax, 5.7.x policy.',
      },
      ko: {
        keyDifferences:
          '550(Requested action not taken: mailbox unavailable)과 553(Requested action not taken: mailbox name not allowed)은 둘 다 5yz 영구 오류입니다. 550은 메일박스를 쓸 수 없다는 뜻입니다. 없거나, 접근이 거부되었거나, 정책이 막습니다. 553은 주소 자체를 쓰인 그대로는 받아들일 수 없다는 뜻입니다. 구문이 틀렸거나, 서버가 허용하지 않는 형식이거나, SMTPUTF8 상황에서 ASCII만 허용되는데 비ASCII 주소를 쓴 경우입니다(RFC 6531 §3.5).',
        whenToUseWhich:
          '서버는 없는 사용자와 대부분의 정책 거부에 550으로 답하고(Postfix "550 5.1.1 ... User unknown in local recipient table"), 주소 형식이 잘못되었거나 허용되지 않으면 553으로 답합니다(Gmail "553 5.1.3 ... is not a valid RFC 5321 address", Postfix "553 5.6.7 Must declare SMTPUTF8 to send unicode address"). 실제 쓰임은 겹칩니다. Gmail은 "553 5.1.2 We weren\'t able to find the recipient domain"도 보내고, Yahoo는 일부 차단 목록 거부에 553을 씁니다. 운영자에게는 향상된 코드가 더 나은 길잡이입니다. 5.1.1은 없는 사용자, 5.1.2는 잘못된 도메인, 5.1.3은 구문 오류, 5.7.x는 정책입니다.',
      },
    },
    sources: [rfc(5321, '4.2.2'), rfc(5321, '3.3'), rfc(6531, '3.5')],
  },
  {
    codes: ['550', '554'],
    texts: {
      en: {
        keyDifferences:
          '550 (Requested action not taken: mailbox unavailable) and 554 (Transaction failed) are both 5yz permanent. 550 usually answers one command, most often one RCPT TO, and is about that mailbox or address. 554 is about the whole transaction or session: a message rejected after DATA, "no valid recipients" at DATA, or, as the greeting, "No SMTP service here".',
        whenToUseWhich:
          'A server should reject an individual recipient with 550 at RCPT time, so the other recipients can still get the message, and use 554 for verdicts on the message as a whole (content, spam) or on the client (Postfix\'s blocklist and relay rejections default to 554, e.g. "554 5.7.1 <user@example.net>: Relay access denied"). For an operator, a 550 names an address to check or remove. A 554 after the final "." means the message was refused for every recipient of that transaction, and a 554 greeting means the connecting IP is refused.',
      },
      ko: {
        keyDifferences:
          '550(Requested action not taken: mailbox unavailable)과 554(Transaction failed)는 둘 다 5yz 영구 오류입니다. 550은 대개 명령 하나, 주로 RCPT TO 하나에 대한 응답이며 그 메일박스나 주소에 관한 것입니다. 554는 트랜잭션이나 세션 전체에 관한 것입니다. DATA 뒤에 거부된 메시지, DATA 시점의 "no valid recipients", 접속 인사로 쓰인 "No SMTP service here" 등입니다.',
        whenToUseWhich:
          '서버는 개별 수신자를 RCPT 단계에서 550으로 거부해야 다른 수신자는 메시지를 받을 수 있습니다. 554는 메시지 전체(내용, 스팸)나 클라이언트에 대한 판정에 씁니다(Postfix의 차단 목록 거부와 릴레이 거부는 기본이 554입니다. 예: "554 5.7.1 <user@example.net>: Relay access denied"). 운영자 입장에서 550은 확인하거나 지울 주소를 알려 줍니다. 마지막 "." 뒤의 554는 그 트랜잭션의 모든 수신자에 대해 메시지가 거부되었다는 뜻이고, 접속 인사의 554는 접속한 IP가 거부되었다는 뜻입니다.',
      },
    },
    sources: [rfc(5321, '4.2.2'), rfc(5321, '3.3'), rfc(5321, '3.1'), rfc(2920, '3.1')],
  },
  {
    codes: ['552', '554'],
    texts: {
      en: {
        keyDifferences:
          '552 (Requested mail action aborted: exceeded storage allocation) and 554 (Transaction failed) are both 5yz permanent. 552 is specific: a size or storage limit was exceeded, either the message size or the recipient\'s mailbox. 554 is general: the transaction failed for a reason the code does not name, often content or policy, and the text carries the reason.',
        whenToUseWhich:
          'A server should send 552 when the message is larger than it accepts (Postfix "552 5.3.4 Message size exceeds fixed limit", Gmail "552 5.3.4 ... exceeded Google\'s message size limits") or a mailbox is over quota, and 554 for other refusals of the transaction. Some sites use 554 for size as well (Mimecast "554 ... Maximum email size exceeded"; the registry pairs X.3.4 with both), so read the enhanced code: 5.3.4 or 5.2.3 means size, 5.2.2 a full mailbox, 5.7.x policy. For an operator, a size 552 is fixed with a smaller message or a link instead of an attachment; a 554 needs its text to know what to fix.',
      },
      ko: {
        keyDifferences:
          '552(Requested mail action aborted: exceeded storage allocation)와 554(Transaction failed)는 둘 다 5yz 영구 오류입니다. 552는 구체적입니다. 메시지 크기나 수신자 메일박스 같은 크기 또는 저장 한도를 넘었다는 뜻입니다. 554는 일반적입니다. 코드가 이유를 밝히지 않는 트랜잭션 실패로, 흔히 내용이나 정책 때문이며 이유는 문구에 있습니다.',
        whenToUseWhich:
          '서버는 메시지가 허용 크기보다 클 때(Postfix "552 5.3.4 Message size exceeds fixed limit", Gmail "552 5.3.4 ... exceeded Google\'s message size limits")나 메일박스가 할당량을 넘었을 때 552를, 그 밖의 트랜잭션 거부에는 554를 보내야 합니다. 크기에 554를 쓰는 곳도 있으므로(Mimecast "554 ... Maximum email size exceeded", 레지스트리도 X.3.4를 둘 다와 짝지음) 향상된 코드를 읽으세요. 5.3.4나 5.2.3은 크기, 5.2.2는 가득 찬 메일박스, 5.7.x는 정책입니다. 운영자 입장에서 크기 때문인 552는 메시지를 줄이거나 첨부 대신 링크를 쓰면 해결되고, 554는 문구를 읽어야 무엇을 고칠지 알 수 있습니다.',
      },
    },
    sources: [rfc(5321, '4.2.2'), rfc(1870, '6.1'), rfc(5321, '4.2.5'), rfc(3463, '3.4')],
  },
  {
    codes: ['521', '556'],
    texts: {
      en: {
        keyDifferences:
          '521 and 556 are 5yz permanent replies defined by RFC 7504 for systems that accept no mail at all. 521 (Host does not accept mail) is about the server you connected to: the host exists but never takes mail. 556 (Domain does not accept mail) is about the recipient\'s domain: it publishes a null MX (RFC 7505, a single MX record "0 ."), which declares that no mail is accepted for that domain.',
        whenToUseWhich:
          'A host that runs an SMTP listener but handles no mail can answer connections with 521 instead of 220; the registry pairs 521 with X.3.2. 556 is mostly produced on the sending side or by a relay: when the lookup of the recipient domain finds a null MX, the recipient fails at once with 556 and 5.1.10 instead of being retried; a server may also reply 556 to RCPT TO for such a domain. For an operator, 521 means you reached a machine that is not a mail server, so check the MX records and routing. 556 means the domain has declared that it takes no mail, so the address is wrong or unused.',
      },
      ko: {
        keyDifferences:
          '521과 556은 메일을 전혀 받지 않는 시스템을 위해 RFC 7504가 정의한 5yz 영구 응답입니다. 521(Host does not accept mail)은 접속한 서버에 관한 것입니다. 호스트는 있지만 메일을 절대 받지 않습니다. 556(Domain does not accept mail)은 수신자 도메인에 관한 것입니다. 그 도메인이 null MX(RFC 7505, "0 ." 하나만 있는 MX 레코드)를 게시해 메일을 받지 않는다고 선언했습니다.',
        whenToUseWhich:
          'SMTP 포트는 열려 있지만 메일을 처리하지 않는 호스트는 220 대신 521로 접속에 답할 수 있으며, 레지스트리는 521을 X.3.2와 짝짓습니다. 556은 주로 발송 측이나 릴레이가 만드는데, 수신자 도메인을 조회해 null MX를 발견하면 재시도하지 않고 556과 5.1.10으로 즉시 실패 처리합니다. 그런 도메인의 RCPT TO에 서버가 556으로 답할 수도 있습니다. 운영자 입장에서 521은 메일 서버가 아닌 기계에 접속했다는 뜻이므로 MX 레코드와 라우팅을 확인하세요. 556은 도메인이 메일을 받지 않는다고 선언한 것이므로 주소가 틀렸거나 쓰이지 않는 주소입니다.',
      },
    },
    sources: [rfc(7504), rfc(7505), rfc(5321, '3.1')],
  },
  {
    codes: ['221', '421'],
    texts: {
      en: {
        keyDifferences:
          '221 (Service closing transmission channel) is a 2yz Positive Completion reply: the server closes the connection because the client sent QUIT. 421 (Service not available, closing transmission channel) is a 4yz transient reply: the server closes the connection on its own before the client was done, and whatever was in progress did not complete.',
        whenToUseWhich:
          'A server sends 221 only in answer to QUIT (Postfix "221 2.0.0 Bye"). It sends 421 when it shuts down or refuses to go on: overload, too many errors (Postfix "421 4.7.0 ... Error: too many errors"), a timeout (Postfix "421 4.4.2 ... Error: timeout exceeded"), or a per-connection limit (Yahoo "421 Max message per connection reached, closing transmission channel"). For an operator, a 221 at the end of a session is normal, and the replies before it decide the outcome. A 421 means the unfinished transaction must be retried, which a proper MTA does by itself.',
      },
      ko: {
        keyDifferences:
          '221(Service closing transmission channel)은 2yz 완료 긍정 응답으로, 클라이언트가 QUIT를 보냈기 때문에 서버가 연결을 닫는다는 뜻입니다. 421(Service not available, closing transmission channel)은 4yz 일시적 응답으로, 클라이언트가 끝내기 전에 서버가 스스로 연결을 닫으며 진행 중이던 작업은 완료되지 않았습니다.',
        whenToUseWhich:
          '서버는 QUIT에 대해서만 221을 보냅니다(Postfix "221 2.0.0 Bye"). 421은 서버가 종료되거나 더 진행하기를 거부할 때 보냅니다. 과부하, 오류 과다(Postfix "421 4.7.0 ... Error: too many errors"), 시간 초과(Postfix "421 4.4.2 ... Error: timeout exceeded"), 연결당 한도(Yahoo "421 Max message per connection reached, closing transmission channel") 등입니다. 운영자 입장에서 세션 끝의 221은 정상이며, 결과는 그 앞의 응답들이 결정합니다. 421은 끝나지 않은 트랜잭션을 다시 보내야 한다는 뜻이며, 제대로 된 MTA는 알아서 재시도합니다.',
      },
    },
    sources: [rfc(5321, '3.8'), rfc(5321, '4.1.1.10'), rfc(5321, '4.2.2')],
  },
  {
    codes: ['454', '530'],
    texts: {
      en: {
        keyDifferences:
          '454 is a 4yz transient reply: "TLS not available due to temporary reason" (RFC 3207) or "Temporary authentication failure" (RFC 4954, with 4.7.0). 530 is a 5yz permanent reply: TLS or authentication is required and has not happened. 454 blames the server, for now; 530 blames a step the client left out.',
        whenToUseWhich:
          'A server sends 454 when STARTTLS or AUTH cannot work at the moment, for example a certificate or key cannot be loaded, or the authentication backend is unreachable (Postfix "454 4.7.0 TLS not available due to local problem"); some services also use it for throttling (Gmail "454 4.7.0 Too many login attempts", Amazon SES "454 Throttling failure: Maximum sending rate exceeded"). It sends 530 when the client tries to go on without STARTTLS or AUTH. For an operator, 454 means retry later and, if it persists, check the server\'s TLS or SASL setup; RFC 4954 says a client should not ask the user for a new password after 454. 530 means fix the client configuration, because retrying unchanged will not help.',
      },
      ko: {
        keyDifferences:
          '454는 4yz 일시적 응답입니다. "TLS not available due to temporary reason"(RFC 3207) 또는 "Temporary authentication failure"(RFC 4954, 4.7.0과 함께)입니다. 530은 5yz 영구 응답으로, TLS나 인증이 필요한데 이루어지지 않았다는 뜻입니다. 454는 지금 당장의 서버 쪽 문제이고, 530은 클라이언트가 빠뜨린 단계의 문제입니다.',
        whenToUseWhich:
          '서버는 인증서나 키를 불러올 수 없거나 인증 백엔드에 접근할 수 없는 등 STARTTLS나 AUTH가 당장 작동하지 않을 때 454를 보내며(Postfix "454 4.7.0 TLS not available due to local problem"), 속도 제한에 454를 쓰는 서비스도 있습니다(Gmail "454 4.7.0 Too many login attempts", Amazon SES "454 Throttling failure: Maximum sending rate exceeded"). 530은 클라이언트가 STARTTLS나 AUTH 없이 진행하려 할 때 보냅니다. 운영자 입장에서 454는 나중에 재시도하고, 계속되면 서버의 TLS나 SASL 설정을 확인하라는 뜻입니다(RFC 4954는 454 뒤에 클라이언트가 사용자에게 새 비밀번호를 요구하면 안 된다고 합니다). 530은 그대로 재시도해도 소용없으니 클라이언트 설정을 고치라는 뜻입니다.',
      },
    },
    sources: [rfc(3207, '4'), rfc(4954, '6')],
  },
  {
    codes: ['X.1.1', 'X.1.2'],
    texts: {
      en: {
        keyDifferences:
          'X.1.1 (Bad destination mailbox address) says the part left of the "@" is wrong: the domain takes mail, but that mailbox does not exist. X.1.2 (Bad destination system address) says the part right of the "@" is wrong: the domain does not exist or cannot accept mail. RFC 3463 calls both useful only for permanent failures (5.1.1, 5.1.2).',
        whenToUseWhich:
          'A receiving server uses 5.1.1 for unknown users (Postfix "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table", Gmail "550 5.1.1 The email account that you tried to reach does not exist"). 5.1.2 comes when the domain itself is the problem, usually from the sending side after a DNS lookup failed for good, or from a relay (Gmail "553 5.1.2 We weren\'t able to find the recipient domain"). For an operator, 5.1.1 means check the user part or remove the address; 5.1.2 means check the domain for typos and its MX and A records. A temporary DNS failure should give 4.4.3, not 5.1.2.',
      },
      ko: {
        keyDifferences:
          'X.1.1(Bad destination mailbox address)은 "@" 왼쪽 부분이 틀렸다는 뜻입니다. 도메인은 메일을 받지만 그 메일박스가 없습니다. X.1.2(Bad destination system address)는 "@" 오른쪽 부분이 틀렸다는 뜻입니다. 도메인이 없거나 메일을 받을 수 없습니다. RFC 3463은 둘 다 영구 실패(5.1.1, 5.1.2)에만 쓰라고 합니다.',
        whenToUseWhich:
          '수신 서버는 없는 사용자에 5.1.1을 씁니다(Postfix "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table", Gmail "550 5.1.1 The email account that you tried to reach does not exist"). 5.1.2는 도메인 자체가 문제일 때 나오며, 대개 DNS 조회가 확정적으로 실패한 뒤 발송 측이 만들거나 릴레이가 보냅니다(Gmail "553 5.1.2 We weren\'t able to find the recipient domain"). 운영자 입장에서 5.1.1은 사용자 부분을 확인하거나 주소를 지우라는 뜻이고, 5.1.2는 도메인 오타와 MX, A 레코드를 확인하라는 뜻입니다. 일시적인 DNS 장애라면 5.1.2가 아니라 4.4.3이 맞습니다.',
      },
    },
    sources: [rfc(3463, '3.2'), rfc(3463, '3.5')],
  },
  {
    codes: ['X.1.1', 'X.1.10'],
    texts: {
      en: {
        keyDifferences:
          'X.1.1 (Bad destination mailbox address) means the mailbox does not exist at a domain that does accept mail. X.1.10 (Recipient address has null MX) means the whole domain has declared with a null MX record that it accepts no mail at all (RFC 7505), so no address there can work. The registry pairs X.1.10 with 556.',
        whenToUseWhich:
          'Use 5.1.1 for an unknown user, and 5.1.10 only when the recipient domain publishes a null MX; a sending MTA that finds one should fail those recipients at once instead of retrying. Be careful with Microsoft 365 bounces: Exchange Online reports "550 5.1.10 Recipient not found" for an unknown recipient, which in practice means the same as 5.1.1. For an operator, both mean correct or remove the address. If a domain that should receive mail yields 5.1.10 from a non-Microsoft system, look for a leftover MX record "0 ." in its DNS.',
      },
      ko: {
        keyDifferences:
          'X.1.1(Bad destination mailbox address)은 메일을 받는 도메인에 그 메일박스가 없다는 뜻입니다. X.1.10(Recipient address has null MX)은 도메인 전체가 null MX 레코드로 메일을 전혀 받지 않는다고 선언했다는 뜻이므로(RFC 7505), 그 도메인의 어떤 주소도 쓸 수 없습니다. 레지스트리는 X.1.10을 556과 짝짓습니다.',
        whenToUseWhich:
          '없는 사용자에는 5.1.1을, 수신자 도메인이 null MX를 게시했을 때만 5.1.10을 씁니다. null MX를 발견한 발송 MTA는 재시도하지 말고 해당 수신자를 즉시 실패 처리해야 합니다. Microsoft 365 반송 메시지는 주의하세요. Exchange Online은 없는 수신자에 "550 5.1.10 Recipient not found"를 보내는데, 실제 의미는 5.1.1과 같습니다. 운영자에게는 둘 다 주소를 고치거나 지우라는 뜻입니다. 메일을 받아야 할 도메인이 Microsoft가 아닌 시스템에서 5.1.10을 받는다면 DNS에 "0 ." MX 레코드가 남아 있는지 확인하세요.',
      },
    },
    sources: [rfc(3463, '3.2'), rfc(7505), rfc(7504)],
  },
  {
    codes: ['X.2.2', 'X.3.4'],
    texts: {
      en: {
        keyDifferences:
          'X.2.2 (Mailbox full) is about one recipient: the mailbox is over its quota, and the recipient can make room by deleting mail. X.3.4 (Message too big for system) is about the message: it is larger than the system\'s per-message limit and will never fit, whatever the recipient does. RFC 3463 calls X.2.2 a persistent transient failure and X.3.4 useful only as a permanent error.',
        whenToUseWhich:
          'A server should send 4.2.2 (often with 452) while a mailbox is full, although many send 552 5.2.2, and 552 5.3.4 (or 554) when a message exceeds the size limit (Postfix message_size_limit: "552 5.3.4 Message size exceeds fixed limit"). Gmail shows the intended split: "452 4.2.2 The recipient\'s inbox is out of storage space", and "552 5.2.2 ... out of storage space and inactive" for abandoned mailboxes. For an operator, X.2.2 means retry later or reach the recipient another way, and suppress the address if it stays full; X.3.4 means send a smaller message or a link. X.2.3 is the per-mailbox variant of a size limit.',
      },
      ko: {
        keyDifferences:
          'X.2.2(Mailbox full)는 한 수신자에 관한 것입니다. 메일박스가 할당량을 넘었고, 수신자가 메일을 지우면 공간이 생깁니다. X.3.4(Message too big for system)는 메시지에 관한 것입니다. 시스템의 메시지당 한도보다 커서 수신자가 무엇을 하든 들어갈 수 없습니다. RFC 3463은 X.2.2를 지속적 일시 실패로, X.3.4는 영구 오류로만 쓰라고 합니다.',
        whenToUseWhich:
          '서버는 메일박스가 가득 찬 동안 4.2.2(흔히 452와 함께)를 보내야 하지만 552 5.2.2를 보내는 곳도 많으며, 메시지가 크기 한도를 넘으면 552 5.3.4(또는 554)를 보냅니다(Postfix message_size_limit: "552 5.3.4 Message size exceeds fixed limit"). Gmail은 "452 4.2.2 The recipient\'s inbox is out of storage space"와, 방치된 메일박스에 대한 "552 5.2.2 ... out of storage space and inactive"로 의도된 구분을 보여 줍니다. 운영자 입장에서 X.2.2는 나중에 재시도하거나 다른 방법으로 수신자에게 연락하고, 계속 가득 차 있으면 주소를 발송 대상에서 빼라는 뜻입니다. X.3.4는 더 작은 메시지나 링크를 보내라는 뜻이며, X.2.3은 메일박스별 크기 한도에 해당하는 코드입니다.',
      },
    },
    sources: [rfc(3463, '3.3'), rfc(3463, '3.4'), rfc(1870, '6.1')],
  },
  {
    codes: ['X.4.1', 'X.4.2'],
    texts: {
      en: {
        keyDifferences:
          'Both are network errors that RFC 3463 calls useful only as persistent transient failures (4.4.1, 4.4.2). X.4.1 (No answer from host) means the connection attempt was never answered: the remote host was busy, down or unreachable. X.4.2 (Bad connection) means a connection was made, but the transaction could not finish because of a timeout or a broken connection.',
        whenToUseWhich:
          'These mostly appear in the sending MTA\'s logs and delay notices, not in replies: Postfix logs dsn=4.4.1 with "connect to mx.example.com[...]:25: Connection timed out" (or "Connection refused"), and dsn=4.4.2 with "lost connection with ... while ..." or a timeout in mid-session; Gmail sends "421 4.4.2 Timeout - closing connection". For an operator, 4.4.1 points to the path to the server: a firewall, outbound port 25 blocked by the provider, a wrong MX, or the server down. 4.4.2 points to an unstable link, an overloaded server or a middlebox breaking the session, often around STARTTLS or a large DATA. Both are retried until the queue lifetime runs out.',
      },
      ko: {
        keyDifferences:
          '둘 다 RFC 3463이 지속적 일시 실패(4.4.1, 4.4.2)로만 쓰라고 한 네트워크 오류입니다. X.4.1(No answer from host)은 연결 시도에 아무 응답이 없었다는 뜻입니다. 상대 호스트가 바쁘거나, 꺼져 있거나, 닿지 않았습니다. X.4.2(Bad connection)는 연결은 되었지만 시간 초과나 연결 끊김 때문에 트랜잭션을 끝내지 못했다는 뜻입니다.',
        whenToUseWhich:
          '이 코드들은 응답보다는 주로 발송 MTA의 로그와 지연 통지에 나옵니다. Postfix는 "connect to mx.example.com[...]:25: Connection timed out"(또는 "Connection refused")과 함께 dsn=4.4.1을, "lost connection with ... while ..."이나 세션 중간의 시간 초과와 함께 dsn=4.4.2를 기록하며, Gmail은 "421 4.4.2 Timeout - closing connection"을 보냅니다. 운영자 입장에서 4.4.1은 방화벽, 통신사의 아웃바운드 25번 포트 차단, 잘못된 MX, 서버 다운처럼 서버까지의 경로 문제입니다. 4.4.2는 불안정한 회선, 과부하 서버, 세션을 깨뜨리는 중간 장비 문제로, STARTTLS나 큰 DATA 전송 부근에서 자주 생깁니다. 둘 다 큐 보관 기간이 끝날 때까지 재시도됩니다.',
      },
    },
    sources: [rfc(3463, '3.5')],
  },
  {
    codes: ['X.7.0', 'X.7.1'],
    texts: {
      en: {
        keyDifferences:
          'X.7.0 (Other or undefined security status) is the generic security or policy code, used when no specific X.7.x detail fits or when the server will not say more. X.7.1 (Delivery not authorized, message refused) is specific: this sender is not allowed to send to this destination, because of per-host or per-recipient filtering. RFC 3463 calls X.7.1 useful only as a permanent error, while X.7.0 appears with 4 and 5 alike.',
        whenToUseWhich:
          'RFC 4954 and RFC 3207 assign X.7.0 to authentication and TLS conditions: "530 5.7.0 Authentication required", "530 5.7.0 Must issue a STARTTLS command first", "454 4.7.0 Temporary authentication failure". 5.7.1 is the usual code for relaying denied (Postfix "554 5.7.1 <user@example.net>: Relay access denied"), blocklist and spam rejections, and recipient-side rules (Gmail "550 5.7.1 ... has a policy that prohibits the email"). For an operator, 5.7.0 usually means the client must authenticate or use TLS. 5.7.1 means the receiving side refuses this sender, IP or content: read the text for the list or rule, then fix reputation, authentication or routing, or contact the recipient\'s admin.',
      },
      ko: {
        keyDifferences:
          'X.7.0(Other or undefined security status)은 일반적인 보안 또는 정책 코드로, 맞는 X.7.x 세부 코드가 없거나 서버가 더 밝히지 않으려 할 때 씁니다. X.7.1(Delivery not authorized, message refused)은 구체적입니다. 호스트별 또는 수신자별 필터링 때문에 이 발신자는 이 목적지로 보낼 수 없다는 뜻입니다. RFC 3463은 X.7.1을 영구 오류로만 쓰라고 하지만, X.7.0은 4와 5 양쪽으로 나옵니다.',
        whenToUseWhich:
          'RFC 4954와 RFC 3207은 인증과 TLS 상황에 X.7.0을 정합니다("530 5.7.0 Authentication required", "530 5.7.0 Must issue a STARTTLS command first", "454 4.7.0 Temporary authentication failure"). 5.7.1은 릴레이 거부(Postfix "554 5.7.1 <user@example.net>: Relay access denied"), 차단 목록과 스팸 거부, 수신 측 규칙(Gmail "550 5.7.1 ... has a policy that prohibits the email")에 흔히 쓰입니다. 운영자 입장에서 5.7.0은 대개 클라이언트가 인증하거나 TLS를 써야 한다는 뜻입니다. 5.7.1은 수신 측이 이 발신자, IP, 내용을 거부한다는 뜻이므로, 문구에서 어떤 목록이나 규칙인지 확인한 뒤 평판, 인증, 라우팅을 고치거나 수신 측 관리자에게 문의하세요.',
      },
    },
    sources: [rfc(3463, '3.8'), rfc(4954, '6'), rfc(3207, '4')],
  },
  {
    codes: ['X.7.1', 'X.7.26'],
    texts: {
      en: {
        keyDifferences:
          'X.7.1 (Delivery not authorized, message refused) is the broad policy refusal: filtering decided that this sender may not deliver here, for whatever reason. X.7.26 (Multiple authentication checks failed, RFC 7372) is narrow: the message failed more than one authentication check, such as SPF and DKIM, and local policy requires authentication. Both are normally permanent with 550, but 4.7.26 exists as a deferral.',
        whenToUseWhich:
          'Gmail uses 5.7.26 for mail that neither SPF nor DKIM authenticates ("This email has been blocked because the sender is unauthenticated"), for SPF hard fails, and for DMARC reject policies, and "421 4.7.26 ... rate limited because it is unauthenticated" to defer such mail; it uses 5.7.1 for spam, reputation and admin-policy blocks. For an operator, 5.7.26 means fix SPF, DKIM and DMARC alignment for the sending domain; resending before that will fail again. 5.7.1 means read the text for the actual rule (blocklist, content, recipient policy) before changing anything.',
      },
      ko: {
        keyDifferences:
          'X.7.1(Delivery not authorized, message refused)은 넓은 의미의 정책 거부로, 이유가 무엇이든 필터링이 이 발신자의 전달을 막았다는 뜻입니다. X.7.26(Multiple authentication checks failed, RFC 7372)은 좁은 의미입니다. 메시지가 SPF와 DKIM 같은 인증 검사를 두 가지 이상 통과하지 못했고, 로컬 정책이 인증을 요구합니다. 둘 다 보통 550과 함께 영구 실패로 나오지만, 연기용 4.7.26도 있습니다.',
        whenToUseWhich:
          'Gmail은 SPF와 DKIM 어느 쪽으로도 인증되지 않은 메일("This email has been blocked because the sender is unauthenticated"), SPF hard fail, DMARC reject 정책에 5.7.26을 쓰고, 그런 메일을 연기할 때 "421 4.7.26 ... rate limited because it is unauthenticated"를 씁니다. 스팸, 평판, 관리자 정책 차단에는 5.7.1을 씁니다. 운영자 입장에서 5.7.26은 발송 도메인의 SPF, DKIM, DMARC 정렬(alignment)을 고치라는 뜻이며, 그 전에 다시 보내면 또 실패합니다. 5.7.1은 무엇이든 바꾸기 전에 문구에서 실제 규칙(차단 목록, 내용, 수신자 정책)을 확인하라는 뜻입니다.',
      },
    },
    sources: [rfc(3463, '3.8'), rfc(7372)],
  },
  {
    codes: ['X.2.1', 'X.7.1'],
    texts: {
      en: {
        keyDifferences:
          'X.2.1 (Mailbox disabled, not accepting messages) is about the recipient\'s mailbox: it exists but is switched off, for example suspended or inactive. X.7.1 (Delivery not authorized, message refused) is about the sender: the receiving side does not let this sender, host or message through. X.2.1 can be permanent or temporary, depending on whether the mailbox will come back; X.7.1 is meant as permanent.',
        whenToUseWhich:
          'A server should use 5.2.1 (or 4.2.1 if the mailbox is only disabled for a while) when a known account cannot receive (Gmail "550 5.2.1 The email account that you tried to reach is inactive"), and 5.7.1 when it refuses the sender by policy. Gmail also uses "450 4.2.1" for a recipient who is receiving mail too fast, a per-recipient rate limit. For an operator, X.2.1 means the problem is on the recipient\'s side: suppress the address or reach the person another way. X.7.1 means the problem is with your sending (IP, domain, authentication, content or permission) and is yours to fix.',
      },
      ko: {
        keyDifferences:
          'X.2.1(Mailbox disabled, not accepting messages)은 수신자의 메일박스에 관한 것입니다. 메일박스는 있지만 정지나 비활성 상태처럼 꺼져 있습니다. X.7.1(Delivery not authorized, message refused)은 발신자에 관한 것입니다. 수신 측이 이 발신자, 호스트, 메시지를 통과시키지 않습니다. X.2.1은 메일박스가 다시 살아날지에 따라 영구일 수도 일시적일 수도 있고, X.7.1은 영구 오류로 쓰입니다.',
        whenToUseWhich:
          '서버는 알려진 계정이 메일을 받을 수 없을 때 5.2.1(잠시만 꺼져 있다면 4.2.1)을 쓰고(Gmail "550 5.2.1 The email account that you tried to reach is inactive"), 정책으로 발신자를 거부할 때 5.7.1을 써야 합니다. Gmail은 메일을 너무 빨리 받는 수신자에 대한 수신자별 속도 제한에도 "450 4.2.1"을 씁니다. 운영자 입장에서 X.2.1은 수신자 쪽 문제이므로 주소를 발송 대상에서 빼거나 다른 방법으로 연락하세요. X.7.1은 IP, 도메인, 인증, 내용, 권한 등 발송 쪽 문제이므로 직접 고쳐야 합니다.',
      },
    },
    sources: [rfc(3463, '3.3'), rfc(3463, '3.8')],
  },
  {
    codes: ['X.5.1', 'X.5.2'],
    texts: {
      en: {
        keyDifferences:
          'Both report a problem with a command the client sent, and RFC 3463 calls both useful only as permanent errors (5.5.1, 5.5.2). X.5.1 (Invalid command) means the command is valid SMTP but came out of sequence or is not supported here. X.5.2 (Syntax error) means the command could not be interpreted: an unknown verb or broken syntax.',
        whenToUseWhich:
          'Postfix follows the split: "503 5.5.1 Error: need MAIL command" for order problems, and "500 5.5.2 Error: command not recognized" for an unknown verb. Sendmail instead answers an unknown verb with "500 5.5.1 Command unrecognized", so the detail digit varies by server, and the basic code is often the clearer guide: 503 means order, 500 means not recognised, 501 means bad arguments (often with 5.5.4). For an operator, with X.5.1 look at what the client did before (a rejected MAIL or RCPT it ignored, a missing EHLO); with X.5.2 look at the exact line it sent (a typo, a non-SMTP client, bad characters, a bare LF).',
      },
      ko: {
        keyDifferences:
          '둘 다 클라이언트가 보낸 명령의 문제를 보고하며, RFC 3463은 둘 다 영구 오류(5.5.1, 5.5.2)로만 쓰라고 합니다. X.5.1(Invalid command)은 올바른 SMTP 명령이지만 순서가 틀렸거나 이 서버에서 지원하지 않는다는 뜻입니다. X.5.2(Syntax error)는 명령을 해석할 수 없었다는 뜻입니다. 알 수 없는 명령어이거나 구문이 깨졌습니다.',
        whenToUseWhich:
          'Postfix는 이 구분을 따릅니다. 순서 문제에는 "503 5.5.1 Error: need MAIL command", 알 수 없는 명령어에는 "500 5.5.2 Error: command not recognized"입니다. 반면 Sendmail은 알 수 없는 명령어에 "500 5.5.1 Command unrecognized"로 답하므로 세부 숫자는 서버마다 다르고, 기본 코드가 더 명확한 길잡이일 때가 많습니다. 503은 순서, 500은 인식 불가, 501은 잘못된 인수(흔히 5.5.4와 함께)입니다. 운영자 입장에서 X.5.1이면 클라이언트가 그 전에 한 일(무시한 MAIL이나 RCPT 거부, 빠진 EHLO)을 보고, X.5.2이면 클라이언트가 보낸 줄 그대로(오타, SMTP가 아닌 클라이언트, 잘못된 문자, bare LF)를 보세요.',
      },
    },
    sources: [rfc(3463, '3.6'), rfc(5321, '4.1.4'), rfc(5321, '4.3.2')],
  },
];
