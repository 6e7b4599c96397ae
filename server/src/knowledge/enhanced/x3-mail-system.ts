import type { EnhancedDetailEntry } from '../types';
import { ianaRegistry, rfc } from '../sources';

/** Subject 3, Mail System Status (RFC 3463 §3.4, RFC 7504, RFC 6710): registry rows X.3.0 to X.3.6. */
export const mailSystemCodes: readonly EnhancedDetailEntry[] = [
  {
    code: 'X.3.0',
    sampleText: 'Other or undefined mail system status',
    associatedBasicCodes: '221, 250, 421, 451, 550, 554',
    texts: {
      en: {
        title: 'Other or undefined mail system status',
        description:
          'The destination system normally accepts mail, but something about the system itself (not the address or the mailbox) caused this status, with no detail given. 4.3.0 is a temporary server-side problem that usually clears on retry; 5.3.0 is a permanent one that needs that system\'s admin. The 2.3.0 form appears on some success replies.',
        whenYouSeeIt:
          'Postfix answers "451 4.3.0 Error: queue file write error" when it cannot write the message to its queue (a full disk, queue permission problems, a failing before-queue filter) and "451 4.3.0 <bob@example.com>: Temporary lookup failure" when a lookup table (MySQL, LDAP, a missing map file) does not answer. Gmail sends "Temporary System Problem" with 4.3.0 (421 or 451), and its SMTP relay "451 4.3.0 Multiple destination domains per transaction is unsupported".',
        howToFix:
          'As sender, let the queue retry a 4.3.0 and contact the receiving postmaster only if it lasts hours; for the Gmail relay message, send one destination domain per transaction. As the server admin, read the log lines next to the reply: for "queue file write error" check free disk space (df -h), the queue (postfix check) and any content filter or milter; for "Temporary lookup failure" check that every map named in main.cf exists (postmap) and that the SQL or LDAP server is reachable.',
      },
      ko: {
        title: '기타 또는 정의되지 않은 메일 시스템 상태',
        description:
          '수신 시스템은 평소에 메일을 받지만, 주소나 메일함이 아닌 시스템 자체의 무언가 때문에 이 상태가 나왔고 자세한 내용은 없습니다. 4.3.0은 서버 쪽의 일시적인 문제로 재시도하면 대개 해결되고, 5.3.0은 해당 시스템 관리자가 손봐야 하는 영구적인 문제입니다. 2.3.0 형태는 일부 성공 응답에 나옵니다.',
        whenYouSeeIt:
          'Postfix는 메시지를 큐에 쓰지 못할 때(디스크 가득 참, 큐 권한 문제, 큐 이전 필터 실패) "451 4.3.0 Error: queue file write error"로, 조회 테이블(MySQL, LDAP, 없는 맵 파일)이 응답하지 않을 때 "451 4.3.0 <bob@example.com>: Temporary lookup failure"로 답합니다. Gmail은 "Temporary System Problem"을 4.3.0(421 또는 451)과 함께 보내고, Gmail SMTP 릴레이는 "451 4.3.0 Multiple destination domains per transaction is unsupported"를 보냅니다.',
        howToFix:
          '발신자라면 4.3.0은 큐가 재시도하도록 두고, 몇 시간씩 계속될 때만 수신 측 postmaster에게 연락하세요. Gmail 릴레이 메시지라면 트랜잭션 하나에 목적지 도메인 하나만 보내세요. 서버 관리자라면 응답 옆의 로그를 읽으세요: "queue file write error"이면 디스크 여유 공간(df -h), 큐 상태(postfix check), 콘텐츠 필터나 milter를 확인하고, "Temporary lookup failure"이면 main.cf에 적힌 모든 맵이 존재하는지(postmap)와 SQL이나 LDAP 서버에 접속되는지 확인하세요.',
      },
    },
    sources: [rfc(3463, '3.4'), ianaRegistry],
    confusedWith: ['X.0.0', 'X.3.5'],
  },
  {
    code: 'X.3.1',
    sampleText: 'Mail system full',
    associatedBasicCodes: '452',
    texts: {
      en: {
        title: 'Mail system full',
        description:
          'The receiving system as a whole is out of storage (disk or queue space), not just one mailbox. RFC 3463 calls it useful only as a persistent transient error: 4.3.1 with 452 means try later, and the sender keeps the message queued. The recipient cannot fix it by deleting mail; the system\'s admin has to.',
        whenYouSeeIt:
          'In reply to MAIL FROM (for instance when the SIZE parameter shows the message will not fit, RFC 1870 §6.1), or at RCPT TO or DATA. Postfix says "452 4.3.1 Insufficient system storage" when free space in the queue file system drops below queue_minfree or below 1.5 times message_size_limit. Zoho answers "452 4.3.1 Temporary System Error".',
        howToFix:
          'As sender, wait: your server retries on its own. As the receiving admin, free disk space on the file systems of the queue and the mail store (df -h; old logs, core files and stuck deferred mail are the usual suspects) or move them to a bigger volume. Then check queue_minfree and message_size_limit so that the free-space check does not refuse all mail.',
      },
      ko: {
        title: '메일 시스템 가득 참',
        description:
          '메일함 하나가 아니라 수신 시스템 전체의 저장 공간(디스크나 큐 공간)이 부족합니다. RFC 3463은 지속적인 일시 오류로만 의미가 있다고 하므로, 452와 함께 오는 4.3.1은 나중에 다시 시도하라는 뜻이며 발신 측은 메시지를 큐에 보관합니다. 수신자가 메일을 지운다고 해결되지 않으며, 시스템 관리자가 조치해야 합니다.',
        whenYouSeeIt:
          'MAIL FROM에 대한 응답으로(예: SIZE 파라미터로 보아 메시지가 들어갈 공간이 없을 때, RFC 1870 §6.1), 또는 RCPT TO나 DATA에서 봅니다. Postfix는 큐 파일 시스템의 여유 공간이 queue_minfree보다, 또는 message_size_limit의 1.5배보다 적어지면 "452 4.3.1 Insufficient system storage"로 답합니다. Zoho는 "452 4.3.1 Temporary System Error"로 답합니다.',
        howToFix:
          '발신자라면 기다리세요. 발신 서버가 알아서 재시도합니다. 수신 측 관리자라면 큐와 메일 저장소가 있는 파일 시스템의 공간을 비우거나(df -h로 확인하고, 오래된 로그, core 파일, 쌓인 지연 메일이 흔한 원인입니다) 더 큰 볼륨으로 옮기세요. 그런 다음 여유 공간 검사가 모든 메일을 거부하지 않도록 queue_minfree와 message_size_limit 값을 확인하세요.',
      },
    },
    sources: [rfc(3463, '3.4'), ianaRegistry],
    confusedWith: ['X.2.2', 'X.4.5'],
  },
  {
    code: 'X.3.2',
    sampleText: 'System not accepting network messages',
    associatedBasicCodes: '453, 521',
    texts: {
      en: {
        title: 'System not accepting network messages',
        description:
          'The host will not take messages, for now or at all; RFC 3463 names imminent shutdown, excessive load and maintenance as examples. 4.3.2 is temporary and the sender retries later. 5.3.2 with 521 (RFC 7504) means the host does not accept mail at all, typically a machine deliberately running no mail service, and is a permanent refusal.',
        whenYouSeeIt:
          'Often in the greeting or in a reply that closes the session. Postfix postscreen: "421 4.3.2 All server ports are busy" when every smtpd process is in use; Sendmail: "421 4.3.2 Connection rate limit exceeded." or "421 4.3.2 Too many open connections." from its connection controls. A "521 5.3.2" greeting comes from hosts set up to refuse all mail (RFC 7504).',
        howToFix:
          'For 4.3.2, let the queue retry; if you open many parallel connections to that host, lower the concurrency (Postfix default_destination_concurrency_limit, or a limit for a dedicated transport). For 521 5.3.2, the host is not meant to receive mail: check the recipient domain\'s MX records, which may point at the wrong machine. If it is your server, raise process and connection limits (Postfix default_process_limit) or finish the maintenance.',
      },
      ko: {
        title: '시스템이 네트워크 메시지를 받지 않음',
        description:
          '호스트가 지금은, 또는 아예 메시지를 받지 않습니다. RFC 3463은 곧 있을 종료, 과부하, 유지 보수를 예로 듭니다. 4.3.2는 일시적이며 발신 측이 나중에 재시도합니다. 521과 함께 오는 5.3.2(RFC 7504)는 호스트가 메일을 전혀 받지 않는다는 뜻으로, 대개 일부러 메일 서비스를 두지 않은 서버이며 영구적인 거부입니다.',
        whenYouSeeIt:
          '접속 인사(greeting)나 세션을 닫는 응답에서 자주 봅니다. Postfix postscreen: 모든 smtpd 프로세스가 사용 중일 때 "421 4.3.2 All server ports are busy", Sendmail은 접속 제어에 걸리면 "421 4.3.2 Connection rate limit exceeded." 또는 "421 4.3.2 Too many open connections."로 답합니다. "521 5.3.2" 인사는 모든 메일을 거부하도록 설정한 호스트에서 옵니다(RFC 7504).',
        howToFix:
          '4.3.2면 큐가 재시도하도록 두세요. 그 호스트로 병렬 연결을 많이 연다면 동시 연결 수를 줄이세요(Postfix default_destination_concurrency_limit 또는 전용 transport의 제한). 521 5.3.2면 그 호스트는 메일을 받는 용도가 아닙니다: 수신자 도메인의 MX 레코드가 잘못된 서버를 가리키고 있을 수 있으니 확인하세요. 자신의 서버라면 프로세스와 연결 제한을 늘리거나(Postfix default_process_limit) 유지 보수를 마무리하세요.',
      },
    },
    sources: [rfc(3463, '3.4'), rfc(7504, '3'), ianaRegistry],
    confusedWith: ['X.4.5', 'X.1.10'],
  },
  {
    code: 'X.3.3',
    sampleText: 'System not capable of selected features',
    associatedBasicCodes: 'Not given',
    texts: {
      en: {
        title: 'System not capable of selected features',
        description:
          'The destination system, often a gateway to another kind of mail network, cannot provide a feature requested for the message and cannot map it to something it supports. It is usually permanent (5.3.3): the message has to be sent without that feature or along another route. A 4.3.3 would mean the feature is unavailable only for now.',
        whenYouSeeIt:
          'Rarely. It can appear when an envelope option or service extension the sender asked for cannot be carried past a gateway or relay, for example a delivery option the next hop does not support. The text should name the feature.',
        howToFix:
          'Read the text for the feature it names, then resend without that option or through a path that supports it. If you run the gateway, check whether the feature can be enabled or safely dropped in its configuration.',
      },
      ko: {
        title: '선택한 기능을 지원하지 않는 시스템',
        description:
          '수신 시스템(대개 다른 종류의 메일 네트워크로 이어지는 게이트웨이)이 메시지에 요청된 기능을 제공할 수 없고, 자신이 지원하는 기능으로 바꿀 수도 없습니다. 보통 영구 실패(5.3.3)이므로, 그 기능 없이 보내거나 다른 경로로 보내야 합니다. 4.3.3이라면 그 기능을 당분간만 쓸 수 없다는 뜻입니다.',
        whenYouSeeIt:
          '드뭅니다. 발신자가 요청한 봉투 옵션이나 서비스 확장을 게이트웨이나 중계 서버가 넘겨줄 수 없을 때 나올 수 있습니다. 예를 들어 다음 구간이 지원하지 않는 배달 옵션입니다. 문구에 해당 기능이 적혀 있어야 합니다.',
        howToFix:
          '문구에서 어떤 기능인지 확인한 뒤, 그 옵션 없이 다시 보내거나 그 기능을 지원하는 경로로 보내세요. 게이트웨이를 운영한다면 설정에서 그 기능을 켜거나 안전하게 무시할 수 있는지 확인하세요.',
      },
    },
    sources: [rfc(3463, '3.4'), ianaRegistry],
    confusedWith: ['X.6.3', 'X.7.4'],
  },
  {
    code: 'X.3.4',
    sampleText: 'Message too big for system',
    associatedBasicCodes: '552, 554',
    texts: {
      en: {
        title: 'Message too big for system',
        description:
          'The message is larger than the server\'s per-message size limit, whether that limit is technical or simply an administrator\'s setting. RFC 3463 calls it useful only as a permanent failure: resending the same message fails again, so it must be made smaller. For a limit of one mailbox only, X.2.3 is meant.',
        whenYouSeeIt:
          'In reply to MAIL FROM when the client declared a SIZE= above the limit (RFC 1870 §6.1), or after DATA when the actual message is too big. Postfix: "552 5.3.4 Message size exceeds fixed limit" at MAIL FROM and "552 5.3.4 Error: message file too big" after DATA (message_size_limit, 10240000 bytes by default); Gmail: "552 5.3.4 ... exceeded Google\'s message size limits" (also for header size and attachment count). Base64 encoding makes attachments about a third larger than the files on disk.',
        howToFix:
          'Shrink the message: compress or resize attachments, or share big files by link; count on the encoded size, not the file size. Ask the recipient about their limit. If you run the receiving server, raise the limit: Postfix message_size_limit (mailbox_size_limit must not be smaller), Exim message_size_limit. Every hop has its own limit, including your own outbound relay.',
      },
      ko: {
        title: '시스템에 비해 너무 큰 메시지',
        description:
          '메시지가 서버의 메시지당 크기 제한보다 큽니다. 제한은 기술적인 것일 수도, 단순히 관리자 설정일 수도 있습니다. RFC 3463은 영구 실패로만 의미가 있다고 하므로, 같은 메시지를 다시 보내면 또 실패하며 크기를 줄여야 합니다. 메일함 하나에만 걸린 제한이라면 X.2.3이 맞는 코드입니다.',
        whenYouSeeIt:
          '클라이언트가 제한보다 큰 SIZE=를 알렸을 때 MAIL FROM에 대한 응답으로(RFC 1870 §6.1), 또는 실제 메시지가 너무 클 때 DATA 뒤에 봅니다. Postfix: MAIL FROM에서 "552 5.3.4 Message size exceeds fixed limit", DATA 뒤에 "552 5.3.4 Error: message file too big"(message_size_limit, 기본값 10240000바이트), Gmail: "552 5.3.4 ... exceeded Google\'s message size limits"(헤더 크기와 첨부 파일 개수 제한도 같은 코드). Base64 인코딩 때문에 첨부 파일은 디스크의 파일보다 약 3분의 1 커집니다.',
        howToFix:
          '메시지를 줄이세요: 첨부 파일을 압축하거나 크기를 줄이고, 큰 파일은 링크로 공유하세요. 파일 크기가 아니라 인코딩된 크기로 계산해야 합니다. 수신자에게 제한을 물어보세요. 수신 서버를 운영한다면 제한을 늘리세요: Postfix message_size_limit(mailbox_size_limit가 이보다 작으면 안 됩니다), Exim message_size_limit. 자신의 발신 릴레이를 포함해 모든 구간에 각자의 제한이 있습니다.',
      },
    },
    sources: [rfc(3463, '3.4'), ianaRegistry],
    confusedWith: ['X.2.3', 'X.2.2'],
  },
  {
    code: 'X.3.5',
    sampleText: 'System incorrectly configured',
    associatedBasicCodes: 'Not given',
    texts: {
      en: {
        title: 'System incorrectly configured',
        description:
          'The receiving system is configured in a way that keeps it from accepting this message: the fault is in the server\'s setup, not in the message or the address. Postfix uses 4.3.5 so that mail stays queued at the sender while the admin fixes the configuration; a 5.3.5 would make the sender give up.',
        whenYouSeeIt:
          'Postfix answers "451 4.3.5 Server configuration error" (or "Server configuration problem") when a restriction, lookup table or parameter in main.cf is wrong or missing, and logs the real cause as a "warning:" line just before. Other MTAs use the code for similar setup errors of their own.',
        howToFix:
          'As sender, wait: a 4.3.5 is retried, but tell the receiving postmaster if it lasts. As the server admin, search the mail log for "warning:" or "fatal:" lines just before the reject (an unknown restriction name, a hashed map that needs postmap, a typo in smtpd_recipient_restrictions), fix it, then run "postfix check" and "postfix reload".',
      },
      ko: {
        title: '시스템이 잘못 설정됨',
        description:
          '수신 시스템의 설정 때문에 이 메시지를 받을 수 없습니다: 잘못은 메시지나 주소가 아니라 서버 설정에 있습니다. Postfix는 관리자가 설정을 고치는 동안 메일이 발신 측 큐에 남아 있도록 4.3.5를 씁니다. 5.3.5라면 발신 측이 포기하게 됩니다.',
        whenYouSeeIt:
          'Postfix는 main.cf의 제한(restriction), 조회 테이블, 파라미터가 잘못되었거나 빠져 있을 때 "451 4.3.5 Server configuration error"(또는 "Server configuration problem")로 답하고, 실제 원인은 바로 앞의 "warning:" 줄에 기록합니다. 다른 MTA도 자기 설정 오류에 이 코드를 비슷하게 씁니다.',
        howToFix:
          '발신자라면 기다리세요. 4.3.5는 재시도되지만, 오래 계속되면 수신 측 postmaster에게 알리세요. 서버 관리자라면 거부 직전의 메일 로그에서 "warning:"이나 "fatal:" 줄을 찾아(알 수 없는 restriction 이름, postmap이 필요한 해시 맵, smtpd_recipient_restrictions의 오타 등) 고친 뒤 "postfix check"와 "postfix reload"를 실행하세요.',
      },
    },
    sources: [rfc(3463, '3.4'), ianaRegistry],
    confusedWith: ['X.3.0', 'X.4.6'],
  },
  {
    code: 'X.3.6',
    sampleText: 'Requested priority was changed',
    associatedBasicCodes: '250 or 251',
    texts: {
      en: {
        title: 'Requested priority was changed',
        description:
          'A success code of the MT-PRIORITY extension (RFC 6710): the message was accepted for relay or delivery, but not with the priority the sender asked for (or the implied default). The text after the code gives the new priority, a space, then an explanation. Nothing failed; it is informational.',
        whenYouSeeIt:
          'Only when a client sends the MT-PRIORITY parameter on MAIL FROM to a server that advertises MT-PRIORITY, mostly in closed environments such as military or emergency messaging systems; for example, when the sender may not use the priority it requested and the server lowers it. Ordinary Internet mail does not show it.',
        howToFix:
          'Nothing to fix: the message was accepted. If the priority matters, check which priority levels your account or host may use under the server\'s MT-PRIORITY policy.',
      },
      ko: {
        title: '요청한 우선순위가 변경됨',
        description:
          'MT-PRIORITY 확장(RFC 6710)의 성공 코드입니다: 메시지는 중계나 배달을 위해 수락되었지만, 발신자가 요청한 우선순위(또는 암묵적인 기본값)대로는 아닙니다. 코드 뒤 문구에 새 우선순위, 공백, 설명이 차례로 옵니다. 실패한 것은 없으며 참고용 정보입니다.',
        whenYouSeeIt:
          '클라이언트가 MT-PRIORITY를 알리는 서버에 MAIL FROM의 MT-PRIORITY 파라미터를 보낼 때만 나오며, 주로 군이나 재난 대응 메시징 시스템 같은 폐쇄 환경에서 쓰입니다. 예를 들어 발신자가 요청한 우선순위를 쓸 권한이 없어 서버가 낮춘 경우입니다. 일반 인터넷 메일에서는 볼 일이 없습니다.',
        howToFix:
          '고칠 것은 없습니다: 메시지는 수락되었습니다. 우선순위가 중요하다면 서버의 MT-PRIORITY 정책에서 자신의 계정이나 호스트가 쓸 수 있는 우선순위 수준을 확인하세요.',
      },
    },
    sources: [rfc(6710), ianaRegistry],
    confusedWith: ['X.7.15'],
  },
];
