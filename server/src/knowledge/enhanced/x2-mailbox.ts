import type { EnhancedDetailEntry } from '../types';
import { ianaRegistry, rfc } from '../sources';

/** Subject 2, Mailbox Status (RFC 3463 §3.3): registry rows X.2.0 to X.2.4. */
export const mailboxCodes: readonly EnhancedDetailEntry[] = [
  {
    code: 'X.2.0',
    sampleText: 'Other or undefined mailbox status',
    associatedBasicCodes: 'Not given',
    texts: {
      en: {
        title: 'Other or undefined mailbox status',
        description:
          'The mailbox exists, but something about it caused this status, and the code gives no detail. 4.2.0 is a temporary mailbox problem and the message is retried; 5.2.0 is a permanent one and the message bounces.',
        whenYouSeeIt:
          'Typically in deferrals and bounces written by the final delivery step, when the server could not store the message in the mailbox: a local delivery agent or LMTP server (such as Dovecot or Cyrus) failing on file permissions, a lock or a storage error, or a mailbox that is being migrated or repaired. The text after the code names the actual error.',
        howToFix:
          'Read the text after the code; it usually names the real cause (permission denied, lock timeout, mailbox locked, I/O error). As the recipient\'s admin, check the delivery agent\'s log (Postfix local or virtual, Dovecot LMTP or LDA), the ownership of the mail files and the free space of the mail store. As sender, let the queue retry a 4.2.0; after a 5.2.0 reach the recipient another way.',
      },
      ko: {
        title: '기타 또는 정의되지 않은 메일함 상태',
        description:
          '메일함은 존재하지만 그 메일함의 무언가 때문에 이 상태가 나왔고, 코드는 자세한 내용을 알려 주지 않습니다. 4.2.0은 일시적인 메일함 문제로 메시지가 재시도되고, 5.2.0은 영구적인 문제로 메시지가 반송됩니다.',
        whenYouSeeIt:
          '대개 서버가 메시지를 메일함에 저장하지 못했을 때 최종 배달 단계가 만든 지연 알림이나 반송 메일에서 봅니다. 로컬 배달 에이전트나 LMTP 서버(Dovecot, Cyrus 등)가 파일 권한, 잠금, 저장소 오류로 실패했거나, 메일함을 이전하거나 복구하는 중인 경우입니다. 코드 뒤의 문구에 실제 오류가 적혀 있습니다.',
        howToFix:
          '코드 뒤의 문구를 읽으세요. 대개 실제 원인(permission denied, lock timeout, mailbox locked, I/O error)이 적혀 있습니다. 수신 측 관리자라면 배달 에이전트의 로그(Postfix local 또는 virtual, Dovecot LMTP 또는 LDA), 메일 파일의 소유권, 메일 저장소의 여유 공간을 확인하세요. 발신자라면 4.2.0은 큐가 재시도하도록 두고, 5.2.0이면 다른 방법으로 수신자에게 연락하세요.',
      },
    },
    sources: [rfc(3463, '3.3'), ianaRegistry],
    confusedWith: ['X.2.1', 'X.3.0'],
  },
  {
    code: 'X.2.1',
    sampleText: 'Mailbox disabled, not accepting messages',
    associatedBasicCodes: 'Not given',
    texts: {
      en: {
        title: 'Mailbox disabled, not accepting messages',
        description:
          'The mailbox exists but does not accept mail, for now or for good. RFC 3463 allows both classes: 5.2.1 when the mailbox is disabled permanently (a closed, suspended or inactive account), 4.2.1 when it is blocked only for a while. Gmail also uses this code for a recipient that receives mail faster than it allows.',
        whenYouSeeIt:
          'At RCPT TO or after DATA. Gmail: "550 5.2.1 The email account that you tried to reach is inactive"; for its per-recipient rate limit "450 4.2.1 ... receiving email too quickly" (retry later) and "550 5.2.1 ... at a rate that prevents additional messages from being delivered" (this message has failed). Google Workspace\'s SMTP relay sends "450 4.2.1 Peak SMTP relay limit exceeded" when a customer sends too fast. Other providers report disabled mailboxes without this code, e.g. Yahoo "554 This mailbox is disabled (554.30)".',
        howToFix:
          'For 5.2.1 on an inactive or disabled account, remove the address from your lists and reach the person another way; do not keep retrying. For 4.2.1, let the queue retry and spread messages to that recipient over time (no bursts of alerts or notifications to one inbox). If it is a mailbox you manage, re-enable it in the account or directory settings.',
      },
      ko: {
        title: '메일함 비활성화, 메시지를 받지 않음',
        description:
          '메일함은 존재하지만, 당분간 또는 영구적으로 메일을 받지 않습니다. RFC 3463은 두 클래스를 모두 허용합니다: 메일함이 영구적으로 비활성화된 경우(폐쇄, 정지, 휴면 계정) 5.2.1, 잠시 막힌 경우 4.2.1입니다. Gmail은 허용하는 속도보다 빠르게 메일을 받는 수신자에게도 이 코드를 씁니다.',
        whenYouSeeIt:
          'RCPT TO에 대한 응답이나 DATA 뒤에 봅니다. Gmail: "550 5.2.1 The email account that you tried to reach is inactive". 수신자별 속도 제한에는 "450 4.2.1 ... receiving email too quickly"(나중에 재시도)와 "550 5.2.1 ... at a rate that prevents additional messages from being delivered"(이 메시지는 실패)를 씁니다. Google Workspace의 SMTP 릴레이는 고객이 너무 빠르게 보내면 "450 4.2.1 Peak SMTP relay limit exceeded"를 보냅니다. 다른 사업자는 비활성 메일함을 이 코드 없이 알리기도 합니다. 예: Yahoo "554 This mailbox is disabled (554.30)".',
        howToFix:
          '휴면 또는 비활성 계정에 대한 5.2.1이면 발송 목록에서 주소를 지우고 다른 방법으로 연락하세요. 계속 재시도하면 안 됩니다. 4.2.1이면 큐가 재시도하도록 두고, 해당 수신자에게 보내는 메시지를 시간에 걸쳐 나누세요(한 메일함으로 알림을 몰아서 보내지 않기). 직접 관리하는 메일함이라면 계정이나 디렉터리 설정에서 다시 활성화하세요.',
      },
    },
    sources: [rfc(3463, '3.3'), ianaRegistry],
    confusedWith: ['X.1.1', 'X.1.6', 'X.2.2'],
  },
  {
    code: 'X.2.2',
    sampleText: 'Mailbox full',
    associatedBasicCodes: '552',
    texts: {
      en: {
        title: 'Mailbox full',
        description:
          'The recipient\'s mailbox is over its quota or out of space. RFC 3463 wants it used as a persistent transient failure (4.2.2), since the recipient can delete mail to make room: the sender keeps retrying until its queue lifetime runs out. Many servers still send 552 5.2.2, which makes the sender give up at once; providers use this permanent form especially for mailboxes that are full and abandoned.',
        whenYouSeeIt:
          'After RCPT TO, after the final "." of DATA, or in a bounce from the final delivery agent. Gmail: "452 4.2.2 The recipient\'s inbox is out of storage space" (temporary) and "552 5.2.2 ... out of storage space and inactive" (permanent); iCloud: "552 5.2.2 user is over quota"; Dovecot LMTP: "552 5.2.2 <bob@example.com> Quota exceeded (mailbox for user is full)". Caution: Exchange Online uses 5.2.2 "Submission quota exceeded" for something else, a Microsoft 365 sender that went over its own sending limits.',
        howToFix:
          'As sender: a 4.2.2 needs only time. After a 5.2.2, reach the recipient another way, and if it keeps happening treat the address as abandoned and suppress it. As the recipient\'s admin: free space or raise the quota (Dovecot quota rules, Postfix mailbox_size_limit or virtual_mailbox_limit for mbox files). To make senders retry instead of bouncing, answer with a temporary failure, e.g. Dovecot quota_full_tempfail = yes, which gives 4.2.2.',
      },
      ko: {
        title: '메일함 가득 참',
        description:
          '수신자 메일함이 할당량(quota)을 넘었거나 공간이 없습니다. 수신자가 메일을 지워 공간을 만들 수 있으므로, RFC 3463은 지속적인 일시 실패(4.2.2)로 쓰도록 정합니다. 이 경우 발신 측은 큐 보관 기간이 끝날 때까지 재시도합니다. 그러나 여전히 많은 서버가 552 5.2.2를 보내며, 이러면 발신 측은 즉시 포기합니다. 메일 서비스 사업자는 특히 가득 찬 채 방치된 메일함에 이 영구 형태를 씁니다.',
        whenYouSeeIt:
          'RCPT TO 뒤, DATA의 마지막 "." 뒤, 또는 최종 배달 에이전트의 반송 메일에서 봅니다. Gmail: "452 4.2.2 The recipient\'s inbox is out of storage space"(일시)와 "552 5.2.2 ... out of storage space and inactive"(영구), iCloud: "552 5.2.2 user is over quota", Dovecot LMTP: "552 5.2.2 <bob@example.com> Quota exceeded (mailbox for user is full)". 주의: Exchange Online은 5.2.2 "Submission quota exceeded"를 다른 뜻으로 씁니다. Microsoft 365 발신자가 자기 계정의 발송 한도를 넘었다는 뜻입니다.',
        howToFix:
          '발신자라면: 4.2.2는 시간이 지나면 해결됩니다. 5.2.2라면 다른 방법으로 수신자에게 연락하고, 계속 반복되면 방치된 주소로 보고 발송을 중단하세요. 수신 측 관리자라면: 공간을 비우거나 할당량을 늘리세요(Dovecot quota 규칙, mbox 파일에는 Postfix mailbox_size_limit 또는 virtual_mailbox_limit). 발신 측이 반송하지 않고 재시도하게 하려면 일시 실패로 응답하세요. 예를 들어 Dovecot quota_full_tempfail = yes로 설정하면 4.2.2를 돌려줍니다.',
      },
    },
    sources: [rfc(3463, '3.3'), ianaRegistry],
    confusedWith: ['X.3.1', 'X.2.3'],
  },
  {
    code: 'X.2.3',
    sampleText: 'Message length exceeds administrative limit',
    associatedBasicCodes: '552',
    texts: {
      en: {
        title: 'Message length exceeds administrative limit',
        description:
          'The message is larger than the size limit of this particular mailbox, which is lower than the server\'s general limit. RFC 3463 says it should be a permanent failure (5.2.3): the same message is refused again and has to be made smaller. When the whole system\'s limit is exceeded, X.3.4 is the code meant for that.',
        whenYouSeeIt:
          'At RCPT TO (when the client declared the size with the SIZE parameter, RFC 1870 §6.4) or after DATA, from servers and mail platforms with per-user or per-group size limits, such as a shared mailbox or a distribution list restricted to small messages. Not every server follows the split: Sendmail uses this code for its server-wide MaxMessageSize, "552 5.2.3 Message size exceeds fixed maximum message size", while others report per-mailbox limits as 5.3.4.',
        howToFix:
          'Send a smaller message: compress attachments or share large files by link. Ask the recipient what their limit is. If you administer the recipient system, raise that mailbox\'s or group\'s own limit; raising only the server-wide limit does not help. For the Sendmail message, the limit is MaxMessageSize (O MaxMessageSize in sendmail.cf, confMAX_MESSAGE_SIZE in the .mc file).',
      },
      ko: {
        title: '메시지 길이가 관리상 제한을 초과함',
        description:
          '메시지가 해당 메일함의 크기 제한보다 크고, 그 제한은 서버 전체 제한보다 낮게 설정되어 있습니다. RFC 3463은 영구 실패(5.2.3)로 쓰도록 정하므로, 같은 메시지는 다시 거부되며 크기를 줄여야 합니다. 시스템 전체 제한을 넘은 경우에는 X.3.4가 맞는 코드입니다.',
        whenYouSeeIt:
          'RCPT TO에서(클라이언트가 SIZE 파라미터로 크기를 미리 알렸을 때, RFC 1870 §6.4) 또는 DATA 뒤에 봅니다. 사용자별, 그룹별 크기 제한을 둔 서버나 메일 플랫폼에서 나오며, 예를 들어 작은 메시지만 받도록 제한한 공유 메일함이나 배포 목록입니다. 모든 서버가 이 구분을 따르지는 않습니다: Sendmail은 서버 전체의 MaxMessageSize에 이 코드를 써서 "552 5.2.3 Message size exceeds fixed maximum message size"로 답하고, 반대로 메일함별 제한을 5.3.4로 알리는 서버도 있습니다.',
        howToFix:
          '더 작은 메시지를 보내세요: 첨부 파일을 압축하거나 큰 파일은 링크로 공유하세요. 수신자에게 제한이 얼마인지 물어보세요. 수신 시스템을 관리한다면 해당 메일함이나 그룹의 제한을 늘리세요. 서버 전체 제한만 늘려서는 해결되지 않습니다. Sendmail 메시지라면 제한 값은 MaxMessageSize입니다(sendmail.cf의 O MaxMessageSize, .mc 파일의 confMAX_MESSAGE_SIZE).',
      },
    },
    sources: [rfc(3463, '3.3'), ianaRegistry],
    confusedWith: ['X.3.4', 'X.2.2'],
  },
  {
    code: 'X.2.4',
    sampleText: 'Mailing list expansion problem',
    associatedBasicCodes: '450, 452',
    texts: {
      en: {
        title: 'Mailing list expansion problem',
        description:
          'The recipient is a mailing list or an alias that expands to several addresses, and the expansion failed. RFC 3463 allows both classes: 4.2.4 for a temporary failure (the member source or the list software was unavailable), retried later; 5.2.4 for a permanent one, such as a broken list definition.',
        whenYouSeeIt:
          'When mail to a list, group or alias cannot be expanded: the member database or directory group lookup is down, an :include: file of the aliases is unreadable, or the list definition is broken. It is rare in SMTP replies and more often shows up in a bounce from the list host. Do not confuse it with X.7.2, which means expansion is forbidden for this sender.',
        howToFix:
          'As sender, let a 4.2.4 retry; after a 5.2.4 tell the list owner (often owner-listname@ or listname-request@ the list domain) and, if urgent, write to the members directly. As list admin, check the list definition, include files and their permissions, and the directory or database the members come from, then look at the list manager\'s log.',
      },
      ko: {
        title: '메일링 리스트 확장 문제',
        description:
          '수신자가 여러 주소로 확장되는 메일링 리스트나 alias인데, 확장에 실패했습니다. RFC 3463은 두 클래스를 모두 허용합니다: 일시 실패(구성원 정보원이나 리스트 소프트웨어를 쓸 수 없었음)는 4.2.4로 나중에 재시도되고, 잘못된 리스트 정의 같은 영구 실패는 5.2.4입니다.',
        whenYouSeeIt:
          '리스트, 그룹, alias로 보낸 메일을 확장할 수 없을 때 봅니다: 구성원 데이터베이스나 디렉터리 그룹 조회가 중단되었거나, alias의 :include: 파일을 읽을 수 없거나, 리스트 정의가 잘못된 경우입니다. SMTP 응답으로는 드물고 리스트 호스트의 반송 메일에서 더 자주 보입니다. 이 발신자에게는 확장이 금지되었다는 뜻의 X.7.2와 혼동하지 마세요.',
        howToFix:
          '발신자라면 4.2.4는 재시도하도록 두세요. 5.2.4라면 리스트 관리자(대개 리스트 도메인의 owner-listname@ 또는 listname-request@)에게 알리고, 급하면 구성원에게 직접 보내세요. 리스트 관리자라면 리스트 정의, include 파일과 그 권한, 구성원 정보를 가져오는 디렉터리나 데이터베이스를 확인하고 리스트 관리 프로그램의 로그를 보세요.',
      },
    },
    sources: [rfc(3463, '3.3'), ianaRegistry],
    confusedWith: ['X.7.2', 'X.2.0'],
  },
];
