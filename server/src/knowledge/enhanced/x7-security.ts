import type { EnhancedDetailEntry } from '../types';
import { ianaRegistry, rfc } from '../sources';

/** Subject 7, Security or Policy Status (RFC 3463 §3.8, RFC 4954 §6, RFC 5248 §2.4, RFC 6710, RFC 7293, RFC 7372, RFC 7505, RFC 8617, RFC 8689): registry rows X.7.0 to X.7.30. */
export const securityCodes: readonly EnhancedDetailEntry[] = [
  {
    code: 'X.7.0',
    sampleText: 'Other or undefined security status',
    associatedBasicCodes: '220, 235, 450, 454, 500, 501, 503, 504, 530, 535, 550',
    texts: {
      en: {
        title: 'Other or undefined security or policy status',
        description:
          'A catch-all for security and policy problems that no more specific X.7 code describes, or that the server prefers not to explain. As 5.7.0 it is permanent: do not retry unchanged. As 4.7.0 it is transient: the server wants you back later, and a normal retry may succeed. The text after the code is the real clue.',
        whenYouSeeIt:
          'Standard uses: "530 5.7.0 Must issue a STARTTLS command first" when a server requires TLS before MAIL (RFC 3207; Postfix with smtpd_tls_security_level = encrypt, Gmail submission), and "530 5.7.0 Authentication required" or "454 4.7.0 Temporary authentication failure" around AUTH (RFC 4954). Postfix answers a STARTTLS it cannot set up with "454 4.7.0 TLS not available due to local problem". Gmail defers with 421 4.7.0 for many reasons ("TLS required for RCPT domain", "IP not in whitelist for RCPT domain", "Try again later, closing connection", low IP or domain reputation, missing PTR) and answers repeated logins with "454 4.7.0 Too many login attempts". Yahoo defers with "421 4.7.0 [TSS04] ... temporarily deferred due to unexpected volume or user complaints". Proofpoint, also in front of iCloud, blocks IPs with "550 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=...".',
        howToFix:
          'Read the text: it names the real reason. "Must issue a STARTTLS command first": turn on STARTTLS in the client and send EHLO again after the handshake. "Authentication required": configure SMTP AUTH with a valid account (Microsoft 365 reports the same case on smtp.office365.com with its own 5.7.57). "Too many login attempts" or 454 4.7.0 at AUTH: wait, and look for a client retrying a wrong password. For other 4.7.0 deferrals let your MTA retry with its normal backoff; if they last for hours, check IP reputation, PTR and SPF/DKIM. For a Proofpoint block, look up the IP at ipcheck.proofpoint.com and request removal.',
      },
      ko: {
        title: '기타 또는 정의되지 않은 보안·정책 상태',
        description:
          '더 구체적인 X.7 코드로 표현할 수 없거나 서버가 이유를 밝히고 싶지 않은 보안·정책 문제에 쓰는 포괄 코드입니다. 5.7.0이면 영구 오류이므로 그대로 재시도하지 마세요. 4.7.0이면 일시 오류로, 서버가 나중에 다시 오라는 뜻이며 일반 재시도로 성공할 수 있습니다. 실제 단서는 코드 뒤의 텍스트입니다.',
        whenYouSeeIt:
          '표준 용도: MAIL 전에 TLS를 요구하는 서버의 "530 5.7.0 Must issue a STARTTLS command first"(RFC 3207; smtpd_tls_security_level = encrypt로 설정한 Postfix, Gmail 제출 서버), 그리고 AUTH 관련 "530 5.7.0 Authentication required" 또는 "454 4.7.0 Temporary authentication failure"(RFC 4954)입니다. Postfix는 STARTTLS를 준비하지 못하면 "454 4.7.0 TLS not available due to local problem"으로 답합니다. Gmail은 여러 이유로 421 4.7.0 지연을 보냅니다("TLS required for RCPT domain", "IP not in whitelist for RCPT domain", "Try again later, closing connection", 낮은 IP·도메인 평판, PTR 누락). 로그인이 반복되면 "454 4.7.0 Too many login attempts"로 답합니다. Yahoo는 "421 4.7.0 [TSS04] ... temporarily deferred due to unexpected volume or user complaints"로 지연시킵니다. iCloud 앞단에도 있는 Proofpoint는 IP를 "550 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=..."로 차단합니다.',
        howToFix:
          '텍스트를 읽으세요. 진짜 이유가 거기 있습니다. "Must issue a STARTTLS command first"라면 클라이언트에서 STARTTLS를 켜고, 핸드셰이크 뒤에 EHLO를 다시 보내세요. "Authentication required"라면 유효한 계정으로 SMTP AUTH를 설정하세요(Microsoft 365는 smtp.office365.com에서 같은 경우를 자체 코드 5.7.57로 알립니다). "Too many login attempts"나 AUTH에 대한 454 4.7.0이라면 잠시 기다리고, 틀린 비밀번호로 계속 재시도하는 클라이언트가 없는지 찾아보세요. 그 밖의 4.7.0 지연은 MTA가 평소 백오프대로 재시도하게 두세요. 몇 시간씩 이어지면 IP 평판, PTR, SPF/DKIM을 점검하세요. Proofpoint 차단이라면 ipcheck.proofpoint.com에서 IP를 조회하고 해제를 요청하세요.',
      },
    },
    sources: [rfc(3463, '3.8'), rfc(4954, '6'), rfc(3207, '4'), ianaRegistry],
    confusedWith: ['X.7.1', 'X.7.8'],
  },
  {
    code: 'X.7.1',
    sampleText: 'Delivery not authorized, message refused',
    associatedBasicCodes: '451, 454, 502, 503, 533, 550, 551',
    texts: {
      en: {
        title: 'Delivery not authorized, message refused',
        description:
          'The receiving side refuses this sender, client or message on policy grounds: the server does not relay for you, a block list or reputation check hit, or a rule at the recipient forbids the message. RFC 3463 meant it as a permanent error (5.7.1: do not retry unchanged), but servers also send 4.7.1 for temporary policy refusals such as greylisting, where a later retry is expected to work. It is the most common policy rejection in mail logs, so the text after the code matters more than the code.',
        whenYouSeeIt:
          'Mostly at RCPT TO, sometimes at MAIL FROM or after DATA. Postfix refuses to relay with "554 5.7.1 <bob@example.net>: Relay access denied" and applies access maps with "Recipient address rejected: Access denied". Microsoft 365 says "Delivery not authorized", "Unable to relay" or "Client was not authenticated"; Outlook.com blocks IPs with "550 5.7.1 ... part of their network is on our block list (S3140)" or "(S3150)". Gmail uses 550 5.7.1 for "This message is likely unsolicited email", header errors ("not RFC 5322 compliant", "missing a valid Message-ID"), a Workspace admin rule ("has a policy that prohibits the email", often with gcdp) and "The IP you\'re using to send email is not authorized to send email directly to our servers". Zoho, Mail.ru and iCloud reject DMARC failures under 5.7.1; Yahoo rejects Spamhaus-listed IPs with "553 5.7.1 [BL21]". A temporary form: Zoho "451 4.7.1 Greylisted, try again after some time".',
        howToFix:
          '"Relay access denied" from your own server: the client did not authenticate. Send through port 587 with SMTP AUTH, or add the client\'s network to Postfix mynetworks. If you are the receiver and see it for your own domain, the domain is missing from mydestination, relay_domains or virtual_mailbox_domains. Block list or reputation: look up the sending IP (Spamhaus, Barracuda, Proofpoint; for Outlook.com S3140/S3150, SNDS and Outlook.com sender support), fix the cause (compromised account, open relay, bad list) and request delisting. DMARC or header rejections: align SPF/DKIM with the From domain or fix the header named in the text. Rules at the recipient (Workspace policies, Exchange transport rules, restricted groups): only the recipient\'s admin can change them. A 4.7.1 greylisting reply needs nothing: your MTA will retry.',
      },
      ko: {
        title: '전달 권한 없음, 메시지 거부',
        description:
          '수신 측이 정책상의 이유로 이 발신자, 클라이언트 또는 메시지를 거부합니다. 서버가 당신을 위해 릴레이하지 않거나, 블록리스트·평판 검사에 걸렸거나, 수신 측 규칙이 메시지를 금지한 경우입니다. RFC 3463은 영구 오류로 정의했지만(5.7.1: 그대로 재시도하지 마세요), 서버는 그레이리스팅처럼 나중에 재시도하면 통과하는 일시적 정책 거부에도 4.7.1을 씁니다. 메일 로그에서 가장 흔한 정책 거부 코드이므로 코드보다 뒤에 붙은 텍스트가 더 중요합니다.',
        whenYouSeeIt:
          '주로 RCPT TO에서, 때로는 MAIL FROM이나 DATA 뒤에 나옵니다. Postfix는 릴레이를 거부할 때 "554 5.7.1 <bob@example.net>: Relay access denied", access 맵에 걸리면 "Recipient address rejected: Access denied"라고 답합니다. Microsoft 365는 "Delivery not authorized", "Unable to relay", "Client was not authenticated"라고 하며, Outlook.com은 IP를 "550 5.7.1 ... part of their network is on our block list (S3140)" 또는 "(S3150)"으로 차단합니다. Gmail은 "This message is likely unsolicited email", 헤더 오류("not RFC 5322 compliant", "missing a valid Message-ID"), Workspace 관리자 규칙("has a policy that prohibits the email", 흔히 gcdp와 함께), "The IP you\'re using to send email is not authorized to send email directly to our servers"에 550 5.7.1을 씁니다. Zoho, Mail.ru, iCloud는 DMARC 실패를 5.7.1로 거부하고, Yahoo는 Spamhaus에 등재된 IP를 "553 5.7.1 [BL21]"로 거부합니다. 일시적인 예: Zoho의 "451 4.7.1 Greylisted, try again after some time".',
        howToFix:
          '자기 서버의 "Relay access denied"는 클라이언트가 인증하지 않았다는 뜻입니다. 587번 포트에서 SMTP AUTH로 보내거나, 클라이언트 네트워크를 Postfix mynetworks에 추가하세요. 수신 측인데 자기 도메인에 대해 이 응답이 나온다면 그 도메인이 mydestination, relay_domains, virtual_mailbox_domains 중 어디에도 없는 것입니다. 블록리스트·평판 문제라면 발신 IP를 조회하고(Spamhaus, Barracuda, Proofpoint; Outlook.com의 S3140/S3150은 SNDS와 Outlook.com 발신자 지원), 원인(탈취된 계정, 오픈 릴레이, 불량 수신자 목록)을 고친 뒤 해제를 요청하세요. DMARC·헤더 거부라면 SPF/DKIM을 From 도메인과 정렬하거나 텍스트에 나온 헤더를 고치세요. 수신 측 규칙(Workspace 정책, Exchange 전송 규칙, 제한된 그룹)은 수신 측 관리자만 바꿀 수 있습니다. 4.7.1 그레이리스팅은 할 일이 없습니다. MTA가 알아서 재시도합니다.',
      },
    },
    sources: [rfc(3463, '3.8'), rfc(5321, '3.6.2'), rfc(5321, '7.9'), ianaRegistry],
    confusedWith: ['X.7.26', 'X.7.0', 'X.1.1'],
  },
  {
    code: 'X.7.2',
    sampleText: 'Mailing list expansion prohibited',
    associatedBasicCodes: '550',
    texts: {
      en: {
        title: 'Mailing list expansion prohibited',
        description:
          'The sender is not allowed to send to the mailing list or group given as recipient. The list exists; it just does not accept mail from you. RFC 3463 defines it as a permanent error only: do not retry unchanged.',
        whenYouSeeIt:
          'From list managers and group addresses that accept posts only from members or approved senders, at RCPT TO or when the list is expanded. Many systems report the same case as 5.7.1 instead; Microsoft 365, for example, says "Sender not in allowed-senders list" (5.7.124) for restricted groups. Yahoo uses the number for something unrelated: "553 5.7.2 [TSS09]" or "[TSS11]" ... "will be permanently deferred; Retrying will NOT succeed" is a permanent block of the sending IP.',
        howToFix:
          'Send from the address that is subscribed (check which From and envelope sender your client really uses), subscribe first, or ask the list or group owner to allow you or approve the post. For Yahoo TSS09/TSS11, treat it as an IP block: stop retrying, fix complaints, volume and authentication, then contact Yahoo sender support.',
      },
      ko: {
        title: '메일링 리스트 확장 금지',
        description:
          '발신자가 수신자로 지정된 메일링 리스트나 그룹에 보낼 권한이 없습니다. 리스트는 존재하지만 당신의 메일을 받지 않습니다. RFC 3463은 영구 오류로만 정의하므로 그대로 재시도하지 마세요.',
        whenYouSeeIt:
          '회원이나 승인된 발신자의 글만 받는 리스트 관리 프로그램과 그룹 주소에서, RCPT TO 단계나 리스트를 확장할 때 나옵니다. 많은 시스템은 같은 상황을 5.7.1로 알립니다. 예를 들어 Microsoft 365는 제한된 그룹에 대해 "Sender not in allowed-senders list"(5.7.124)라고 합니다. Yahoo는 이 번호를 전혀 다른 뜻으로 씁니다. "553 5.7.2 [TSS09]" 또는 "[TSS11]" ... "will be permanently deferred; Retrying will NOT succeed"는 발신 IP의 영구 차단입니다.',
        howToFix:
          '구독한 주소로 보내거나(클라이언트가 실제로 쓰는 From과 봉투 발신자를 확인하세요), 먼저 구독하거나, 리스트·그룹 소유자에게 허용이나 게시 승인을 요청하세요. Yahoo TSS09/TSS11은 IP 차단으로 다루세요. 재시도를 멈추고 불만 신고, 발송량, 인증 문제를 고친 뒤 Yahoo 발신자 지원에 문의하세요.',
      },
    },
    sources: [rfc(3463, '3.8'), ianaRegistry],
    confusedWith: ['X.2.4', 'X.7.1'],
  },
  {
    code: 'X.7.3',
    sampleText: 'Security conversion required but not possible',
    associatedBasicCodes: 'Not given',
    texts: {
      en: {
        title: 'Security conversion required but not possible',
        description:
          'Delivery needed the message converted from one secure messaging protocol to another, the kind of change a gateway between two secure mail systems makes, and that conversion was not possible. RFC 3463 defines it as permanent only: the same message fails the same way again. The registry gives no usual basic reply code.',
        whenYouSeeIt:
          'Rarely in everyday Internet mail. If you meet it, it most likely comes from a gateway at the edge of a secure messaging system, in a reply after DATA or in a bounce (Status: 5.7.3), when your message\'s protection cannot be translated into the form used on the other side.',
        howToFix:
          'Send the message in a form the destination accepts: ask the recipient\'s admin which secure format their side requires, or send it without the protection the gateway cannot convert if policy allows. If the gateway is yours, check its conversion settings, certificates and keys.',
      },
      ko: {
        title: '보안 변환이 필요하지만 불가능',
        description:
          '전달하려면 메시지를 한 보안 메시징 프로토콜에서 다른 프로토콜로 변환해야 했지만(두 보안 메일 시스템 사이의 게이트웨이가 하는 종류의 변환) 변환할 수 없었습니다. RFC 3463은 영구 오류로만 정의하므로 같은 메시지는 다시 보내도 같은 이유로 실패합니다. 레지스트리에 일반적으로 짝지어지는 기본 응답 코드는 없습니다.',
        whenYouSeeIt:
          '일반 인터넷 메일에서는 드뭅니다. 만난다면 대개 보안 메시징 시스템의 경계에 있는 게이트웨이가, 메시지의 보호 형식을 반대편 형식으로 옮길 수 없을 때 DATA 뒤의 응답이나 반송 메일(Status: 5.7.3)로 보낸 것입니다.',
        howToFix:
          '목적지가 받아들이는 형식으로 보내세요. 수신 측 관리자에게 어떤 보안 형식이 필요한지 묻거나, 정책이 허용한다면 게이트웨이가 변환하지 못하는 보호를 빼고 보내세요. 게이트웨이가 당신 것이라면 변환 설정, 인증서, 키를 점검하세요.',
      },
    },
    sources: [rfc(3463, '3.8'), ianaRegistry],
    confusedWith: ['X.7.4', 'X.6.3'],
  },
  {
    code: 'X.7.4',
    sampleText: 'Security features not supported',
    associatedBasicCodes: '504',
    texts: {
      en: {
        title: 'Security features not supported',
        description:
          'The message or session asked for a security feature, such as a form of secure authentication, that the delivery protocol or the receiving system cannot support. RFC 3463 defines it as permanent; the registry pairs it with 504 (parameter not implemented). Trying again the same way fails again.',
        whenYouSeeIt:
          'Mostly in answer to AUTH with a mechanism the server does not offer: Microsoft Exchange replies "504 5.7.4 Unrecognized authentication type" when a client asks for an authentication method the connector does not provide. RFC 4954 itself suggests 504 with 5.5.4 for an unsupported AUTH mechanism, so other servers use that pair instead.',
        howToFix:
          'Use a mechanism listed on the AUTH line of the server\'s EHLO reply; that line may appear only after STARTTLS, so turn on TLS in the client first. On Exchange or Microsoft 365, check that SMTP AUTH is enabled for the connector or mailbox, or move the client to a method the server supports, such as OAuth.',
      },
      ko: {
        title: '보안 기능 미지원',
        description:
          '메시지나 세션이 보안 인증 방식 같은 보안 기능을 요구했지만 전달 프로토콜이나 수신 시스템이 지원하지 못합니다. RFC 3463은 영구 오류로 정의하고, 레지스트리는 504(매개변수 미구현)와 짝짓습니다. 같은 방식으로 다시 시도하면 또 실패합니다.',
        whenYouSeeIt:
          '주로 서버가 제공하지 않는 방식으로 AUTH를 시도했을 때의 응답입니다. Microsoft Exchange는 커넥터가 제공하지 않는 인증 방식을 클라이언트가 요청하면 "504 5.7.4 Unrecognized authentication type"으로 답합니다. RFC 4954 자체는 지원하지 않는 AUTH 방식에 504와 5.5.4를 권하므로, 다른 서버들은 그 조합을 씁니다.',
        howToFix:
          '서버의 EHLO 응답 중 AUTH 줄에 나오는 방식을 쓰세요. 이 줄은 STARTTLS 뒤에만 나올 수 있으니 클라이언트에서 먼저 TLS를 켜세요. Exchange나 Microsoft 365라면 커넥터나 사서함에 SMTP AUTH가 켜져 있는지 확인하거나, OAuth처럼 서버가 지원하는 방식으로 클라이언트를 바꾸세요.',
      },
    },
    sources: [rfc(3463, '3.8'), ianaRegistry],
    confusedWith: ['X.5.4', 'X.7.9'],
  },
  {
    code: 'X.7.5',
    sampleText: 'Cryptographic failure',
    associatedBasicCodes: 'Not given',
    texts: {
      en: {
        title: 'Cryptographic failure',
        description:
          'A system entitled to validate or decrypt the message in transit could not, because a key or other needed information was missing or invalid. The registry gives no usual basic code. As 5.7.5 it is permanent; as 4.7.5 the failure may clear once the key, certificate or policy is fixed, and a retry is expected.',
        whenYouSeeIt:
          'Microsoft 365 uses 4.7.5 and 5.7.5 (next to 4.4.8/5.4.8) on outbound mail when the destination\'s MTA-STS policy, its MX hosts or its certificate do not match ("failed MTA-STS validation"), a certificate problem close to the registry meaning. In the original sense it fits a gateway that should decrypt or verify an S/MIME or PGP message but lacks the key. Do not read Microsoft\'s three-digit codes such as 5.7.501-5.7.515 or 5.7.606-5.7.649 (banned senders and IPs) as 5.7.5: they are provider-specific and not in the registry.',
        howToFix:
          'In the Microsoft MTA-STS case the destination must fix it: its policy must list the MX names it really uses, and every MX must present a valid, unexpired certificate for its name. If you run the destination, check the _mta-sts TXT record, the policy at https://mta-sts.<domain>/.well-known/mta-sts.txt and the certificates on each MX. For decryption failures, make sure the gateway holds the recipient\'s current key or certificate, or send the message by another agreed route.',
      },
      ko: {
        title: '암호화 처리 실패',
        description:
          '전송 중인 메시지를 검증하거나 복호화할 권한이 있는 시스템이, 키 같은 필요한 정보가 없거나 잘못되어 그 작업을 하지 못했습니다. 레지스트리에 일반적인 기본 코드는 없습니다. 5.7.5이면 영구 오류이고, 4.7.5이면 키·인증서·정책이 고쳐지면 풀릴 수 있는 오류로, 재시도가 예정됩니다.',
        whenYouSeeIt:
          'Microsoft 365는 목적지의 MTA-STS 정책, MX 호스트, 인증서가 서로 맞지 않을 때("failed MTA-STS validation") 발신 메일에 4.7.5와 5.7.5를 씁니다(4.4.8/5.4.8과 함께). 레지스트리의 뜻에 가까운 인증서 문제입니다. 원래 의미로는 S/MIME이나 PGP 메시지를 복호화·검증해야 하는 게이트웨이에 키가 없는 경우에 맞습니다. 5.7.501-5.7.515나 5.7.606-5.7.649(차단된 발신자·IP) 같은 Microsoft의 세 자리 코드를 5.7.5로 읽지 마세요. 이들은 제공자 고유 코드이며 레지스트리에 없습니다.',
        howToFix:
          'Microsoft MTA-STS 경우는 목적지가 고쳐야 합니다. 정책에는 실제로 쓰는 MX 이름이 있어야 하고, 모든 MX는 자기 이름에 맞는 유효하고 만료되지 않은 인증서를 제시해야 합니다. 목적지를 운영한다면 _mta-sts TXT 레코드, https://mta-sts.<domain>/.well-known/mta-sts.txt 정책 파일, 각 MX의 인증서를 확인하세요. 복호화 실패라면 게이트웨이에 수신자의 현재 키나 인증서가 있는지 확인하거나, 합의된 다른 경로로 보내세요.',
      },
    },
    sources: [rfc(3463, '3.8'), ianaRegistry],
    confusedWith: ['X.7.6', 'X.7.7'],
  },
  {
    code: 'X.7.6',
    sampleText: 'Cryptographic algorithm not supported',
    associatedBasicCodes: 'Not given',
    texts: {
      en: {
        title: 'Cryptographic algorithm not supported',
        description:
          'A system entitled to validate or decrypt the message could not, because it does not support the algorithm the message uses (for the signature, the encryption or the digest). It is a capability mismatch, not a key problem: resending with the same algorithm fails again. The registry gives no usual basic code.',
        whenYouSeeIt:
          'Rare in SMTP replies. It fits an encryption or signing gateway that meets a message protected with an algorithm it cannot handle, reported after DATA or in a bounce (Status: 5.7.6). A failed TLS handshake is a different problem: it usually ends the connection before any reply code is sent.',
        howToFix:
          'Protect the message with an algorithm both sides support (ask the recipient which ones their gateway accepts; current S/MIME setups use AES and SHA-2), or send it without that protection by an agreed route. If the gateway is yours, update it or enable the algorithm.',
      },
      ko: {
        title: '지원하지 않는 암호 알고리즘',
        description:
          '메시지를 검증하거나 복호화할 권한이 있는 시스템이, 메시지가 쓴 알고리즘(서명, 암호화, 다이제스트)을 지원하지 않아 처리하지 못했습니다. 키 문제가 아니라 기능 불일치이므로 같은 알고리즘으로 다시 보내면 또 실패합니다. 레지스트리에 일반적인 기본 코드는 없습니다.',
        whenYouSeeIt:
          'SMTP 응답에서는 드뭅니다. 처리할 수 없는 알고리즘으로 보호된 메시지를 만난 암호화·서명 게이트웨이가 DATA 뒤나 반송 메일(Status: 5.7.6)로 알리는 경우에 맞습니다. TLS 핸드셰이크 실패는 다른 문제로, 보통 응답 코드 없이 연결이 끊깁니다.',
        howToFix:
          '양쪽이 모두 지원하는 알고리즘으로 보호하세요(수신 측 게이트웨이가 무엇을 받는지 물어보세요. 요즘 S/MIME 환경은 AES와 SHA-2를 씁니다). 또는 합의된 다른 경로로 그 보호 없이 보내세요. 게이트웨이가 당신 것이라면 업데이트하거나 해당 알고리즘을 켜세요.',
      },
    },
    sources: [rfc(3463, '3.8'), ianaRegistry],
    confusedWith: ['X.7.5', 'X.7.4'],
  },
  {
    code: 'X.7.7',
    sampleText: 'Message integrity failure',
    associatedBasicCodes: 'Not given',
    texts: {
      en: {
        title: 'Message integrity failure',
        description:
          'A system entitled to validate the message found it corrupted or altered in transit, so the integrity check failed. Unlike most X.7 codes, RFC 3463 allows it as a permanent (5.7.7), persistent transient (4.7.7) or even success (2.7.7) status. The registry gives no usual basic code.',
        whenYouSeeIt:
          'In the registry\'s sense: a signed message whose signature no longer matches because a relay, a mailing list or a gateway changed it. Providers also use the number loosely: Zoho rejects with "554 5.7.7 Email policy violation detected" for content or attachment policy, which is not an integrity failure at all. For DKIM signatures broken in transit, the specific codes are X.7.20 to X.7.22.',
        howToFix:
          'Find what changes the message on the way: list footers or subject tags, body rewriting by a security gateway, line-ending or transfer-encoding changes. Sign after such changes, or route around the system that alters the message. For Zoho\'s policy rejection, review content and attachments; resending unchanged will fail.',
      },
      ko: {
        title: '메시지 무결성 실패',
        description:
          '메시지를 검증할 권한이 있는 시스템이 전송 중에 메시지가 손상되거나 변경된 것을 발견해 무결성 검사가 실패했습니다. 대부분의 X.7 코드와 달리 RFC 3463은 이 코드를 영구(5.7.7), 지속적 일시(4.7.7), 심지어 성공(2.7.7) 상태로도 허용합니다. 레지스트리에 일반적인 기본 코드는 없습니다.',
        whenYouSeeIt:
          '레지스트리 의미로는 릴레이, 메일링 리스트, 게이트웨이가 내용을 바꿔 서명이 더 이상 맞지 않는 서명 메시지입니다. 제공자들은 이 번호를 느슨하게 쓰기도 합니다. Zoho는 콘텐츠·첨부 파일 정책 위반에 "554 5.7.7 Email policy violation detected"로 거부하는데, 이는 무결성 실패가 전혀 아닙니다. 전송 중 깨진 DKIM 서명에는 X.7.20~X.7.22라는 전용 코드가 있습니다.',
        howToFix:
          '전송 경로에서 무엇이 메시지를 바꾸는지 찾으세요. 리스트의 꼬리말이나 제목 태그, 보안 게이트웨이의 본문 재작성, 줄 끝·전송 인코딩 변경 등입니다. 이런 변경이 끝난 뒤에 서명하거나, 메시지를 바꾸는 시스템을 거치지 않게 경로를 바꾸세요. Zoho 정책 거부라면 내용과 첨부 파일을 검토하세요. 그대로 다시 보내면 실패합니다.',
      },
    },
    sources: [rfc(3463, '3.8'), ianaRegistry],
    confusedWith: ['X.7.5', 'X.7.20'],
  },
  {
    code: 'X.7.8',
    sampleText: 'Authentication credentials invalid',
    associatedBasicCodes: '535, 554',
    texts: {
      en: {
        title: 'Authentication credentials invalid',
        description:
          'The AUTH command failed because the username, password or token was wrong or not sufficient. RFC 4954 pairs it with 535 (535 5.7.8); the registry also allows 554. It is permanent for these credentials: retrying with the same password will not help, and the client should ask the user for new ones.',
        whenYouSeeIt:
          'In answer to AUTH on a submission port (587 or 465) or a relay. Postfix: "535 5.7.8 Error: authentication failed:" followed by the reason from its SASL backend. Gmail: "535 5.7.8 Username and Password not accepted" (newer copies of Google\'s list print the code as 5.7.80). Exim usually says "535 Incorrect authentication data" without an enhanced code. In an MTA\'s own log it often means the credentials for its smarthost are stale.',
        howToFix:
          'Check the username first (many providers want the full email address), then the password. Gmail and other accounts with two-step verification need an app password or OAuth, not the normal password. Check that the client uses the right port and TLS mode. On a Postfix relay client, update smtp_sasl_password_maps and run postmap on it. Stop any client that retries a bad password in a loop: it triggers account lockouts and fail2ban-style IP bans.',
      },
      ko: {
        title: '인증 정보가 유효하지 않음',
        description:
          '사용자 이름, 비밀번호, 토큰이 틀렸거나 부족해서 AUTH 명령이 실패했습니다. RFC 4954는 535와 짝짓고(535 5.7.8), 레지스트리는 554도 허용합니다. 이 인증 정보로는 영구 오류입니다. 같은 비밀번호로 재시도해도 소용없으며, 클라이언트는 사용자에게 새 인증 정보를 요청해야 합니다.',
        whenYouSeeIt:
          '제출 포트(587, 465)나 릴레이에서 AUTH에 대한 응답입니다. Postfix: "535 5.7.8 Error: authentication failed:" 뒤에 SASL 백엔드가 준 이유가 붙습니다. Gmail: "535 5.7.8 Username and Password not accepted"(Google 목록의 최신본에는 코드가 5.7.80으로 적혀 있습니다). Exim은 보통 enhanced code 없이 "535 Incorrect authentication data"라고 합니다. MTA 자체 로그에 나오면 스마트호스트용 인증 정보가 낡았다는 뜻인 경우가 많습니다.',
        howToFix:
          '먼저 사용자 이름을 확인하고(많은 제공자가 전체 이메일 주소를 요구합니다), 그다음 비밀번호를 확인하세요. 2단계 인증을 쓰는 Gmail 등의 계정은 일반 비밀번호가 아니라 앱 비밀번호나 OAuth가 필요합니다. 클라이언트가 올바른 포트와 TLS 방식을 쓰는지 확인하세요. Postfix 릴레이 클라이언트라면 smtp_sasl_password_maps를 고치고 postmap을 실행하세요. 틀린 비밀번호로 계속 재시도하는 클라이언트는 멈추세요. 계정 잠금과 fail2ban 같은 IP 차단을 부릅니다.',
      },
    },
    sources: [rfc(4954, '6'), rfc(4954, '4'), ianaRegistry],
    confusedWith: ['X.7.9', 'X.7.13', 'X.7.0'],
  },
  {
    code: 'X.7.9',
    sampleText: 'Authentication mechanism is too weak',
    associatedBasicCodes: '534',
    texts: {
      en: {
        title: 'Authentication mechanism is too weak',
        description:
          'The server refuses the AUTH mechanism the client chose, because its policy requires a stronger one for this user. RFC 4954 pairs it with 534 (534 5.7.9). It is permanent for that mechanism: the client should retry with a different mechanism, not a different password.',
        whenYouSeeIt:
          'In answer to AUTH. Gmail sends "534 5.7.9 Application-specific password required" or "Please log in with your web browser" when the account needs an app password, OAuth or a browser sign-in instead of the plain password (newer copies of Google\'s list print 5.7.90). Yahoo uses 5.7.9 for something else on inbound mail: "554 5.7.9 Message not accepted for policy reasons" and "550 5.7.9 This mail has been blocked because the sender is unauthenticated" are policy and SPF/DKIM rejections, not AUTH answers.',
        howToFix:
          'Pick a stronger mechanism from the AUTH line of the EHLO reply, or the one the provider documents: for Gmail, create an app password or move the client to OAuth, or sign in once in a browser if the text asks for it. For Yahoo\'s inbound 5.7.9, make SPF or DKIM pass (bulk senders need SPF, DKIM and DMARC) and review Yahoo\'s sender requirements; do not retry unchanged.',
      },
      ko: {
        title: '인증 방식이 너무 약함',
        description:
          '서버 정책이 이 사용자에게 더 강한 방식을 요구하므로, 클라이언트가 고른 AUTH 방식을 거부합니다. RFC 4954는 534와 짝짓습니다(534 5.7.9). 그 방식으로는 영구 오류이므로 클라이언트는 다른 비밀번호가 아니라 다른 방식으로 다시 시도해야 합니다.',
        whenYouSeeIt:
          'AUTH에 대한 응답입니다. Gmail은 계정에 일반 비밀번호 대신 앱 비밀번호, OAuth, 브라우저 로그인이 필요할 때 "534 5.7.9 Application-specific password required" 또는 "Please log in with your web browser"를 보냅니다(Google 목록의 최신본에는 5.7.90으로 적혀 있습니다). Yahoo는 수신 메일에서 5.7.9를 다른 뜻으로 씁니다. "554 5.7.9 Message not accepted for policy reasons"와 "550 5.7.9 This mail has been blocked because the sender is unauthenticated"는 정책·SPF/DKIM 거부이지 AUTH 응답이 아닙니다.',
        howToFix:
          'EHLO 응답의 AUTH 줄에서 더 강한 방식을 고르거나 제공자가 안내하는 방식을 쓰세요. Gmail이라면 앱 비밀번호를 만들거나 클라이언트를 OAuth로 바꾸고, 텍스트가 요구하면 브라우저에서 한 번 로그인하세요. Yahoo 수신 측 5.7.9라면 SPF나 DKIM이 통과하게 하고(대량 발신자는 SPF, DKIM, DMARC 모두 필요) Yahoo 발신자 요구 사항을 검토하세요. 그대로 재시도하지 마세요.',
      },
    },
    sources: [rfc(4954, '6'), ianaRegistry],
    confusedWith: ['X.7.8', 'X.7.11'],
  },
  {
    code: 'X.7.10',
    sampleText: 'Encryption Needed',
    associatedBasicCodes: '523',
    texts: {
      en: {
        title: 'Encryption needed',
        description:
          'The server needs an encrypted channel (normally TLS) before it accepts the requested authentication mechanism, mostly a clear-text one such as PLAIN or LOGIN. RFC 5248 registered it with 523 from existing practice. Permanent as sent: start TLS first or choose a stronger mechanism, then try again.',
        whenYouSeeIt:
          'In answer to AUTH on a connection without TLS. Gmail uses the same pair for a different protocol error: "523 5.7.10 no commands allowed to pipeline after STARTTLS", sent when a client puts more commands after STARTTLS in the same batch, which RFC 3207 forbids (STARTTLS must be the last command of a pipelined group).',
        howToFix:
          'Enable STARTTLS in the client (or implicit TLS on port 465), send EHLO again after the handshake, then AUTH. For Gmail\'s variant, fix the client so that after STARTTLS it waits for the 220 reply and finishes the TLS handshake before sending anything else.',
      },
      ko: {
        title: '암호화 필요',
        description:
          '서버가 요청된 인증 방식, 주로 PLAIN이나 LOGIN 같은 평문 방식을 받기 전에 암호화된 채널(보통 TLS)을 요구합니다. RFC 5248이 기존 관행에 따라 523과 함께 등록했습니다. 보낸 그대로는 영구 오류이므로 먼저 TLS를 시작하거나 더 강한 방식을 고른 뒤 다시 시도하세요.',
        whenYouSeeIt:
          'TLS 없는 연결에서 AUTH에 대한 응답입니다. Gmail은 같은 조합을 다른 프로토콜 오류에 씁니다. "523 5.7.10 no commands allowed to pipeline after STARTTLS"는 클라이언트가 같은 묶음에서 STARTTLS 뒤에 명령을 더 보냈을 때 나오며, RFC 3207은 이를 금지합니다(STARTTLS는 파이프라이닝 묶음의 마지막 명령이어야 합니다).',
        howToFix:
          '클라이언트에서 STARTTLS를 켜고(또는 465번 포트의 암묵적 TLS), 핸드셰이크 뒤에 EHLO를 다시 보낸 다음 AUTH하세요. Gmail의 경우라면 클라이언트가 STARTTLS 뒤 220 응답을 기다리고 TLS 핸드셰이크를 끝낸 다음에만 다른 명령을 보내도록 고치세요.',
      },
    },
    sources: [rfc(5248, '2.4'), rfc(3207, '4'), ianaRegistry],
    confusedWith: ['X.7.11', 'X.7.0'],
  },
  {
    code: 'X.7.11',
    sampleText: 'Encryption required for requested authentication mechanism',
    associatedBasicCodes: '524, 538',
    texts: {
      en: {
        title: 'Encryption required for requested authentication mechanism',
        description:
          'The chosen AUTH mechanism may only be used over an encrypted connection, and this one is not encrypted. RFC 4954 pairs it with 538 (538 5.7.11); the registry also lists 524. RFC 4954 keeps it for historical purposes only: a modern server should not advertise such mechanisms until TLS is active.',
        whenYouSeeIt:
          'In answer to AUTH sent before STARTTLS, from older servers that list a mechanism but refuse it without TLS. Current servers mostly avoid the situation: Postfix with smtpd_tls_auth_only = yes does not offer AUTH at all before STARTTLS, so a client that tries anyway gets a different error.',
        howToFix:
          'Start TLS first (STARTTLS on port 587, or implicit TLS on 465), send EHLO again, then AUTH. Do not "fix" it on the server by allowing passwords over unencrypted connections.',
      },
      ko: {
        title: '요청한 인증 방식에는 암호화가 필요함',
        description:
          '선택한 AUTH 방식은 암호화된 연결에서만 쓸 수 있는데 이 연결은 암호화되어 있지 않습니다. RFC 4954는 538과 짝짓고(538 5.7.11), 레지스트리는 524도 올려 두었습니다. RFC 4954는 이 코드를 역사적 기록으로만 남겨 둡니다. 요즘 서버는 TLS가 켜지기 전에는 그런 방식을 광고하지 않아야 합니다.',
        whenYouSeeIt:
          'STARTTLS 전에 보낸 AUTH에 대한 응답으로, 방식은 광고하면서 TLS 없이는 거부하는 오래된 서버에서 나옵니다. 요즘 서버는 대개 이 상황을 피합니다. smtpd_tls_auth_only = yes로 설정한 Postfix는 STARTTLS 전에는 AUTH 자체를 광고하지 않으므로, 그래도 시도하는 클라이언트는 다른 오류를 받습니다.',
        howToFix:
          '먼저 TLS를 시작하고(587번 포트의 STARTTLS, 또는 465번의 암묵적 TLS) EHLO를 다시 보낸 다음 AUTH하세요. 서버에서 암호화되지 않은 연결로 비밀번호를 허용하는 식으로 "해결"하지 마세요.',
      },
    },
    sources: [rfc(4954, '6'), ianaRegistry],
    confusedWith: ['X.7.10', 'X.7.9'],
  },
  {
    code: 'X.7.12',
    sampleText: 'A password transition is needed',
    associatedBasicCodes: '422, 432',
    texts: {
      en: {
        title: 'A password transition is needed',
        description:
          'The user has to move to the selected AUTH mechanism first, typically by authenticating once with PLAIN. RFC 4954 pairs it with 432 (432 4.7.12); the registry also lists 422. It is transient: after one successful PLAIN login, the selected mechanism should work in later sessions.',
        whenYouSeeIt:
          'In answer to AUTH with a mechanism other than PLAIN (for example a challenge-response one) for an account that has not made the transition yet. Rare in practice. Microsoft 365 uses 5.7.12 for something unrelated: "Sender was not authenticated by organization", meaning the recipient (often a group) accepts mail from internal senders only.',
        howToFix:
          'Authenticate once with PLAIN over TLS, then use the other mechanism again. For Microsoft 365\'s 5.7.12 the sender cannot fix it: the recipient\'s admin or the group owner must allow external senders.',
      },
      ko: {
        title: '비밀번호 전환 필요',
        description:
          '사용자가 먼저 선택한 AUTH 방식으로 전환해야 하며, 보통 PLAIN으로 한 번 인증하면 됩니다. RFC 4954는 432와 짝짓고(432 4.7.12), 레지스트리는 422도 올려 두었습니다. 일시 오류입니다. PLAIN 로그인이 한 번 성공하면 이후 세션부터는 선택한 방식이 동작해야 합니다.',
        whenYouSeeIt:
          '아직 전환하지 않은 계정이 PLAIN이 아닌 방식(예: 챌린지-응답 방식)으로 AUTH했을 때의 응답입니다. 실제로는 드뭅니다. Microsoft 365는 5.7.12를 전혀 다른 뜻으로 씁니다. "Sender was not authenticated by organization"은 수신자(흔히 그룹)가 내부 발신자의 메일만 받는다는 뜻입니다.',
        howToFix:
          'TLS 위에서 PLAIN으로 한 번 인증한 뒤 다른 방식을 다시 쓰세요. Microsoft 365의 5.7.12는 발신자가 고칠 수 없습니다. 수신 측 관리자나 그룹 소유자가 외부 발신자를 허용해야 합니다.',
      },
    },
    sources: [rfc(4954, '6'), ianaRegistry],
    confusedWith: ['X.7.9', 'X.7.8'],
  },
  {
    code: 'X.7.13',
    sampleText: 'User Account Disabled',
    associatedBasicCodes: '525',
    texts: {
      en: {
        title: 'User account disabled',
        description:
          'The login itself succeeded, but the account has been disabled by an administrator (for example for non-payment, abuse or a suspected break-in). RFC 5248 registered it with 525. It is permanent until an administrator re-enables the account, so asking the user for the password again is pointless.',
        whenYouSeeIt:
          'In answer to AUTH for a disabled or suspended account, at a submission server or a sending service. Microsoft 365 uses 5.7.13 (or 5.7.135) for something else: "Sender was not authenticated for public folder", a public folder that accepts internal senders only.',
        howToFix:
          'Contact the provider or the account\'s administrator to learn why it was disabled and to get it re-enabled. If the cause was a compromise, change the password and check the account\'s forwarding rules and app passwords before sending again. Stop the client from retrying in the meantime.',
      },
      ko: {
        title: '사용자 계정 비활성화',
        description:
          '로그인 자체는 성공했지만 관리자가 계정을 비활성화했습니다(예: 미납, 악용, 침입 시도 의심). RFC 5248이 525와 함께 등록했습니다. 관리자가 다시 활성화할 때까지 영구 오류이므로 사용자에게 비밀번호를 다시 묻는 것은 소용없습니다.',
        whenYouSeeIt:
          '비활성화·정지된 계정의 AUTH에 대한 응답으로, 제출 서버나 발송 서비스에서 나옵니다. Microsoft 365는 5.7.13(또는 5.7.135)을 다른 뜻으로 씁니다. "Sender was not authenticated for public folder"는 내부 발신자만 받는 공용 폴더라는 뜻입니다.',
        howToFix:
          '제공자나 계정 관리자에게 연락해 비활성화된 이유를 확인하고 다시 활성화해 달라고 하세요. 원인이 계정 탈취였다면 다시 보내기 전에 비밀번호를 바꾸고 계정의 전달 규칙과 앱 비밀번호를 점검하세요. 그동안 클라이언트의 재시도는 멈추세요.',
      },
    },
    sources: [rfc(5248, '2.4'), ianaRegistry],
    confusedWith: ['X.7.8', 'X.2.1'],
  },
  {
    code: 'X.7.14',
    sampleText: 'Trust relationship required',
    associatedBasicCodes: '535, 554',
    texts: {
      en: {
        title: 'Trust relationship required',
        description:
          'The submission server would have to fetch the message content from a third-party server, as with BURL (RFC 4468), where the client submits a URL to the message on an IMAP server, and it has no configured trust relationship with that server. RFC 5248 registered it for 535 or 554, replacing the earlier use of X.7.8 for this case. Permanent until the servers are set up to trust each other.',
        whenYouSeeIt:
          'Only with the BURL extension, when a client submits a message by reference instead of sending its content. Gmail uses the number for something else: "534 5.7.14 Please log in through your web browser", a sign-in challenge during SMTP AUTH.',
        howToFix:
          'Send the message content directly (DATA or BDAT) instead of by BURL reference, or have the administrators configure trust between the submission server and the IMAP server. For Gmail\'s 5.7.14, sign in to the account interactively in a browser, complete the challenge, then retry.',
      },
      ko: {
        title: '신뢰 관계 필요',
        description:
          '제출 서버가 메시지 내용을 제3의 서버에서 가져와야 하는데(클라이언트가 IMAP 서버에 있는 메시지의 URL을 제출하는 BURL, RFC 4468의 경우처럼) 그 서버와 설정된 신뢰 관계가 없습니다. RFC 5248이 535 또는 554와 함께 등록했으며, 이 경우에 X.7.8을 쓰던 이전 방식을 대체합니다. 서버끼리 서로 신뢰하도록 설정될 때까지 영구 오류입니다.',
        whenYouSeeIt:
          'BURL 확장을 쓸 때, 즉 클라이언트가 내용을 보내지 않고 참조로 메시지를 제출할 때만 나옵니다. Gmail은 이 번호를 다른 뜻으로 씁니다. "534 5.7.14 Please log in through your web browser"는 SMTP AUTH 중의 로그인 확인 요구입니다.',
        howToFix:
          'BURL 참조 대신 메시지 내용을 직접 보내거나(DATA 또는 BDAT), 관리자에게 제출 서버와 IMAP 서버 사이의 신뢰를 설정해 달라고 하세요. Gmail의 5.7.14라면 브라우저에서 계정에 직접 로그인해 확인 절차를 마친 뒤 다시 시도하세요.',
      },
    },
    sources: [rfc(5248, '2.4'), rfc(4468), ianaRegistry],
    confusedWith: ['X.7.8'],
  },
  {
    code: 'X.7.15',
    sampleText: 'Priority Level is too low',
    associatedBasicCodes: '450, 550 (other 4XX or 5XX codes are allowed)',
    texts: {
      en: {
        title: 'Priority level is too low',
        description:
          'The message carried a priority (the MT-PRIORITY parameter, RFC 6710) below the lowest the receiving server currently accepts. Often temporary: a server may accept only higher-priority mail for a while. The registry pairs it with 450 (retry later) or 550 (permanent); other 4xx and 5xx codes are allowed.',
        whenYouSeeIt:
          'Only where the receiving server supports the MT-PRIORITY extension (listed in its EHLO reply) and the client sent MAIL FROM with MT-PRIORITY=. Rare on the public Internet.',
        howToFix:
          'With 4.7.15, let the MTA retry later; the server may accept the priority again when it leaves its restricted mode. With 5.7.15, resend at a higher MT-PRIORITY if you are entitled to use it, or agree with the receiving site on the priorities it accepts.',
      },
      ko: {
        title: '우선순위 수준이 너무 낮음',
        description:
          '메시지의 우선순위(RFC 6710의 MT-PRIORITY 매개변수)가 수신 서버가 현재 받는 최저 수준보다 낮습니다. 일시적인 경우가 많습니다. 서버가 한동안 높은 우선순위 메일만 받을 수 있습니다. 레지스트리는 450(나중에 재시도) 또는 550(영구)과 짝지으며, 다른 4xx·5xx 코드도 허용됩니다.',
        whenYouSeeIt:
          '수신 서버가 MT-PRIORITY 확장을 지원하고(EHLO 응답에 표시됨) 클라이언트가 MAIL FROM에 MT-PRIORITY=를 붙였을 때만 나옵니다. 공용 인터넷에서는 드뭅니다.',
        howToFix:
          '4.7.15라면 MTA가 나중에 재시도하게 두세요. 서버가 제한 모드에서 벗어나면 그 우선순위를 다시 받을 수 있습니다. 5.7.15라면 쓸 권한이 있는 경우 더 높은 MT-PRIORITY로 다시 보내거나, 수신 측과 받는 우선순위를 합의하세요.',
      },
    },
    sources: [rfc(6710), ianaRegistry],
    confusedWith: ['X.7.16', 'X.3.6'],
  },
  {
    code: 'X.7.16',
    sampleText: 'Message is too big for the specified priority',
    associatedBasicCodes: '552 (other 4XX or 5XX codes are allowed)',
    texts: {
      en: {
        title: 'Message is too big for the specified priority',
        description:
          'The receiving server accepts messages of this MT-PRIORITY level (RFC 6710) only up to a smaller size, and this message is bigger. Often temporary: the server may be in a mode where only small high-priority messages get through. The registry pairs it with 552; other 4xx and 5xx codes are allowed.',
        whenYouSeeIt:
          'Only with the MT-PRIORITY extension, in answer to MAIL FROM carrying MT-PRIORITY= (and SIZE=) or after DATA. Rare on the public Internet. It is not the plain size limit (X.3.4, X.2.3), which applies whatever the priority.',
        howToFix:
          'Send a smaller message (link large files instead of attaching them), send it at a priority that allows the size, or, with a 4xx reply, let the MTA retry when the server leaves its restricted mode.',
      },
      ko: {
        title: '지정한 우선순위에 비해 메시지가 너무 큼',
        description:
          '수신 서버는 이 MT-PRIORITY 수준(RFC 6710)의 메시지를 더 작은 크기까지만 받는데 이 메시지가 그보다 큽니다. 일시적인 경우가 많습니다. 서버가 작은 고우선순위 메시지만 통과시키는 모드일 수 있습니다. 레지스트리는 552와 짝지으며, 다른 4xx·5xx 코드도 허용됩니다.',
        whenYouSeeIt:
          'MT-PRIORITY 확장에서만, MT-PRIORITY=(와 SIZE=)를 붙인 MAIL FROM이나 DATA 뒤에 나옵니다. 공용 인터넷에서는 드뭅니다. 우선순위와 상관없이 적용되는 일반 크기 제한(X.3.4, X.2.3)과는 다릅니다.',
        howToFix:
          '더 작은 메시지로 보내거나(큰 파일은 첨부 대신 링크로), 그 크기를 허용하는 우선순위로 보내세요. 4xx 응답이라면 서버가 제한 모드에서 벗어난 뒤 MTA가 재시도하게 두세요.',
      },
    },
    sources: [rfc(6710), ianaRegistry],
    confusedWith: ['X.3.4', 'X.2.3', 'X.7.15'],
  },
  {
    code: 'X.7.17',
    sampleText: 'Mailbox owner has changed',
    associatedBasicCodes: '5XX',
    texts: {
      en: {
        title: 'Mailbox owner has changed',
        description:
          'The sender asked, with RRVS (RFC 7293), that the message be delivered only if the recipient mailbox has had the same owner since a given date, and the receiving system knows it has not: the address now belongs to someone else. Permanent (the registry says 5XX): the message must not reach the new owner.',
        whenYouSeeIt:
          'Only when the sending system used the RRVS SMTP extension (RRVS= on RCPT TO) or the Require-Recipient-Valid-Since header field, typically for password resets and account notices sent to an address recorded long ago.',
        howToFix:
          'The address no longer belongs to your user. Do not resend to it; mark it invalid in your records and ask the user for a current address through another channel.',
      },
      ko: {
        title: '사서함 소유자 변경됨',
        description:
          '발신자가 RRVS(RFC 7293)로 수신 사서함의 소유자가 특정 날짜 이후 바뀌지 않은 경우에만 전달하라고 요청했는데, 수신 시스템은 소유자가 바뀐 것을 압니다. 그 주소는 이제 다른 사람의 것입니다. 영구 오류이며(레지스트리에는 5XX), 메시지가 새 소유자에게 가면 안 됩니다.',
        whenYouSeeIt:
          '발신 시스템이 RRVS SMTP 확장(RCPT TO의 RRVS=)이나 Require-Recipient-Valid-Since 헤더를 쓸 때만 나옵니다. 오래전에 기록해 둔 주소로 보내는 비밀번호 재설정, 계정 안내 메일이 대표적입니다.',
        howToFix:
          '그 주소는 더 이상 당신의 사용자 것이 아닙니다. 다시 보내지 말고, 기록에서 유효하지 않은 주소로 표시한 뒤 다른 경로로 사용자에게 현재 주소를 물어보세요.',
      },
    },
    sources: [rfc(7293), ianaRegistry],
    confusedWith: ['X.7.18', 'X.1.1'],
  },
  {
    code: 'X.7.18',
    sampleText: 'Domain owner has changed',
    associatedBasicCodes: '5XX',
    texts: {
      en: {
        title: 'Domain owner has changed',
        description:
          'With RRVS (RFC 7293) the receiving system discloses that the recipient\'s domain name has changed owner since the date the sender gave. Whoever receives mail for that domain now is not who the sender meant to reach. Permanent (5XX in the registry).',
        whenYouSeeIt:
          'Only for messages sent with the RRVS extension or the Require-Recipient-Valid-Since header field, when the recipient\'s domain has passed to a new owner since that date, for example after it expired and was registered again.',
        howToFix:
          'Treat the address as no longer belonging to your user: stop sending to it and get a current address from the user another way. Never send password resets or other sensitive mail to it.',
      },
      ko: {
        title: '도메인 소유자 변경됨',
        description:
          'RRVS(RFC 7293)를 통해 수신 시스템이, 발신자가 지정한 날짜 이후 수신자 도메인의 소유자가 바뀌었다고 알립니다. 지금 그 도메인의 메일을 받는 쪽은 발신자가 보내려던 상대가 아닙니다. 영구 오류입니다(레지스트리에는 5XX).',
        whenYouSeeIt:
          'RRVS 확장이나 Require-Recipient-Valid-Since 헤더로 보낸 메시지에서만, 그 날짜 이후 수신자 도메인이 새 소유자에게 넘어갔을 때 나옵니다. 예를 들어 도메인이 만료된 뒤 다른 사람이 다시 등록한 경우입니다.',
        howToFix:
          '그 주소가 더 이상 당신의 사용자 것이 아니라고 보세요. 보내기를 멈추고 다른 경로로 사용자에게 현재 주소를 받으세요. 비밀번호 재설정 같은 민감한 메일은 절대 그 주소로 보내지 마세요.',
      },
    },
    sources: [rfc(7293), ianaRegistry],
    confusedWith: ['X.7.17', 'X.7.19'],
  },
  {
    code: 'X.7.19',
    sampleText: 'RRVS test cannot be completed',
    associatedBasicCodes: '5XX',
    texts: {
      en: {
        title: 'RRVS test cannot be completed',
        description:
          'The message asked for an RRVS check (RFC 7293), but the receiving system cannot tell whether the mailbox has had one owner since the given date, because it never recorded the timestamp it would need. The registry says 5XX. The sender has to decide whether to send again without RRVS protection.',
        whenYouSeeIt:
          'Only for messages sent with the RRVS extension or the Require-Recipient-Valid-Since header field, at a receiver that supports RRVS but has no ownership date for this mailbox.',
        howToFix:
          'Decide whether the message is safe without the check. If a new owner reading it would do no harm, resend without RRVS; if it carries secrets or account access (such as a password reset), confirm the address with the user another way first.',
      },
      ko: {
        title: 'RRVS 검사를 완료할 수 없음',
        description:
          '메시지가 RRVS 검사(RFC 7293)를 요청했지만, 수신 시스템은 필요한 시각을 기록해 두지 않아 지정한 날짜 이후 사서함 소유자가 한 명이었는지 판단할 수 없습니다. 레지스트리에는 5XX로 되어 있습니다. RRVS 보호 없이 다시 보낼지는 발신자가 정해야 합니다.',
        whenYouSeeIt:
          'RRVS 확장이나 Require-Recipient-Valid-Since 헤더로 보낸 메시지에서만, RRVS는 지원하지만 이 사서함의 소유 시작 날짜를 갖고 있지 않은 수신 측에서 나옵니다.',
        howToFix:
          '검사 없이 보내도 안전한지 판단하세요. 새 소유자가 읽어도 문제없다면 RRVS 없이 다시 보내세요. 비밀 정보나 계정 접근 권한(비밀번호 재설정 등)이 담겼다면 먼저 다른 경로로 사용자에게 주소를 확인하세요.',
      },
    },
    sources: [rfc(7293), ianaRegistry],
    confusedWith: ['X.7.17'],
  },
  {
    code: 'X.7.20',
    sampleText: 'No passing DKIM signature found',
    associatedBasicCodes: '550',
    texts: {
      en: {
        title: 'No passing DKIM signature found',
        description:
          'The receiver requires a valid DKIM signature (RFC 6376) and the message had none that verified: no signature at all, or only signatures that failed. RFC 7372 registered it with 550: permanent, so resending the same message fails again.',
        whenYouSeeIt:
          'After DATA (DKIM needs the whole message), from receivers whose policy demands DKIM. Few large providers use this exact code: Gmail reports missing DKIM under its own 4.7.30/5.7.30 ("DKIM authentication didn\'t pass"), Mimecast says "550 DKIM Sender Invalid - envelope rejected" without an enhanced code, and many others fold it into 5.7.1 or 5.7.26.',
        howToFix:
          'Check that every message is signed (OpenDKIM, Rspamd, or your sending service\'s domain authentication) and that the public key published at <selector>._domainkey.<domain> matches the private key. Then look for what breaks the signature on the way: list footers, subject tags, gateway rewriting or line-ending changes after signing. A test message to a mailbox that shows Authentication-Results tells you "dkim=pass" or the failure reason.',
      },
      ko: {
        title: '통과한 DKIM 서명 없음',
        description:
          '수신 측은 유효한 DKIM 서명(RFC 6376)을 요구하는데, 메시지에 검증을 통과한 서명이 없었습니다. 서명이 아예 없거나 실패한 서명만 있었습니다. RFC 7372가 550과 함께 등록했으며 영구 오류이므로, 같은 메시지를 다시 보내도 실패합니다.',
        whenYouSeeIt:
          'DKIM 정책을 요구하는 수신 측에서 DATA 뒤에 나옵니다(DKIM은 메시지 전체가 필요합니다). 대형 제공자 중 이 코드를 그대로 쓰는 곳은 적습니다. Gmail은 DKIM 미통과를 자체 4.7.30/5.7.30("DKIM authentication didn\'t pass")으로 알리고, Mimecast는 enhanced code 없이 "550 DKIM Sender Invalid - envelope rejected"라고 하며, 다른 많은 곳은 5.7.1이나 5.7.26에 포함시킵니다.',
        howToFix:
          '모든 메시지가 서명되는지(OpenDKIM, Rspamd, 발송 서비스의 도메인 인증), <selector>._domainkey.<domain>에 게시한 공개 키가 개인 키와 맞는지 확인하세요. 그다음 전송 중 서명을 깨는 것을 찾으세요. 서명 뒤에 붙는 리스트 꼬리말, 제목 태그, 게이트웨이의 재작성, 줄 끝 변경 등입니다. Authentication-Results를 보여 주는 사서함으로 테스트 메일을 보내면 "dkim=pass" 또는 실패 이유를 알 수 있습니다.',
      },
    },
    sources: [rfc(7372), rfc(6376), ianaRegistry],
    confusedWith: ['X.7.21', 'X.7.22', 'X.7.26'],
  },
  {
    code: 'X.7.21',
    sampleText: 'No acceptable DKIM signature found',
    associatedBasicCodes: '550',
    texts: {
      en: {
        title: 'No acceptable DKIM signature found',
        description:
          'The message had at least one DKIM signature that verified, but none the receiver accepts under its policy (RFC 7372). The signatures are technically valid; the receiver wants a different signer or a signature with other properties. Registered with 550: permanent.',
        whenYouSeeIt:
          'After DATA, from receivers with a DKIM policy stricter than "any valid signature", for example when only your sending service\'s own domain signs the mail and the receiver wants a signature from your domain. The case where no passing signature matches the From address has its own code, X.7.22. Rarely seen as such: Gmail, Microsoft and Yahoo report authentication problems under other codes.',
        howToFix:
          'Sign with your own domain (set up custom DKIM or domain authentication at your sending service so that d= is your domain), with rsa-sha256 and a 2048-bit key. If the reply text names the requirement, meet it; otherwise ask the receiver\'s postmaster which signatures it accepts.',
      },
      ko: {
        title: '허용되는 DKIM 서명 없음',
        description:
          '메시지에 검증을 통과한 DKIM 서명이 하나 이상 있었지만, 수신 측 정책(RFC 7372)에 맞는 서명은 없었습니다. 서명은 기술적으로 유효하지만 수신 측은 다른 서명자나 다른 속성의 서명을 원합니다. 550과 함께 등록된 영구 오류입니다.',
        whenYouSeeIt:
          '"유효한 서명이면 무엇이든"보다 엄격한 DKIM 정책을 가진 수신 측에서 DATA 뒤에 나옵니다. 예를 들어 발송 서비스 자체 도메인만 서명했는데 수신 측은 당신 도메인의 서명을 원하는 경우입니다. 통과한 서명 중 From 주소와 맞는 것이 없는 경우에는 별도 코드 X.7.22가 있습니다. 이 코드 그대로 보는 일은 드뭅니다. Gmail, Microsoft, Yahoo는 인증 문제를 다른 코드로 알립니다.',
        howToFix:
          '자기 도메인으로 서명하세요(발송 서비스에서 맞춤 DKIM이나 도메인 인증을 설정해 d=가 당신 도메인이 되게 하세요). rsa-sha256과 2048비트 키를 쓰세요. 응답 텍스트가 요구 사항을 밝히면 그대로 맞추고, 그렇지 않으면 수신 측 postmaster에게 어떤 서명을 받는지 물어보세요.',
      },
    },
    sources: [rfc(7372), rfc(6376), ianaRegistry],
    confusedWith: ['X.7.20', 'X.7.22'],
  },
  {
    code: 'X.7.22',
    sampleText: 'No valid author-matched DKIM signature found',
    associatedBasicCodes: '550',
    texts: {
      en: {
        title: 'No valid author-matched DKIM signature found',
        description:
          'The message had passing DKIM signatures, but none from a domain that matches the author address in the From header field. RFC 7372 calls it a special case of X.7.21; registered with 550: permanent. It is the DKIM half of what DMARC calls alignment.',
        whenYouSeeIt:
          'After DATA, typically when a sending service or forwarder signs with its own domain (d=esp.example) while From shows your domain, or when you send as a domain you do not control, such as a free-mail address through your own server. Gmail reports missing alignment under its own 4.7.32 ("isn\'t aligned with either the authenticated SPF or DKIM organizational domain"), outside the registry; DMARC rejections usually arrive as 5.7.1 or Gmail\'s 5.7.26.',
        howToFix:
          'Make the DKIM d= domain the From domain or a domain under the same organisational domain (relaxed alignment): set up custom DKIM signing for your domain at the sending service. Do not send with a From address in someone else\'s domain through your own servers. Forwarders and lists that change the message should rewrite From or add ARC.',
      },
      ko: {
        title: '작성자와 일치하는 유효한 DKIM 서명 없음',
        description:
          '메시지에 통과한 DKIM 서명은 있었지만, From 헤더의 작성자 주소와 일치하는 도메인의 서명은 없었습니다. RFC 7372는 이를 X.7.21의 특수한 경우라고 부르며, 550과 함께 등록된 영구 오류입니다. DMARC가 말하는 정렬(alignment)의 DKIM 쪽 절반입니다.',
        whenYouSeeIt:
          'DATA 뒤에 나오며, 보통 발송 서비스나 전달 서비스가 자기 도메인(d=esp.example)으로 서명하는데 From에는 당신 도메인이 있을 때, 또는 자기 서버로 무료 메일 주소처럼 통제하지 않는 도메인을 발신자로 쓸 때입니다. Gmail은 정렬 실패를 레지스트리에 없는 자체 코드 4.7.32("isn\'t aligned with either the authenticated SPF or DKIM organizational domain")로 알리며, DMARC 거부는 대개 5.7.1이나 Gmail의 5.7.26으로 옵니다.',
        howToFix:
          'DKIM d= 도메인을 From 도메인 또는 같은 조직 도메인 아래의 도메인으로 맞추세요(relaxed 정렬). 발송 서비스에서 당신 도메인용 맞춤 DKIM 서명을 설정하면 됩니다. 남의 도메인 From 주소로 자기 서버에서 보내지 마세요. 메시지를 바꾸는 전달 서비스와 리스트는 From을 다시 쓰거나 ARC를 추가해야 합니다.',
      },
    },
    sources: [rfc(7372), rfc(6376), ianaRegistry],
    confusedWith: ['X.7.21', 'X.7.26'],
  },
  {
    code: 'X.7.23',
    sampleText: 'SPF validation failed',
    associatedBasicCodes: '550',
    texts: {
      en: {
        title: 'SPF validation failed',
        description:
          'The SPF check (RFC 7208) of the sending IP returned "fail": the domain\'s SPF record says this IP may not send for it, and local policy rejects such mail. RFC 7372 registered 5.7.23 to replace the generic 5.7.1 that RFC 7208 had suggested. Permanent (550): retrying from the same IP fails again.',
        whenYouSeeIt:
          'At MAIL FROM or RCPT TO (SPF checks the envelope sender and the HELO name), sometimes after DATA. Microsoft 365: "5.7.23 ... rejected because of Sender Policy Framework violation". Others report the same failure without this code: GMX/WEB.DE "Reject due to SPF policy", Mimecast "SPF Sender Invalid - envelope rejected", Proofpoint Essentials "550 5.7.1 Message rejected per sender\'s SPF policy", and Gmail uses 5.7.26 for a "-all" hard fail. Gmail\'s "451 4.7.23" means something else: the sending IP "doesn\'t have a PTR record, or the PTR record\'s forward DNS entry doesn\'t match".',
        howToFix:
          'Add the sending IP or service to the SPF record of the MAIL FROM domain (ip4:, ip6: or the provider\'s include:), keep a single SPF TXT record and stay within the 10-DNS-lookup limit. If the mail was forwarded, the forwarder\'s IP is the one that failed: the forwarder should rewrite the envelope sender (SRS). Confirm with a test message that Authentication-Results shows spf=pass. For Gmail\'s 4.7.23, set a PTR for the sending IP whose name resolves back to that IP.',
      },
      ko: {
        title: 'SPF 검증 실패',
        description:
          '발신 IP에 대한 SPF 검사(RFC 7208) 결과가 "fail"입니다. 도메인의 SPF 레코드가 이 IP는 그 도메인으로 보낼 수 없다고 하고, 수신 측 정책은 그런 메일을 거부합니다. RFC 7372는 RFC 7208이 권했던 일반 코드 5.7.1을 대신하도록 5.7.23을 등록했습니다. 영구 오류(550)이므로 같은 IP에서 재시도하면 또 실패합니다.',
        whenYouSeeIt:
          'MAIL FROM이나 RCPT TO에서(SPF는 봉투 발신자와 HELO 이름을 검사합니다), 때로는 DATA 뒤에 나옵니다. Microsoft 365: "5.7.23 ... rejected because of Sender Policy Framework violation". 다른 곳은 같은 실패를 이 코드 없이 알립니다. GMX/WEB.DE "Reject due to SPF policy", Mimecast "SPF Sender Invalid - envelope rejected", Proofpoint Essentials "550 5.7.1 Message rejected per sender\'s SPF policy"이며, Gmail은 "-all" 하드 실패에 5.7.26을 씁니다. Gmail의 "451 4.7.23"은 다른 뜻입니다. 발신 IP가 "doesn\'t have a PTR record, or the PTR record\'s forward DNS entry doesn\'t match", 즉 PTR이 없거나 정방향으로 맞지 않는다는 뜻입니다.',
        howToFix:
          'MAIL FROM 도메인의 SPF 레코드에 발신 IP나 서비스를 추가하고(ip4:, ip6:, 또는 제공자의 include:), SPF TXT 레코드는 하나만 두며 DNS 조회 10회 제한을 지키세요. 전달된 메일이라면 실패한 것은 전달 서버의 IP이므로, 전달 서버가 봉투 발신자를 다시 써야 합니다(SRS). 테스트 메일의 Authentication-Results에 spf=pass가 나오는지 확인하세요. Gmail의 4.7.23이라면 발신 IP에 PTR을 설정하고, 그 이름이 다시 같은 IP로 풀리게 하세요.',
      },
    },
    sources: [rfc(7372), rfc(7208), ianaRegistry],
    confusedWith: ['X.7.24', 'X.7.26', 'X.7.25'],
  },
  {
    code: 'X.7.24',
    sampleText: 'SPF validation error',
    associatedBasicCodes: '451/550',
    texts: {
      en: {
        title: 'SPF validation error',
        description:
          'The receiver could not complete the SPF check (RFC 7208): a DNS error (temperror) or a broken SPF record (permerror). RFC 7372 registered it to replace 4.4.3 for the temporary case (retry later) and 5.5.2 for the permanent one; hence 451/550 in the registry.',
        whenYouSeeIt:
          'At MAIL FROM or RCPT TO. 451 4.7.24 usually follows a DNS timeout or SERVFAIL when looking up the sender domain\'s SPF record; 550 5.7.24 follows a record with a syntax error, more than one SPF record, or more than 10 DNS-querying terms (include, a, mx, ptr, exists, redirect). Gmail uses "451 4.7.24" and "550 5.7.24" for "SPF record of the sending domain has one or more suspicious entries", a record it refuses to trust.',
        howToFix:
          'For 4.7.24, make sure the domain\'s DNS servers answer reliably (query the TXT record from outside your network); the MTA will retry. For 5.7.24, validate the record: exactly one TXT record starting with "v=spf1", correct syntax, at most 10 lookups (remove or flatten nested includes), and no "ptr" mechanism, which RFC 7208 discourages. For Gmail\'s "suspicious entries", review the record and remove entries you do not use.',
      },
      ko: {
        title: 'SPF 검증 오류',
        description:
          '수신 측이 SPF 검사(RFC 7208)를 끝내지 못했습니다. DNS 오류(temperror)이거나 SPF 레코드가 잘못되었습니다(permerror). RFC 7372는 일시적인 경우(나중에 재시도)의 4.4.3과 영구적인 경우의 5.5.2를 대신하도록 이 코드를 등록했으며, 그래서 레지스트리에 451/550으로 되어 있습니다.',
        whenYouSeeIt:
          'MAIL FROM이나 RCPT TO에서 나옵니다. 451 4.7.24는 보통 발신 도메인의 SPF 레코드를 조회하다 DNS 시간 초과나 SERVFAIL이 났을 때이고, 550 5.7.24는 레코드에 문법 오류가 있거나, SPF 레코드가 둘 이상이거나, DNS를 조회하는 항목(include, a, mx, ptr, exists, redirect)이 10개를 넘을 때입니다. Gmail은 "SPF record of the sending domain has one or more suspicious entries", 즉 신뢰할 수 없는 레코드에 "451 4.7.24"와 "550 5.7.24"를 씁니다.',
        howToFix:
          '4.7.24라면 도메인의 DNS 서버가 안정적으로 응답하는지 확인하세요(네트워크 밖에서 TXT 레코드를 조회). MTA가 재시도합니다. 5.7.24라면 레코드를 검증하세요. "v=spf1"로 시작하는 TXT 레코드가 정확히 하나, 올바른 문법, 조회 10회 이하(중첩된 include를 빼거나 평탄화), 그리고 RFC 7208이 권하지 않는 "ptr" 메커니즘은 빼세요. Gmail의 "suspicious entries"라면 레코드를 검토해 쓰지 않는 항목을 지우세요.',
      },
    },
    sources: [rfc(7372), rfc(7208), ianaRegistry],
    confusedWith: ['X.7.23', 'X.4.3', 'X.5.2'],
  },
  {
    code: 'X.7.25',
    sampleText: 'Reverse DNS validation failed',
    associatedBasicCodes: '550',
    texts: {
      en: {
        title: 'Reverse DNS validation failed',
        description:
          'The connecting IP address failed the receiver\'s reverse DNS check: it has no PTR record, or the PTR name does not resolve back to the same IP (forward-confirmed reverse DNS). RFC 7372 registered it with 550. As 5.7.25 it is permanent until DNS is fixed; a 4xx form means the retry will work once the PTR is in place.',
        whenYouSeeIt:
          'Early in the session (at connect, HELO or MAIL FROM), typically for mail servers on new VPS or cloud IPs. Gmail: "550 5.7.25 ... doesn\'t have a PTR record"; for its softer rate limit on the same problem Gmail uses "451 4.7.23" or "421 4.7.0" instead. Microsoft 365: "5.7.25 ... must have a reverse DNS record" for IPv6 senders. Comcast says "421 Reverse DNS failure : Try again later" without an enhanced code. On the receiving side, Postfix\'s reject_unknown_client_hostname and reject_unknown_reverse_client_hostname make the same kind of test ("Client host rejected: cannot find your hostname").',
        howToFix:
          'Have a PTR record set for the sending IP by whoever owns the IP (your hosting or cloud provider, usually in its control panel; not in your domain\'s own zone), pointing to a name such as mail.example.com, and make that name\'s A or AAAA record point back to the same IP. Use the same name in HELO/EHLO (Postfix myhostname). For IPv6, every sending address needs its own PTR; if you cannot set one, send over IPv4.',
      },
      ko: {
        title: '역방향 DNS 검증 실패',
        description:
          '접속한 IP 주소가 수신 측의 역방향 DNS 검사에 실패했습니다. PTR 레코드가 없거나, PTR 이름이 다시 같은 IP로 풀리지 않습니다(정방향 확인 역방향 DNS, FCrDNS). RFC 7372가 550과 함께 등록했습니다. 5.7.25이면 DNS를 고칠 때까지 영구 오류이고, 4xx 형태라면 PTR을 설정한 뒤의 재시도는 성공합니다.',
        whenYouSeeIt:
          '세션 초반(접속, HELO, MAIL FROM)에 나오며, 새 VPS나 클라우드 IP의 메일 서버에서 흔합니다. Gmail: "550 5.7.25 ... doesn\'t have a PTR record". 같은 문제에 대한 가벼운 속도 제한에는 Gmail이 대신 "451 4.7.23"이나 "421 4.7.0"을 씁니다. Microsoft 365는 IPv6 발신자에게 "5.7.25 ... must have a reverse DNS record"라고 합니다. Comcast는 enhanced code 없이 "421 Reverse DNS failure : Try again later"라고 합니다. 수신 측에서는 Postfix의 reject_unknown_client_hostname과 reject_unknown_reverse_client_hostname이 같은 종류의 검사를 합니다("Client host rejected: cannot find your hostname").',
        howToFix:
          '발신 IP의 PTR 레코드는 IP를 소유한 곳(호스팅·클라우드 제공자, 보통 관리 콘솔)에서 설정하며, 자기 도메인의 DNS 영역에서는 설정할 수 없습니다. PTR이 mail.example.com 같은 이름을 가리키게 하고, 그 이름의 A 또는 AAAA 레코드가 다시 같은 IP를 가리키게 하세요. HELO/EHLO에도 같은 이름을 쓰세요(Postfix myhostname). IPv6은 발신 주소마다 PTR이 필요하며, 설정할 수 없다면 IPv4로 보내세요.',
      },
    },
    sources: [rfc(7372), ianaRegistry],
    confusedWith: ['X.7.23', 'X.7.1'],
  },
  {
    code: 'X.7.26',
    sampleText: 'Multiple authentication checks failed',
    associatedBasicCodes: '550',
    texts: {
      en: {
        title: 'Multiple authentication checks failed',
        description:
          'The message failed more than one authentication check (typically both SPF and DKIM), contrary to the receiver\'s policy; the reply does not say which ones. RFC 7372 registered it with 550. Gmail sends both forms: 5.7.26 is permanent (fix authentication before resending), 4.7.26 is a deferral that succeeds on retry once authentication passes.',
        whenYouSeeIt:
          'After DATA (DKIM needs the whole message). It is Gmail\'s main authentication code: "421 4.7.26 ... rate limited because it is unauthenticated", "550 5.7.26 This email has been blocked because the sender is unauthenticated" (neither SPF nor DKIM passed), "550 5.7.26 ... is not accepted due to domain\'s DMARC policy", and "451 4.7.26 ... temporary DNS failures prevent authentication". Gmail also uses 5.7.26 when only SPF fails under a "-all" policy ("has an SPF record with a hard fail policy (-all)"), which is broader than the registry meaning. Microsoft 365 uses 4.7.26 for IPv6 senders that pass neither SPF nor DKIM. Yahoo ("550 5.7.9") and iCloud ("554 5.7.1 [HME1]") reject the same case under other codes.',
        howToFix:
          'Make SPF or DKIM pass, and for DMARC make it align with the From domain: add the sending IP or service to the SPF record of the envelope domain, sign with DKIM under your own domain (d=), and publish a DMARC record (bulk senders to Gmail need SPF, DKIM and DMARC). Check the Authentication-Results header of a test message sent to Gmail. If only forwarded mail fails, the forwarder or list must rewrite From or add ARC. For the 4.7.26 DNS variant, make sure your SPF, DKIM and DMARC records resolve reliably; the retry will then succeed.',
      },
      ko: {
        title: '여러 인증 검사 실패',
        description:
          '메시지가 수신 측 정책에 어긋나게 둘 이상의 인증 검사(보통 SPF와 DKIM 모두)에 실패했으며, 응답은 어느 검사인지 밝히지 않습니다. RFC 7372가 550과 함께 등록했습니다. Gmail은 두 형태를 모두 씁니다. 5.7.26은 영구 오류(다시 보내기 전에 인증을 고치세요)이고, 4.7.26은 인증이 통과하면 재시도에서 성공하는 지연입니다.',
        whenYouSeeIt:
          'DATA 뒤에 나옵니다(DKIM은 메시지 전체가 필요합니다). Gmail의 대표적인 인증 코드입니다. "421 4.7.26 ... rate limited because it is unauthenticated", "550 5.7.26 This email has been blocked because the sender is unauthenticated"(SPF와 DKIM 모두 미통과), "550 5.7.26 ... is not accepted due to domain\'s DMARC policy", "451 4.7.26 ... temporary DNS failures prevent authentication". Gmail은 "-all" 정책에서 SPF만 실패한 경우에도 5.7.26을 쓰는데("has an SPF record with a hard fail policy (-all)"), 이는 레지스트리 의미보다 넓습니다. Microsoft 365는 SPF와 DKIM을 모두 통과하지 못한 IPv6 발신자에게 4.7.26을 씁니다. Yahoo("550 5.7.9")와 iCloud("554 5.7.1 [HME1]")는 같은 경우를 다른 코드로 거부합니다.',
        howToFix:
          'SPF나 DKIM이 통과하게 하고, DMARC를 위해 From 도메인과 정렬하세요. 봉투 도메인의 SPF 레코드에 발신 IP나 서비스를 추가하고, 자기 도메인(d=)으로 DKIM 서명하고, DMARC 레코드를 게시하세요(Gmail 대량 발신자는 SPF, DKIM, DMARC가 모두 필요합니다). Gmail로 보낸 테스트 메일의 Authentication-Results 헤더를 확인하세요. 전달된 메일만 실패한다면 전달 서버나 리스트가 From을 다시 쓰거나 ARC를 추가해야 합니다. DNS 문제인 4.7.26이라면 SPF, DKIM, DMARC 레코드가 안정적으로 조회되는지 확인하세요. 그러면 재시도가 성공합니다.',
      },
    },
    sources: [rfc(7372), rfc(7489), ianaRegistry],
    confusedWith: ['X.7.1', 'X.7.23', 'X.7.20'],
  },
  {
    code: 'X.7.27',
    sampleText: 'Sender address has null MX',
    associatedBasicCodes: '550',
    texts: {
      en: {
        title: 'Sender address has null MX',
        description:
          'The envelope sender\'s domain publishes a "null MX" (RFC 7505: a single MX record with preference 0 and host "."), declaring that it accepts no mail. The receiver rejects the message because it could not return a bounce. Registered with 550: permanent.',
        whenYouSeeIt:
          'At MAIL FROM, when the envelope sender (Return-Path) uses a send-only domain that has a null MX. Gmail uses the same number with a different meaning: "421 4.7.27" and "550 5.7.27" with "SPF authentication didn\'t pass" or "didn\'t pass SPF authentication" enforce its bulk-sender rule that SPF must pass, and have nothing to do with null MX. The text tells you which one you have.',
        howToFix:
          'For a null MX rejection: send with an envelope sender domain that accepts mail (at least bounces), or replace the null MX with real MX records. For Gmail\'s 4.7.27/5.7.27: publish or fix the SPF record of the envelope sender domain so that SPF passes for every IP you send from.',
      },
      ko: {
        title: '발신자 주소에 null MX가 있음',
        description:
          '봉투 발신자의 도메인이 "null MX"(RFC 7505: 우선순위 0, 호스트 "."인 MX 레코드 하나)를 게시해 메일을 받지 않는다고 선언했습니다. 수신 측은 반송 메일을 돌려보낼 수 없으므로 메시지를 거부합니다. 550과 함께 등록된 영구 오류입니다.',
        whenYouSeeIt:
          '봉투 발신자(Return-Path)가 null MX를 둔 발신 전용 도메인일 때 MAIL FROM에서 나옵니다. Gmail은 같은 번호를 다른 뜻으로 씁니다. "SPF authentication didn\'t pass" 또는 "didn\'t pass SPF authentication"이 붙은 "421 4.7.27"과 "550 5.7.27"은 SPF가 통과해야 한다는 대량 발신자 규칙이며 null MX와는 관계없습니다. 텍스트를 보면 어느 쪽인지 알 수 있습니다.',
        howToFix:
          'null MX 거부라면 메일을 받을 수 있는(최소한 반송 메일은 받는) 봉투 발신자 도메인으로 보내거나, null MX를 실제 MX 레코드로 바꾸세요. Gmail의 4.7.27/5.7.27이라면 봉투 발신자 도메인의 SPF 레코드를 게시하거나 고쳐서 발송하는 모든 IP에 대해 SPF가 통과하게 하세요.',
      },
    },
    sources: [rfc(7505), ianaRegistry],
    confusedWith: ['X.1.10', 'X.1.8', 'X.7.23'],
  },
  {
    code: 'X.7.28',
    sampleText: 'Mail flood detected',
    associatedBasicCodes: '.',
    texts: {
      en: {
        title: 'Mail flood detected',
        description:
          'The message appears to be part of a flood of similar abusive messages. It was registered from an Internet-Draft (draft-levine-mailbomb-header), not an RFC, and the registry gives no usual basic code. As 4.7.28 it is a rate limit: slow down and let the retry happen. As 5.7.28 it is a block: do not retry unchanged.',
        whenYouSeeIt:
          'Gmail uses it widely, close to the registry meaning: "421 4.7.28 Gmail has detected an unusual rate of ..." with variants naming your IP address, IP netblock, DKIM domain, SPF domain or a URL domain in the messages; "421 4.7.28 ... unusual amount of unsolicited email originating from your IP address ... temporarily blocked"; "421 4.7.28 ... same Message-ID" when many messages share one Message-ID; and the permanent "550 5.7.28 There is an unusual rate of unsolicited email originating from your IP address". Older Gmail replies gave the same verdict as 421 4.7.0 or 550 5.7.1 "Our system has detected an unusual rate of unsolicited mail".',
        howToFix:
          'For 4.7.28, slow down: lower the sending rate and the number of connections to Gmail and let the queue retry; hammering makes it worse. Check the identity named in the text in Google Postmaster Tools (spam rate, IP and domain reputation), remove unengaged or unconsented addresses, and make unsubscribing easy. Give every message its own Message-ID. After a 5.7.28 block, pause sending from that IP to Gmail, fix the list and complaint problems, then resume slowly.',
      },
      ko: {
        title: '메일 폭주 감지',
        description:
          '메시지가 비슷한 악성 메시지가 한꺼번에 몰려드는 폭주의 일부로 보입니다. RFC가 아니라 인터넷 드래프트(draft-levine-mailbomb-header)를 근거로 등록되었고, 레지스트리에 일반적인 기본 코드는 없습니다. 4.7.28은 속도 제한이므로 발송 속도를 늦추고 재시도하게 두세요. 5.7.28은 차단이므로 그대로 재시도하지 마세요.',
        whenYouSeeIt:
          'Gmail이 레지스트리 의미에 가깝게 널리 씁니다. "421 4.7.28 Gmail has detected an unusual rate of ..."(변형에 따라 IP 주소, IP 대역, DKIM 도메인, SPF 도메인, 메시지 속 URL 도메인을 지목), "421 4.7.28 ... unusual amount of unsolicited email originating from your IP address ... temporarily blocked", 여러 메시지가 같은 Message-ID를 쓸 때의 "421 4.7.28 ... same Message-ID", 그리고 영구 차단인 "550 5.7.28 There is an unusual rate of unsolicited email originating from your IP address"입니다. 예전 Gmail 응답은 같은 판정을 421 4.7.0 또는 550 5.7.1 "Our system has detected an unusual rate of unsolicited mail"로 알렸습니다.',
        howToFix:
          '4.7.28이라면 속도를 줄이세요. Gmail로 가는 발송 속도와 연결 수를 낮추고 큐가 재시도하게 두세요. 계속 밀어붙이면 더 나빠집니다. 텍스트가 지목한 대상을 Google Postmaster Tools에서 확인하고(스팸 비율, IP·도메인 평판), 반응 없는 주소나 동의받지 않은 주소를 목록에서 빼고, 구독 해지를 쉽게 하세요. 메시지마다 고유한 Message-ID를 붙이세요. 5.7.28 차단 뒤에는 그 IP에서 Gmail로의 발송을 멈추고, 목록과 불만 신고 문제를 고친 다음 천천히 다시 시작하세요.',
      },
    },
    sources: [
      { label: 'draft-levine-mailbomb-header', url: 'https://datatracker.ietf.org/doc/draft-levine-mailbomb-header/' },
      ianaRegistry,
    ],
    confusedWith: ['X.7.1', 'X.4.5'],
  },
  {
    code: 'X.7.29',
    sampleText: 'ARC validation failure',
    associatedBasicCodes: '550',
    texts: {
      en: {
        title: 'ARC validation failure',
        description:
          'The message failed ARC validation (Authenticated Received Chain, RFC 8617): the chain of ARC header sets that forwarders and mailing lists add to vouch for earlier authentication results is broken or does not verify. Registered with 550: permanent. RFC 8617 is an Experimental RFC.',
        whenYouSeeIt:
          'In the registry\'s sense: a message relayed through a forwarder or list whose ARC-Seal or ARC-Message-Signature does not verify. Much more often you meet Gmail\'s unrelated use of the number: "421 4.7.29" and "550 5.7.29" with "not using a TLS connection" or "wasn\'t sent over a TLS connection" enforce its bulk-sender rule that mail must arrive over TLS.',
        howToFix:
          'For Gmail\'s 4.7.29/5.7.29: enable STARTTLS on your sending MTA (Postfix: smtp_tls_security_level = may or stricter) and check in its log that the TLS handshake with Gmail succeeds. For a real ARC failure: if you run the forwarder or list, make it seal with a published key and change nothing after sealing; if you sent the original, make your own SPF/DKIM pass and align so the receiver does not depend on ARC.',
      },
      ko: {
        title: 'ARC 검증 실패',
        description:
          '메시지가 ARC(Authenticated Received Chain, RFC 8617) 검증에 실패했습니다. 전달 서버와 메일링 리스트가 앞선 인증 결과를 보증하려고 붙이는 ARC 헤더 묶음의 사슬이 끊겼거나 검증되지 않습니다. 550과 함께 등록된 영구 오류입니다. RFC 8617은 실험적(Experimental) RFC입니다.',
        whenYouSeeIt:
          '레지스트리 의미로는 ARC-Seal이나 ARC-Message-Signature가 검증되지 않는, 전달 서버나 리스트를 거친 메시지입니다. 훨씬 자주 보는 것은 이와 무관한 Gmail의 용법입니다. "not using a TLS connection" 또는 "wasn\'t sent over a TLS connection"이 붙은 "421 4.7.29"와 "550 5.7.29"는 메일이 TLS로 도착해야 한다는 대량 발신자 규칙입니다.',
        howToFix:
          'Gmail의 4.7.29/5.7.29라면 발신 MTA에서 STARTTLS를 켜고(Postfix: smtp_tls_security_level = may 이상) Gmail과의 TLS 핸드셰이크가 성공하는지 로그에서 확인하세요. 실제 ARC 실패라면, 전달 서버나 리스트를 운영하는 경우 게시된 키로 봉인하고 봉인 뒤에는 아무것도 바꾸지 않게 하세요. 원본을 보낸 쪽이라면 자기 SPF/DKIM이 통과하고 정렬되게 해서 수신 측이 ARC에 의존하지 않게 하세요.',
      },
    },
    sources: [rfc(8617), ianaRegistry],
    confusedWith: ['X.7.26', 'X.7.30'],
  },
  {
    code: 'X.7.30',
    sampleText: 'REQUIRETLS support required',
    associatedBasicCodes: '550',
    texts: {
      en: {
        title: 'REQUIRETLS support required',
        description:
          'The message was sent with the REQUIRETLS option (RFC 8689), which demands TLS with a validated certificate on every hop, and it could not be forwarded because none of the next-hop servers support REQUIRETLS. Registered with 550: permanent; the message bounces rather than travel without the protection it asked for.',
        whenYouSeeIt:
          'Only for messages sent with MAIL FROM ... REQUIRETLS, at a relay whose next hop does not advertise REQUIRETLS in its EHLO reply. Gmail uses the same number for something else: "421 4.7.30" and "550 5.7.30" with "DKIM authentication didn\'t pass" or "didn\'t pass DKIM authentication" enforce its bulk-sender rule that DKIM must pass.',
        howToFix:
          'Decide whether the message may travel without REQUIRETLS: if so, resend without the option; if not, find a route to the recipient whose servers support it. For Gmail\'s 4.7.30/5.7.30: sign your mail with DKIM, publish the public key at <selector>._domainkey.<your domain>, and check that Authentication-Results shows dkim=pass.',
      },
      ko: {
        title: 'REQUIRETLS 지원 필요',
        description:
          '메시지가 모든 구간에서 인증서가 검증된 TLS를 요구하는 REQUIRETLS 옵션(RFC 8689)으로 보내졌는데, 다음 구간 서버 중 REQUIRETLS를 지원하는 곳이 없어 전달할 수 없었습니다. 550과 함께 등록된 영구 오류입니다. 메시지는 요청한 보호 없이 전송되는 대신 반송됩니다.',
        whenYouSeeIt:
          'MAIL FROM ... REQUIRETLS로 보낸 메시지에서만, 다음 구간 서버가 EHLO 응답에 REQUIRETLS를 광고하지 않는 릴레이에서 나옵니다. Gmail은 같은 번호를 다른 뜻으로 씁니다. "DKIM authentication didn\'t pass" 또는 "didn\'t pass DKIM authentication"이 붙은 "421 4.7.30"과 "550 5.7.30"은 DKIM이 통과해야 한다는 대량 발신자 규칙입니다.',
        howToFix:
          '메시지가 REQUIRETLS 없이 전송되어도 되는지 판단하세요. 된다면 옵션을 빼고 다시 보내고, 안 된다면 REQUIRETLS를 지원하는 서버를 거치는 경로를 찾으세요. Gmail의 4.7.30/5.7.30이라면 메일에 DKIM 서명을 하고, 공개 키를 <selector>._domainkey.<your domain>에 게시한 뒤 Authentication-Results에 dkim=pass가 나오는지 확인하세요.',
      },
    },
    sources: [rfc(8689), ianaRegistry],
    confusedWith: ['X.7.29', 'X.7.10'],
  },
];
