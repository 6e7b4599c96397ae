import type { EnhancedDetailEntry } from '../types';
import { ianaRegistry, rfc } from '../sources';

/** Subject 1, Addressing Status (RFC 3463 §3.2, RFC 3886, RFC 7505): registry rows X.1.0 to X.1.10. */
export const addressingCodes: readonly EnhancedDetailEntry[] = [
  {
    code: 'X.1.0',
    sampleText: 'Other address status',
    associatedBasicCodes: 'Not given',
    texts: {
      en: {
        title: 'Other address status',
        description:
          'Something about an address (sender or recipient) caused this status, but the server does not say what. 2.1.0 is the usual success reply to MAIL FROM. 4.1.0 is a temporary address problem that may clear on retry; 5.1.0 is a permanent one: the address must be corrected before resending.',
        whenYouSeeIt:
          'Mostly as success: Postfix answers MAIL FROM with "250 2.1.0 Ok", Sendmail with "250 2.1.0 <alice@example.com>... Sender ok", Gmail with "250 2.1.0 OK". As a failure it comes from servers and filters that reject an address without a finer code, for example a sender that fails an address check or a recipient refused by a lookup table. The reply text, not the code, says which address and why.',
        howToFix:
          'For 2.1.0 there is nothing to fix. For 4.1.0 or 5.1.0, see which address is meant: the command it answered tells you (MAIL FROM for the sender, RCPT TO for a recipient). Fix its spelling and domain, and make sure the sender domain resolves in public DNS. If the text is unclear, send the full reply and its time to the receiving site\'s postmaster.',
      },
      ko: {
        title: '기타 주소 상태',
        description:
          '주소(발신자 또는 수신자)의 무언가 때문에 이 상태가 나왔지만, 서버가 무엇인지는 밝히지 않습니다. 2.1.0은 MAIL FROM에 대한 일반적인 성공 응답입니다. 4.1.0은 재시도하면 해결될 수 있는 일시적인 주소 문제이고, 5.1.0은 영구적인 문제이므로 다시 보내기 전에 주소를 고쳐야 합니다.',
        whenYouSeeIt:
          '대부분 성공 응답으로 봅니다: Postfix는 MAIL FROM에 "250 2.1.0 Ok", Sendmail은 "250 2.1.0 <alice@example.com>... Sender ok", Gmail은 "250 2.1.0 OK"로 답합니다. 실패로는 더 세분된 코드 없이 주소를 거부하는 서버와 필터에서 나옵니다. 예를 들어 주소 검사를 통과하지 못한 발신자나, 조회 테이블에서 거부된 수신자입니다. 어느 주소가 왜 문제인지는 코드가 아니라 응답 문구에 있습니다.',
        howToFix:
          '2.1.0이면 고칠 것이 없습니다. 4.1.0이나 5.1.0이면 어느 주소의 문제인지 확인하세요. 어떤 명령에 대한 응답인지 보면 됩니다(MAIL FROM이면 발신자, RCPT TO면 수신자). 철자와 도메인을 고치고, 발신자 도메인이 공개 DNS에서 조회되는지 확인하세요. 문구가 불분명하면 전체 응답과 시각을 수신 측 postmaster에게 보내 문의하세요.',
      },
    },
    sources: [rfc(3463, '3.2'), ianaRegistry],
    confusedWith: ['X.1.1', 'X.1.7'],
  },
  {
    code: 'X.1.1',
    sampleText: 'Bad destination mailbox address',
    associatedBasicCodes: '451, 550',
    texts: {
      en: {
        title: 'Bad destination mailbox address',
        description:
          'The recipient mailbox does not exist: the part left of the "@" is unknown at the destination, while the domain itself is fine. RFC 3463 calls it useful only as a permanent failure, so 5.1.1 (with 550) is the normal form and the sender must not retry. A 4.1.1 means the server could not confirm the user right now, for example because its user directory did not answer, and the message stays queued.',
        whenYouSeeIt:
          'In reply to RCPT TO, or in a bounce when the receiving server accepted first and failed to deliver later. Postfix: "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table" (or "in virtual mailbox table", "in relay recipient table"); Sendmail: "550 5.1.1 <bob@example.com>... User unknown"; Gmail: "550 5.1.1 The email account that you tried to reach does not exist"; Exchange Online: "5.1.1 Bad destination mailbox address" (Exchange Online often reports the same case as 5.1.10 "Recipient not found"). Postfix sends 4.1.1 when soft_bounce = yes or unknown_local_recipient_reject_code = 450.',
        howToFix:
          'As sender: check the address for typos (a swapped letter, an old name, the wrong domain) and, if it is right but gone, remove it from your lists; resending fails the same way. As the receiving admin, if the user should exist: make sure the address is in the table the text names (Postfix local_recipient_maps, virtual_mailbox_maps or relay_recipient_maps), run postmap after editing a hashed map, and check aliases. For 4.1.1, find out why the lookup failed (LDAP or SQL server down) and whether soft_bounce was left on.',
      },
      ko: {
        title: '잘못된 수신 메일함 주소',
        description:
          '수신자 메일함이 존재하지 않습니다: 도메인은 정상이지만 "@" 왼쪽 부분을 수신 측이 모릅니다. RFC 3463은 이 코드가 영구 실패로만 의미가 있다고 하므로, 5.1.1(550과 함께)이 일반적인 형태이며 발신 측은 재시도하면 안 됩니다. 4.1.1은 서버가 지금은 사용자를 확인할 수 없다는 뜻입니다. 예를 들어 사용자 디렉터리가 응답하지 않은 경우이며, 메시지는 큐에 남습니다.',
        whenYouSeeIt:
          'RCPT TO에 대한 응답으로, 또는 수신 서버가 일단 받은 뒤 나중에 배달에 실패했을 때 반송 메일로 봅니다. Postfix: "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table"(또는 "in virtual mailbox table", "in relay recipient table"), Sendmail: "550 5.1.1 <bob@example.com>... User unknown", Gmail: "550 5.1.1 The email account that you tried to reach does not exist", Exchange Online: "5.1.1 Bad destination mailbox address"(Exchange Online은 같은 상황을 5.1.10 "Recipient not found"로 알리는 경우가 많습니다). Postfix는 soft_bounce = yes이거나 unknown_local_recipient_reject_code = 450일 때 4.1.1을 보냅니다.',
        howToFix:
          '발신자라면: 주소의 오타(바뀐 글자, 예전 이름, 잘못된 도메인)를 확인하고, 주소는 맞지만 없어진 것이라면 발송 목록에서 지우세요. 다시 보내도 똑같이 실패합니다. 수신 측 관리자이고 해당 사용자가 있어야 한다면: 문구에 나온 테이블(Postfix local_recipient_maps, virtual_mailbox_maps, relay_recipient_maps)에 주소가 있는지 확인하고, 해시 맵을 수정했다면 postmap을 실행하고, alias도 확인하세요. 4.1.1이라면 조회가 왜 실패했는지(LDAP이나 SQL 서버 중단)와 soft_bounce가 켜진 채로 남아 있는지 확인하세요.',
      },
    },
    sources: [rfc(3463, '3.2'), ianaRegistry],
    confusedWith: ['X.1.10', 'X.1.6', 'X.2.1'],
  },
  {
    code: 'X.1.2',
    sampleText: 'Bad destination system address',
    associatedBasicCodes: 'Not given',
    texts: {
      en: {
        title: 'Bad destination system address',
        description:
          'The recipient domain (the part right of the "@") does not exist or cannot take mail, so no mailbox there can be reached. RFC 3463 calls it useful only as a permanent failure: 5.1.2 means fix the address, do not retry. Servers send 4.1.2 when the domain could not be checked just now, typically because of a temporary DNS failure, and the message is retried.',
        whenYouSeeIt:
          'At RCPT TO on servers that check recipient domains, or in a bounce. Gmail: "553 5.1.2 We weren\'t able to find the recipient domain". Postfix with reject_unknown_recipient_domain: "450 4.1.2 <bob@example.invalid>: Recipient address rejected: Domain not found" (the basic code comes from unknown_address_reject_code). When your own Postfix cannot find the recipient domain while delivering, it bounces with 5.4.4 "Host or domain name not found" instead.',
        howToFix:
          'Check the domain spelling (gmial.com, a missing country suffix) and that it exists: "dig MX example.com" and "dig A example.com". If it is your own domain, make sure its MX records are published and resolve from outside your network. For 4.1.2 the DNS lookup failed for now: check the name servers of the domain (or the resolver of the rejecting server) and let the queue retry.',
      },
      ko: {
        title: '잘못된 수신 시스템 주소',
        description:
          '수신자 도메인("@" 오른쪽 부분)이 존재하지 않거나 메일을 받을 수 없어서, 그 도메인의 어떤 메일함에도 닿을 수 없습니다. RFC 3463은 영구 실패로만 의미가 있다고 하므로, 5.1.2는 주소를 고치라는 뜻이며 재시도하면 안 됩니다. 서버는 도메인을 지금 확인할 수 없을 때 4.1.2를 보내며, 대개 일시적인 DNS 장애 때문이고 메시지는 재시도됩니다.',
        whenYouSeeIt:
          '수신자 도메인을 검사하는 서버에서 RCPT TO에 대한 응답으로, 또는 반송 메일로 봅니다. Gmail: "553 5.1.2 We weren\'t able to find the recipient domain". reject_unknown_recipient_domain을 쓰는 Postfix: "450 4.1.2 <bob@example.invalid>: Recipient address rejected: Domain not found"(기본 코드는 unknown_address_reject_code 값을 따릅니다). 자신의 Postfix가 배달 중에 수신자 도메인을 찾지 못하면 대신 5.4.4 "Host or domain name not found"로 반송합니다.',
        howToFix:
          '도메인 철자(gmial.com, 빠진 국가 도메인 등)와 도메인이 실제로 있는지 확인하세요: "dig MX example.com", "dig A example.com". 자신의 도메인이라면 MX 레코드가 게시되어 있고 외부 네트워크에서도 조회되는지 확인하세요. 4.1.2는 DNS 조회가 일시적으로 실패한 것이므로, 도메인의 네임서버(또는 거부한 서버의 리졸버)를 확인하고 큐가 재시도하도록 두세요.',
      },
    },
    sources: [rfc(3463, '3.2'), ianaRegistry],
    confusedWith: ['X.4.4', 'X.1.10', 'X.1.1'],
  },
  {
    code: 'X.1.3',
    sampleText: 'Bad destination mailbox address syntax',
    associatedBasicCodes: '501',
    texts: {
      en: {
        title: 'Bad destination mailbox address syntax',
        description:
          'The recipient address is malformed: it breaks the address syntax of RFC 5321 §4.1.2 and RFC 5322 §3.4, for example with spaces, two "@" signs, a missing domain or illegal characters. The server did not even look for the mailbox. RFC 3463 calls it useful only as a permanent failure: resending the same string fails again.',
        whenYouSeeIt:
          'In reply to RCPT TO. Postfix: "501 5.1.3 Bad recipient address syntax"; Gmail: "553 5.1.3 ... is not a valid RFC 5321 address". Common causes are addresses pasted from spreadsheets with spaces, quotes or trailing dots, several addresses in one field, and scripts that send RCPT TO without angle brackets to strict servers. A server without SMTPUTF8 may reject a non-ASCII address this way too.',
        howToFix:
          'Look at the exact address in the log: quotes, commas, spaces, a missing or doubled domain. Correct it at the source (contact list, web form, script) and send it as RCPT TO:<user@example.com>. Non-ASCII addresses need SMTPUTF8 support on every hop (RFC 6531).',
      },
      ko: {
        title: '잘못된 수신 메일함 주소 문법',
        description:
          '수신자 주소 형식이 잘못되었습니다: RFC 5321 §4.1.2와 RFC 5322 §3.4의 주소 문법에 어긋납니다. 예를 들어 공백, 두 개의 "@", 빠진 도메인, 허용되지 않는 문자가 있는 경우입니다. 서버는 메일함을 찾아보지도 않았습니다. RFC 3463은 영구 실패로만 의미가 있다고 하므로, 같은 문자열로 다시 보내면 또 실패합니다.',
        whenYouSeeIt:
          'RCPT TO에 대한 응답으로 봅니다. Postfix: "501 5.1.3 Bad recipient address syntax", Gmail: "553 5.1.3 ... is not a valid RFC 5321 address". 흔한 원인은 스프레드시트에서 공백, 따옴표, 끝의 마침표까지 함께 붙여 넣은 주소, 한 필드에 여러 주소를 넣은 경우, 엄격한 서버에 꺾쇠괄호 없이 RCPT TO를 보내는 스크립트입니다. SMTPUTF8을 지원하지 않는 서버는 비ASCII 주소도 이렇게 거부할 수 있습니다.',
        howToFix:
          '로그에서 정확한 주소를 확인하세요: 따옴표, 쉼표, 공백, 빠지거나 중복된 도메인이 있는지 봅니다. 원본(연락처 목록, 웹 양식, 스크립트)에서 고치고 RCPT TO:<user@example.com> 형식으로 보내세요. 비ASCII 주소는 모든 구간이 SMTPUTF8을 지원해야 합니다(RFC 6531).',
      },
    },
    sources: [rfc(3463, '3.2'), ianaRegistry],
    confusedWith: ['X.1.7', 'X.5.4'],
  },
  {
    code: 'X.1.4',
    sampleText: 'Destination mailbox address ambiguous',
    associatedBasicCodes: 'Not given',
    texts: {
      en: {
        title: 'Destination mailbox address ambiguous',
        description:
          'The recipient address matches more than one mailbox at the destination, so the server cannot tell who should get the message. RFC 3463 links this to heuristic address mapping, such as matching a person\'s name instead of an exact mailbox name. It is normally permanent (5.1.4): the sender has to use an exact address.',
        whenYouSeeIt:
          'Rarely in today\'s Internet mail. It can come from systems that accept partial or full-name addresses (for example "john.smith@" when two John Smiths exist) and from gateways to older directory-based mail systems. The text may list or hint at the candidates.',
        howToFix:
          'Ask the recipient for their exact address and use it. If you run the server, turn off fuzzy or name-based matching, or give the ambiguous name an explicit alias that points to one mailbox or to a list.',
      },
      ko: {
        title: '모호한 수신 메일함 주소',
        description:
          '수신자 주소가 수신 측에서 둘 이상의 메일함과 일치해서, 서버가 누구에게 전달해야 할지 정할 수 없습니다. RFC 3463은 정확한 메일함 이름 대신 사람 이름으로 맞추는 것처럼 추정(heuristic) 방식의 주소 매핑과 관련짓습니다. 보통 영구 실패(5.1.4)이므로 발신자는 정확한 주소를 써야 합니다.',
        whenYouSeeIt:
          '오늘날의 인터넷 메일에서는 드뭅니다. 부분 주소나 실명 주소를 받아 주는 시스템(예: John Smith가 두 명 있는데 "john.smith@"로 보낸 경우)이나, 디렉터리 기반의 오래된 메일 시스템과 연결된 게이트웨이에서 나올 수 있습니다. 문구에 후보 목록이나 힌트가 있을 수 있습니다.',
        howToFix:
          '수신자에게 정확한 주소를 물어 그 주소를 쓰세요. 서버를 운영한다면 유사 일치나 이름 기반 매칭을 끄거나, 모호한 이름에 메일함 하나 또는 목록 하나를 가리키는 명시적인 alias를 만드세요.',
      },
    },
    sources: [rfc(3463, '3.2'), ianaRegistry],
    confusedWith: ['X.1.1', 'X.1.0'],
  },
  {
    code: 'X.1.5',
    sampleText: 'Destination address valid',
    associatedBasicCodes: '250',
    texts: {
      en: {
        title: 'Destination address valid',
        description:
          'A success code for a recipient: the server checked the address and accepts it. 2.1.5 is the only form in normal use. It says nothing about final delivery yet; that verdict comes after the message data.',
        whenYouSeeIt:
          'In the 250 reply to each accepted RCPT TO: Postfix "250 2.1.5 Ok", Sendmail "250 2.1.5 <bob@example.com>... Recipient ok", Gmail "250 2.1.5 OK". RFC 3463 also names it for positive delivery reports, so it can appear as the Status of a delivery status notification (RFC 3464).',
        howToFix:
          'Nothing to fix. If the mail still did not arrive, follow the rest of the session: the reply to the final "." of DATA is the real verdict. A server that accepts every RCPT may still bounce the message later or file it as spam, so check the recipient side\'s logs or spam folder next.',
      },
      ko: {
        title: '유효한 수신 주소',
        description:
          '수신자에 대한 성공 코드입니다: 서버가 주소를 확인했고 받아들입니다. 실제로는 2.1.5 형태만 쓰입니다. 최종 배달 여부는 아직 알려 주지 않으며, 그 결과는 메시지 데이터를 보낸 뒤에 나옵니다.',
        whenYouSeeIt:
          '수락된 각 RCPT TO에 대한 250 응답에서 봅니다: Postfix "250 2.1.5 Ok", Sendmail "250 2.1.5 <bob@example.com>... Recipient ok", Gmail "250 2.1.5 OK". RFC 3463은 배달 성공 보고에도 이 코드를 쓰도록 하므로, 배달 상태 알림(RFC 3464)의 Status 값으로도 나올 수 있습니다.',
        howToFix:
          '고칠 것은 없습니다. 그래도 메일이 도착하지 않았다면 세션의 나머지를 따라가 보세요: DATA의 마지막 "."에 대한 응답이 실제 결과입니다. 모든 RCPT를 받아 주는 서버도 나중에 메시지를 반송하거나 스팸으로 분류할 수 있으므로, 다음으로 수신 측 로그나 스팸함을 확인하세요.',
      },
    },
    sources: [rfc(3463, '3.2'), ianaRegistry],
    confusedWith: ['X.1.0', 'X.0.0'],
  },
  {
    code: 'X.1.6',
    sampleText: 'Destination mailbox has moved, No forwarding address',
    associatedBasicCodes: 'Not given',
    texts: {
      en: {
        title: 'Destination mailbox has moved, no forwarding address',
        description:
          'The address used to be valid, but the mailbox has been closed or moved and mail is no longer accepted for it. RFC 3463 calls it useful only as a permanent failure: 5.1.6 means stop sending there. Unlike 5.1.1, the server knows the address once existed.',
        whenYouSeeIt:
          'In reply to RCPT TO or in a bounce, after someone left an organisation or changed providers. iCloud: "550 5.1.6 recipient no longer on server". Postfix uses 5.1.6 for addresses listed in relocated_maps, with a text such as "User has moved to bob@new.example" when the table names a new address (compare the 551 reply of RFC 5321 §3.4).',
        howToFix:
          'Remove the address from your lists; resending will not work. If the text names a new address, update the contact. If you run the server and want senders to learn the new address, list it in relocated_maps (Postfix), or keep a forward for a while instead of closing the mailbox outright.',
      },
      ko: {
        title: '수신 메일함 이전됨, 전달 주소 없음',
        description:
          '예전에는 유효했던 주소지만, 메일함이 폐쇄되었거나 옮겨져서 더 이상 메일을 받지 않습니다. RFC 3463은 영구 실패로만 의미가 있다고 하므로, 5.1.6은 그 주소로 보내는 것을 멈추라는 뜻입니다. 5.1.1과 달리 서버는 이 주소가 한때 존재했다는 것을 알고 있습니다.',
        whenYouSeeIt:
          '퇴사하거나 메일 서비스를 옮긴 사람에게 보낼 때, RCPT TO에 대한 응답이나 반송 메일로 봅니다. iCloud: "550 5.1.6 recipient no longer on server". Postfix는 relocated_maps에 등록된 주소에 5.1.6을 쓰며, 테이블에 새 주소가 있으면 "User has moved to bob@new.example" 같은 문구를 붙입니다(RFC 5321 §3.4의 551 응답과 비교해 보세요).',
        howToFix:
          '발송 목록에서 주소를 지우세요. 다시 보내도 성공하지 않습니다. 문구에 새 주소가 있으면 연락처를 갱신하세요. 서버를 운영하면서 발신자에게 새 주소를 알리고 싶다면 relocated_maps(Postfix)에 등록하거나, 메일함을 바로 닫지 말고 한동안 전달(forward)을 유지하세요.',
      },
    },
    sources: [rfc(3463, '3.2'), ianaRegistry],
    confusedWith: ['X.1.1', 'X.2.1'],
  },
  {
    code: 'X.1.7',
    sampleText: 'Bad sender\'s mailbox address syntax',
    associatedBasicCodes: 'Not given',
    texts: {
      en: {
        title: 'Bad sender\'s mailbox address syntax',
        description:
          'The sender address (MAIL FROM, or a sender field the server checks) is malformed. The server refuses before it looks at any recipient. It is normally permanent (5.1.7): the same envelope fails again until the sender address is fixed.',
        whenYouSeeIt:
          'In reply to MAIL FROM. Postfix: "501 5.1.7 Bad sender address syntax"; Gmail: "553 5.1.7 ... is not a valid RFC 5321 address". Typical causes are applications, printers and scripts that put a display name into the envelope sender ("John <john@example.com>" inside the brackets), addresses with spaces or two "@" signs, and broken address rewriting.',
        howToFix:
          'Fix the envelope sender in the sending application: it must be a plain address in angle brackets, such as MAIL FROM:<alerts@example.com>; the empty sender MAIL FROM:<> is meant for bounces. Check the "from" or "sender" setting of the app, device or script, and any rewriting on your own server (Postfix sender_canonical_maps, masquerade_domains) that could produce a broken address.',
      },
      ko: {
        title: '잘못된 발신자 메일함 주소 문법',
        description:
          '발신자 주소(MAIL FROM, 또는 서버가 검사하는 발신자 필드)의 형식이 잘못되었습니다. 서버는 수신자를 보기도 전에 거부합니다. 보통 영구 실패(5.1.7)이므로, 발신자 주소를 고치기 전에는 같은 봉투(envelope)로 보내도 계속 실패합니다.',
        whenYouSeeIt:
          'MAIL FROM에 대한 응답으로 봅니다. Postfix: "501 5.1.7 Bad sender address syntax", Gmail: "553 5.1.7 ... is not a valid RFC 5321 address". 흔한 원인은 봉투 발신자에 표시 이름까지 넣는 애플리케이션, 프린터, 스크립트(꺾쇠괄호 안에 "John <john@example.com>"), 공백이나 두 개의 "@"가 들어간 주소, 잘못된 주소 재작성(rewriting)입니다.',
        howToFix:
          '보내는 애플리케이션에서 봉투 발신자를 고치세요: MAIL FROM:<alerts@example.com>처럼 꺾쇠괄호 안에 주소만 있어야 하며, 빈 발신자 MAIL FROM:<>는 반송 메일용입니다. 앱, 장비, 스크립트의 "from" 또는 "sender" 설정과, 주소를 망가뜨릴 수 있는 자기 서버의 재작성 설정(Postfix sender_canonical_maps, masquerade_domains)을 확인하세요.',
      },
    },
    sources: [rfc(3463, '3.2'), ianaRegistry],
    confusedWith: ['X.1.3', 'X.1.8'],
  },
  {
    code: 'X.1.8',
    sampleText: 'Bad sender\'s system address',
    associatedBasicCodes: '451, 501',
    texts: {
      en: {
        title: 'Bad sender\'s system address',
        description:
          'The domain of the sender address does not exist or cannot receive mail, so bounces could never be returned. 5.1.8 is permanent: fix the sender domain before resending. 4.1.8 means the domain could not be checked just now (usually a DNS timeout or SERVFAIL), and the message is retried.',
        whenYouSeeIt:
          'In reply to MAIL FROM, or at RCPT TO on servers that delay their checks (Postfix does by default, smtpd_delay_reject = yes). Postfix with reject_unknown_sender_domain: "450 4.1.8 <alice@example.invalid>: Sender address rejected: Domain not found" (the basic code follows unknown_address_reject_code); Sendmail: "553 5.1.8 <alice@example.invalid>... Domain of sender address alice@example.invalid does not exist". Exchange Online uses 5.1.8 differently: "Access denied, bad outbound sender" means the sending Microsoft 365 account was blocked for spam, usually after a compromise.',
        howToFix:
          'Check that the sender domain resolves in public DNS, with an MX or an A/AAAA record ("dig MX example.com"). Internal names such as host.local or server.lan used as sender domains are the usual culprits: rewrite them to a real domain (Postfix myorigin, masquerade_domains, sender_canonical_maps). For 4.1.8, check the domain\'s name servers for timeouts. For the Microsoft 5.1.8, secure the account (reset the password, check forwarding rules) and have a Microsoft 365 admin release it.',
      },
      ko: {
        title: '잘못된 발신자 시스템 주소',
        description:
          '발신자 주소의 도메인이 존재하지 않거나 메일을 받을 수 없어서, 반송 메일을 돌려보낼 곳이 없습니다. 5.1.8은 영구 실패이므로 다시 보내기 전에 발신자 도메인을 고쳐야 합니다. 4.1.8은 지금은 도메인을 확인할 수 없다는 뜻이며(대개 DNS 시간 초과나 SERVFAIL), 메시지는 재시도됩니다.',
        whenYouSeeIt:
          'MAIL FROM에 대한 응답으로, 또는 검사를 뒤로 미루는 서버에서는 RCPT TO에서 봅니다(Postfix는 기본값 smtpd_delay_reject = yes로 그렇게 합니다). reject_unknown_sender_domain을 쓰는 Postfix: "450 4.1.8 <alice@example.invalid>: Sender address rejected: Domain not found"(기본 코드는 unknown_address_reject_code를 따릅니다), Sendmail: "553 5.1.8 <alice@example.invalid>... Domain of sender address alice@example.invalid does not exist". Exchange Online은 5.1.8을 다른 뜻으로 씁니다: "Access denied, bad outbound sender"는 보내는 Microsoft 365 계정이 스팸 발송으로 차단되었다는 뜻이며, 대개 계정이 탈취된 뒤입니다.',
        howToFix:
          '발신자 도메인이 공개 DNS에서 MX나 A/AAAA 레코드로 조회되는지 확인하세요("dig MX example.com"). host.local, server.lan 같은 내부 이름을 발신자 도메인으로 쓰는 것이 흔한 원인이므로 실제 도메인으로 재작성하세요(Postfix myorigin, masquerade_domains, sender_canonical_maps). 4.1.8이면 도메인 네임서버의 시간 초과를 확인하세요. Microsoft의 5.1.8이면 계정을 보호하고(비밀번호 재설정, 전달 규칙 점검) Microsoft 365 관리자에게 차단 해제를 요청하세요.',
      },
    },
    sources: [rfc(3463, '3.2'), ianaRegistry],
    confusedWith: ['X.1.7', 'X.1.2', 'X.7.27'],
  },
  {
    code: 'X.1.9',
    sampleText: 'Message relayed to non-compliant mailer',
    associatedBasicCodes: 'Not given',
    texts: {
      en: {
        title: 'Message relayed to non-compliant mailer',
        description:
          'A message tracking status: the recipient address was valid, but the message was handed on to a system that does not support the tracking protocol, so no further information can be given. It reports where the trail ends, not a failure of delivery.',
        whenYouSeeIt:
          'Almost never in everyday SMTP replies or bounces. It belongs to message tracking (the MTRK extension of RFC 3885 and the tracking report format of RFC 3886): a tracking query returns it once the message has left for a server that cannot answer tracking requests. The "relayed" action in delivery status notifications (RFC 3464 §2.3.3) expresses the same idea for DSNs.',
        howToFix:
          'Nothing to fix on the SMTP side: the message was passed on. To learn what happened after that hop, ask the administrators of the next system, or use delivery status notifications (RFC 3461) where the path supports them.',
      },
      ko: {
        title: '호환되지 않는 메일러로 중계됨',
        description:
          '메시지 추적(message tracking) 상태입니다: 수신자 주소는 유효했지만 메시지가 추적 프로토콜을 지원하지 않는 시스템으로 넘어가서, 더 이상의 정보를 줄 수 없습니다. 배달 실패가 아니라 추적이 어디서 끊기는지를 알려 줍니다.',
        whenYouSeeIt:
          '일상적인 SMTP 응답이나 반송 메일에서는 거의 볼 수 없습니다. 메시지 추적(RFC 3885의 MTRK 확장과 RFC 3886의 추적 보고 형식)에 속하는 코드로, 메시지가 추적 요청에 답할 수 없는 서버로 넘어간 뒤 추적 조회를 하면 돌아옵니다. 배달 상태 알림(DSN)에서는 "relayed" 동작(RFC 3464 §2.3.3)이 같은 개념을 나타냅니다.',
        howToFix:
          'SMTP 쪽에서 고칠 것은 없습니다: 메시지는 다음으로 전달되었습니다. 그 다음 구간에서 무슨 일이 있었는지 알려면 다음 시스템의 관리자에게 문의하거나, 경로가 지원한다면 배달 상태 알림(RFC 3461)을 이용하세요.',
      },
    },
    sources: [rfc(3886, '3.3.4'), ianaRegistry],
    confusedWith: ['X.1.5'],
  },
  {
    code: 'X.1.10',
    sampleText: 'Recipient address has null MX',
    associatedBasicCodes: '556',
    texts: {
      en: {
        title: 'Recipient address has null MX',
        description:
          'The recipient domain publishes a null MX (a single "MX 0 ." record, RFC 7505), which declares that it accepts no mail at all. This is a permanent failure: the sending server should fail at once with 556 and 5.1.10 (RFC 7504 defines 556) instead of queuing and retrying. There is no meaningful temporary form.',
        whenYouSeeIt:
          'Usually generated by your own outbound server when the recipient domain has "MX 0 .", as parked domains and web-only domains often do; a relay or receiving server may also return it at RCPT TO. Postfix rejects such recipients with "556 5.1.10 ... Domain example.com does not accept mail (nullMX)". Careful: Exchange Online uses 5.1.10 with another meaning, "550 5.1.10 ... Recipient not found" from its address lookup, which is an unknown recipient like 5.1.1 and has nothing to do with null MX.',
        howToFix:
          'Check the recipient domain: "dig MX example.com" showing "0 ." confirms it takes no mail, so the address is wrong or the owner has switched mail off; correct or remove it. For the Exchange Online "Recipient not found" form, treat it like 5.1.1 and check the address. If it is your domain and you do want mail, replace the null MX with MX records for your real mail servers.',
      },
      ko: {
        title: '수신자 주소에 null MX가 있음',
        description:
          '수신자 도메인이 null MX("MX 0 ." 레코드 하나, RFC 7505)를 게시해서 메일을 전혀 받지 않는다고 선언했습니다. 영구 실패이므로, 발신 서버는 큐에 넣고 재시도하는 대신 즉시 556과 5.1.10으로 실패 처리해야 합니다(556은 RFC 7504가 정의합니다). 의미 있는 일시 실패 형태는 없습니다.',
        whenYouSeeIt:
          '대개 수신자 도메인에 "MX 0 ."이 있을 때 자신의 발신 서버가 만들어 냅니다. 주차(parked) 도메인이나 웹 전용 도메인에서 흔합니다. 중계 서버나 수신 서버가 RCPT TO에 대한 응답으로 돌려줄 수도 있습니다. Postfix는 이런 수신자를 "556 5.1.10 ... Domain example.com does not accept mail (nullMX)"로 거부합니다. 주의: Exchange Online은 5.1.10을 다른 뜻으로 씁니다. "550 5.1.10 ... Recipient not found"는 주소 조회에서 수신자를 찾지 못했다는 뜻으로, 5.1.1과 같은 없는 수신자이며 null MX와는 관계가 없습니다.',
        howToFix:
          '수신자 도메인을 확인하세요: "dig MX example.com" 결과가 "0 ."이면 메일을 받지 않는 도메인이므로, 주소가 틀렸거나 소유자가 메일을 꺼 둔 것입니다. 주소를 고치거나 지우세요. Exchange Online의 "Recipient not found" 형태라면 5.1.1처럼 다루고 주소를 확인하세요. 자신의 도메인인데 메일을 받아야 한다면 null MX를 실제 메일 서버를 가리키는 MX 레코드로 바꾸세요.',
      },
    },
    sources: [rfc(7505), rfc(7504), ianaRegistry],
    confusedWith: ['X.1.1', 'X.1.2', 'X.7.27'],
  },
];
