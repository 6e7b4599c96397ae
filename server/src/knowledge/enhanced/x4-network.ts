import type { EnhancedDetailEntry } from '../types';
import { ianaRegistry, rfc } from '../sources';

/** Subject 4, Network and Routing Status (RFC 3463 §3.5): registry rows X.4.0 to X.4.7. */
export const networkCodes: readonly EnhancedDetailEntry[] = [
  {
    code: 'X.4.0',
    sampleText: 'Other or undefined network or routing status',
    associatedBasicCodes: 'Not given',
    texts: {
      en: {
        title: 'Other or undefined network or routing status',
        description:
          'Something went wrong with the network or with routing the message, and no more specific detail code fits. 4.4.0 is temporary and the message is retried; 5.4.0 is permanent and the message bounces.',
        whenYouSeeIt:
          'Mostly produced by a sending or relaying server rather than received in an ordinary reply. Postfix refuses or bounces with "554 5.4.0 Error: too many hops" when a message carries more Received: header lines than hopcount_limit (50 by default), which almost always means a mail loop. The text after the code holds the actual reason.',
        howToFix:
          'Read the text after the code. For "too many hops", find the loop: the Received: headers of the bounced message show which servers pass it back and forth; fix the forwarding, alias, MX or transport entry that causes it. For other 4.4.0 deferrals, check DNS and connectivity from your server to the destination ("dig MX example.com", "nc -vz mx.example.com 25").',
      },
      ko: {
        title: '기타 또는 정의되지 않은 네트워크/라우팅 상태',
        description:
          '네트워크나 메시지 라우팅에 문제가 생겼지만, 더 구체적인 detail 코드로 표현할 수 없습니다. 4.4.0은 일시적이어서 메시지가 재시도되고, 5.4.0은 영구적이어서 메시지가 반송됩니다.',
        whenYouSeeIt:
          '일반적인 응답으로 받기보다는 대개 발신 서버나 중계 서버가 만들어 냅니다. Postfix는 메시지의 Received: 헤더 줄 수가 hopcount_limit(기본값 50)를 넘으면 "554 5.4.0 Error: too many hops"로 거부하거나 반송하며, 이는 거의 항상 메일 루프를 뜻합니다. 실제 원인은 코드 뒤의 문구에 있습니다.',
        howToFix:
          '코드 뒤의 문구를 읽으세요. "too many hops"라면 루프를 찾으세요: 반송된 메시지의 Received: 헤더를 보면 어느 서버끼리 메시지를 주고받는지 알 수 있으니, 원인이 되는 전달(forward), alias, MX, transport 설정을 고치세요. 그 밖의 4.4.0 지연이라면 자기 서버에서 목적지까지의 DNS와 연결을 확인하세요("dig MX example.com", "nc -vz mx.example.com 25").',
      },
    },
    sources: [rfc(3463, '3.5'), ianaRegistry],
    confusedWith: ['X.4.6', 'X.0.0'],
  },
  {
    code: 'X.4.1',
    sampleText: 'No answer from host',
    associatedBasicCodes: '451',
    texts: {
      en: {
        title: 'No answer from host',
        description:
          'The sending server tried to connect to the next host and got no answer: the connection was refused, timed out or the host was unreachable. RFC 3463 calls it useful only as a persistent transient error, so 4.4.1 keeps the message queued for retry. A 5.4.1 does not mean this in practice: Exchange Online and others use 5.4.1 for rejected recipients and relaying.',
        whenYouSeeIt:
          'In your own server\'s log and in delay notices, not as a reply from the remote side (there was no SMTP dialogue). Postfix: "dsn=4.4.1, status=deferred (connect to mx.example.com[192.0.2.25]:25: Connection refused)" or "... Connection timed out"; Exchange Online reports the same case as 4.4.316 "Connection refused". Exchange Online\'s "550 5.4.1 Recipient address rejected: Access denied" means the recipient does not exist (Directory-Based Edge Blocking), and its "5.4.1 Relay Access Denied" points to wrong MX or accepted-domain settings at the recipient.',
        howToFix:
          'Test from your server: "nc -vz mx.example.com 25" or telnet. "Connection refused" means nothing listens on port 25 there (the service is down, or the MX points to the wrong host); "timed out" often means a firewall, or that your own network blocks outbound port 25, as many cloud and residential providers do. Check the recipient domain\'s MX records. For the Exchange Online 5.4.1 forms, treat them like an unknown recipient or a recipient-side misconfiguration, not a network problem.',
      },
      ko: {
        title: '호스트 응답 없음',
        description:
          '발신 서버가 다음 호스트에 연결하려 했지만 응답을 받지 못했습니다: 연결이 거부되었거나, 시간 초과되었거나, 호스트에 도달할 수 없었습니다. RFC 3463은 지속적인 일시 오류로만 의미가 있다고 하므로, 4.4.1이면 메시지는 큐에 남아 재시도됩니다. 실제로 5.4.1은 이런 뜻이 아닙니다: Exchange Online 등은 5.4.1을 수신자 거부와 릴레이 거부에 씁니다.',
        whenYouSeeIt:
          '원격 서버의 응답이 아니라(SMTP 대화 자체가 없었으므로) 자기 서버의 로그와 지연 알림에서 봅니다. Postfix: "dsn=4.4.1, status=deferred (connect to mx.example.com[192.0.2.25]:25: Connection refused)" 또는 "... Connection timed out". Exchange Online은 같은 상황을 4.4.316 "Connection refused"로 알립니다. Exchange Online의 "550 5.4.1 Recipient address rejected: Access denied"는 수신자가 없다는 뜻이고(Directory-Based Edge Blocking), "5.4.1 Relay Access Denied"는 수신 측의 MX나 accepted domain 설정이 잘못되었다는 뜻입니다.',
        howToFix:
          '자기 서버에서 시험해 보세요: "nc -vz mx.example.com 25" 또는 telnet. "Connection refused"는 그쪽 25번 포트에서 아무것도 수신 대기하지 않는다는 뜻이고(서비스 중단, 또는 MX가 엉뚱한 호스트를 가리킴), "timed out"은 대개 방화벽이거나, 많은 클라우드와 가정용 인터넷 사업자처럼 자기 네트워크가 외부로 나가는 25번 포트를 막고 있는 경우입니다. 수신자 도메인의 MX 레코드를 확인하세요. Exchange Online의 5.4.1 형태는 네트워크 문제가 아니라 없는 수신자나 수신 측 설정 오류로 다루세요.',
      },
    },
    sources: [rfc(3463, '3.5'), ianaRegistry],
    confusedWith: ['X.4.2', 'X.1.1'],
  },
  {
    code: 'X.4.2',
    sampleText: 'Bad connection',
    associatedBasicCodes: '421',
    texts: {
      en: {
        title: 'Bad connection',
        description:
          'The connection was made, but the message transaction could not be completed because of a timeout or a poor connection. RFC 3463 calls it useful only as a persistent transient error: 4.4.2 means try again, and the sending server does so on its own. If the connection broke during or after the final "." of DATA, the message may arrive twice.',
        whenYouSeeIt:
          'In Postfix deferrals: "dsn=4.4.2, status=deferred (lost connection with mx.example.com[192.0.2.25] while receiving the initial server greeting)", "conversation with ... timed out while sending message body", or "lost connection ... while sending end of data -- message may be sent more than once". Receiving servers send it when they drop a slow or idle client: Postfix "421 4.4.2 mx.example.com Error: timeout exceeded", Gmail "421 4.4.2 ... Timeout - closing connection".',
        howToFix:
          'Usually nothing: the retry succeeds. If it keeps happening with one destination, look at the network path: MTU or packet-loss problems (large messages stall while small ones pass), firewalls with "SMTP inspection" features that break ESMTP or STARTTLS, or an overloaded receiver. If you are the slow client (a script that pauses between commands), speed it up or it will keep hitting the server\'s timeout (Postfix smtpd_timeout).',
      },
      ko: {
        title: '불량 연결',
        description:
          '연결은 되었지만 시간 초과나 나쁜 회선 품질 때문에 메시지 트랜잭션을 끝내지 못했습니다. RFC 3463은 지속적인 일시 오류로만 의미가 있다고 하므로, 4.4.2는 다시 시도하라는 뜻이며 발신 서버가 알아서 재시도합니다. DATA의 마지막 "." 도중이나 그 뒤에 연결이 끊겼다면 메시지가 두 번 도착할 수 있습니다.',
        whenYouSeeIt:
          'Postfix 지연 기록에서 봅니다: "dsn=4.4.2, status=deferred (lost connection with mx.example.com[192.0.2.25] while receiving the initial server greeting)", "conversation with ... timed out while sending message body", "lost connection ... while sending end of data -- message may be sent more than once". 수신 서버는 느리거나 유휴 상태인 클라이언트를 끊을 때 보냅니다: Postfix "421 4.4.2 mx.example.com Error: timeout exceeded", Gmail "421 4.4.2 ... Timeout - closing connection".',
        howToFix:
          '대개 할 일이 없습니다: 재시도가 성공합니다. 특정 목적지에서 계속 일어난다면 네트워크 경로를 살펴보세요: MTU나 패킷 손실 문제(작은 메시지는 가는데 큰 메시지만 멈춤), ESMTP나 STARTTLS를 망가뜨리는 방화벽의 "SMTP inspection" 기능, 과부하 상태의 수신 서버 등입니다. 자신이 느린 클라이언트라면(명령 사이에 멈추는 스크립트) 속도를 높이세요. 그렇지 않으면 서버의 시간 제한(Postfix smtpd_timeout)에 계속 걸립니다.',
      },
    },
    sources: [rfc(3463, '3.5'), ianaRegistry],
    confusedWith: ['X.4.1', 'X.4.7'],
  },
  {
    code: 'X.4.3',
    sampleText: 'Directory server failure',
    associatedBasicCodes: '451, 550',
    texts: {
      en: {
        title: 'Directory server failure',
        description:
          'The message could not be forwarded because a directory server was unavailable; RFC 3463\'s example is failing to reach a DNS server, and LDAP or database lookups count too. RFC 3463 calls it useful only as a persistent transient error: 4.4.3 means the lookup should work later and the message is retried. The registry also lists 550, but a permanent 5.4.3 is unusual.',
        whenYouSeeIt:
          'Mostly in your own server\'s deferrals. Postfix: "dsn=4.4.3, status=deferred (Host or domain name not found. Name service error for name=example.com type=MX: Host not found, try again)", which is a DNS timeout or SERVFAIL, not a missing domain. When the resolver on the mail host itself is broken, every destination fails this way at once.',
        howToFix:
          'Test resolution on the mail server itself: "dig MX example.com", and against the domain\'s own name servers with "dig @ns1.example.com MX example.com". If all domains fail, fix your resolver (/etc/resolv.conf, the local caching resolver, and for a chrooted Postfix the copy of resolv.conf inside the chroot). If only one domain fails, its name servers or its DNSSEC setup are broken; the queue keeps retrying, and you can alert the domain\'s owner.',
      },
      ko: {
        title: '디렉터리 서버 장애',
        description:
          '디렉터리 서버를 쓸 수 없어서 메시지를 전달하지 못했습니다. RFC 3463은 DNS 서버에 연결할 수 없는 경우를 예로 들며, LDAP이나 데이터베이스 조회도 해당합니다. RFC 3463은 지속적인 일시 오류로만 의미가 있다고 하므로, 4.4.3은 나중에는 조회가 될 것이라는 뜻이며 메시지는 재시도됩니다. 레지스트리에는 550도 있지만 영구적인 5.4.3은 드뭅니다.',
        whenYouSeeIt:
          '대개 자기 서버의 지연 기록에서 봅니다. Postfix: "dsn=4.4.3, status=deferred (Host or domain name not found. Name service error for name=example.com type=MX: Host not found, try again)". 이는 도메인이 없는 것이 아니라 DNS 시간 초과나 SERVFAIL입니다. 메일 서버 자체의 리졸버가 고장 나면 모든 목적지가 한꺼번에 이렇게 실패합니다.',
        howToFix:
          '메일 서버에서 직접 조회해 보세요: "dig MX example.com", 그리고 도메인의 네임서버에 직접 "dig @ns1.example.com MX example.com". 모든 도메인이 실패하면 자기 리졸버를 고치세요(/etc/resolv.conf, 로컬 캐시 리졸버, chroot로 실행하는 Postfix라면 chroot 안의 resolv.conf 사본). 한 도메인만 실패하면 그 도메인의 네임서버나 DNSSEC 설정이 고장 난 것입니다. 큐는 계속 재시도하며, 도메인 소유자에게 알려 줄 수 있습니다.',
      },
    },
    sources: [rfc(3463, '3.5'), ianaRegistry],
    confusedWith: ['X.4.4', 'X.4.1'],
  },
  {
    code: 'X.4.4',
    sampleText: 'Unable to route',
    associatedBasicCodes: 'Not given',
    texts: {
      en: {
        title: 'Unable to route',
        description:
          'The mail system could not determine the next hop because the routing information (in practice, DNS records for the destination) was not available. RFC 3463 allows both classes: 5.4.4 when DNS answers authoritatively that the name has no usable records, 4.4.4 when they may still appear. RFC 3463\'s example is a DNS lookup that returns only an SOA record, i.e. the name exists but has no MX or address records.',
        whenYouSeeIt:
          'In bounces from your own server. Postfix: "dsn=5.4.4, status=bounced (Host or domain name not found. Name service error for name=example.invalid type=MX: Host not found)" for a domain that does not exist (where Gmail, checking at RCPT TO, would say 5.1.2). It also shows up when a domain\'s MX points to a host name that does not resolve, and when internal routing (transport_maps, relayhost) names an unknown host.',
        howToFix:
          'Check the domain and its MX targets: "dig MX example.com", then "dig A" and "dig AAAA" for each MX host name. Fix typos in the address. If it is your domain, publish MX records pointing to host names that have A or AAAA records (not to IP addresses or CNAMEs). For internal routes, check transport_maps and relayhost for typos.',
      },
      ko: {
        title: '경로를 찾을 수 없음',
        description:
          '라우팅 정보(실제로는 목적지의 DNS 레코드)를 얻을 수 없어서 메일 시스템이 다음 구간(next hop)을 정하지 못했습니다. RFC 3463은 두 클래스를 모두 허용합니다: DNS가 권한 있는 응답으로 쓸 만한 레코드가 없다고 답하면 5.4.4, 레코드가 아직 생길 수 있으면 4.4.4입니다. RFC 3463이 드는 예는 SOA 레코드만 돌아오는 DNS 조회로, 이름은 있지만 MX나 주소 레코드가 없는 경우입니다.',
        whenYouSeeIt:
          '자기 서버의 반송 메일에서 봅니다. Postfix: 존재하지 않는 도메인에 대해 "dsn=5.4.4, status=bounced (Host or domain name not found. Name service error for name=example.invalid type=MX: Host not found)"(RCPT TO에서 검사하는 Gmail이라면 5.1.2로 답할 상황입니다). 도메인의 MX가 조회되지 않는 호스트 이름을 가리킬 때, 내부 라우팅(transport_maps, relayhost)이 알 수 없는 호스트를 가리킬 때도 나옵니다.',
        howToFix:
          '도메인과 MX 대상을 확인하세요: "dig MX example.com"을 실행한 뒤 각 MX 호스트 이름에 "dig A", "dig AAAA"를 실행하세요. 주소의 오타를 고치세요. 자신의 도메인이라면 A 또는 AAAA 레코드가 있는 호스트 이름을 가리키는 MX 레코드를 게시하세요(IP 주소나 CNAME을 가리키면 안 됩니다). 내부 경로라면 transport_maps와 relayhost의 오타를 확인하세요.',
      },
    },
    sources: [rfc(3463, '3.5'), ianaRegistry],
    confusedWith: ['X.1.2', 'X.4.3'],
  },
  {
    code: 'X.4.5',
    sampleText: 'Mail system congestion',
    associatedBasicCodes: '451',
    texts: {
      en: {
        title: 'Mail system congestion',
        description:
          'The mail system could not deliver the message because it is congested: too busy, too many connections, or a queue backlog. RFC 3463 calls it useful only as a persistent transient error: 4.4.5 means slow down and try again later, which normal queue retries take care of.',
        whenYouSeeIt:
          'As a reply to a connection, MAIL FROM or DATA from a busy server. Gmail sends "Server busy" with 4.4.5 (421 or 451) when it has a temporary problem; Sendmail refuses with "452 4.4.5 Insufficient disk space; try again later" when free queue space runs low.',
        howToFix:
          'Let the queue retry, and do not hammer the server with extra connections. If you send in bulk to that destination, lower the parallel connections and the messages per connection (Postfix default_destination_concurrency_limit, or a dedicated transport with its own limits) and spread the volume over time. As the receiving admin, check load, disk space and queue size, and the MTA\'s process limits.',
      },
      ko: {
        title: '메일 시스템 혼잡',
        description:
          '메일 시스템이 혼잡해서 메시지를 배달하지 못했습니다: 너무 바쁘거나, 연결이 너무 많거나, 큐가 밀려 있습니다. RFC 3463은 지속적인 일시 오류로만 의미가 있다고 하므로, 4.4.5는 속도를 줄이고 나중에 다시 시도하라는 뜻이며 일반적인 큐 재시도로 해결됩니다.',
        whenYouSeeIt:
          '바쁜 서버가 연결, MAIL FROM, DATA에 대한 응답으로 보냅니다. Gmail은 일시적인 문제가 있을 때 "Server busy"를 4.4.5(421 또는 451)와 함께 보내고, Sendmail은 큐의 여유 공간이 부족하면 "452 4.4.5 Insufficient disk space; try again later"로 거부합니다.',
        howToFix:
          '큐가 재시도하도록 두고, 연결을 더 열어 서버를 몰아붙이지 마세요. 그 목적지로 대량 발송을 한다면 병렬 연결 수와 연결당 메시지 수를 줄이고(Postfix default_destination_concurrency_limit, 또는 자체 제한을 둔 전용 transport) 발송량을 시간에 걸쳐 나누세요. 수신 측 관리자라면 부하, 디스크 공간, 큐 크기와 MTA의 프로세스 제한을 확인하세요.',
      },
    },
    sources: [rfc(3463, '3.5'), ianaRegistry],
    confusedWith: ['X.3.2', 'X.3.1'],
  },
  {
    code: 'X.4.6',
    sampleText: 'Routing loop detected',
    associatedBasicCodes: 'Not given',
    texts: {
      en: {
        title: 'Routing loop detected',
        description:
          'The message was forwarded too many times, because of wrong routing (MX, transport or relay settings) or a forwarding loop between mailboxes. RFC 3463 calls it useful only as a persistent transient error, but in practice servers send 5.4.6 and bounce the message, since a loop does not fix itself.',
        whenYouSeeIt:
          'In bounces and after DATA. Postfix bounces with 5.4.6 "mail for example.com loops back to myself" when a domain\'s MX points to the server itself but the server is not set up as its destination; Sendmail: "554 5.4.6 Too many hops"; Gmail: "554 5.4.6 ... Message exceeded 50 hops"; Exchange: "Routing loop detected" (5.4.6, or 5.4.14 in Exchange Online). Hop limits count Received: header lines; RFC 5321 §6.3 suggests a threshold of at least 100, but many servers stop far earlier.',
        howToFix:
          'Read the Received: headers of the bounced message to see which servers pass it back and forth. For "loops back to myself", add the domain to mydestination (or virtual_mailbox_domains, relay_domains) on the server the MX points to, or correct the MX. For forwarding loops, check auto-forward rules, aliases and mailbox forwarding on both ends, e.g. two accounts forwarding to each other.',
      },
      ko: {
        title: '라우팅 루프 감지',
        description:
          '잘못된 라우팅(MX, transport, 릴레이 설정)이나 메일함 사이의 전달(forward) 루프 때문에 메시지가 너무 여러 번 전달되었습니다. RFC 3463은 지속적인 일시 오류로만 의미가 있다고 하지만, 루프는 저절로 풀리지 않으므로 실제로는 서버들이 5.4.6을 보내고 메시지를 반송합니다.',
        whenYouSeeIt:
          '반송 메일과 DATA 뒤의 응답에서 봅니다. Postfix는 도메인의 MX가 자기 자신을 가리키는데 그 도메인의 최종 목적지로 설정되어 있지 않으면 5.4.6 "mail for example.com loops back to myself"로 반송합니다. Sendmail: "554 5.4.6 Too many hops", Gmail: "554 5.4.6 ... Message exceeded 50 hops", Exchange: "Routing loop detected"(5.4.6, Exchange Online에서는 5.4.14). 홉 제한은 Received: 헤더 줄 수로 셉니다. RFC 5321 §6.3은 적어도 100 이상의 기준을 권하지만, 많은 서버가 그보다 훨씬 일찍 멈춥니다.',
        howToFix:
          '반송된 메시지의 Received: 헤더를 읽어 어느 서버끼리 메시지를 주고받는지 확인하세요. "loops back to myself"라면 MX가 가리키는 서버의 mydestination(또는 virtual_mailbox_domains, relay_domains)에 도메인을 추가하거나 MX를 고치세요. 전달 루프라면 양쪽의 자동 전달 규칙, alias, 메일함 전달 설정을 확인하세요. 예를 들어 두 계정이 서로에게 전달하고 있는 경우입니다.',
      },
    },
    sources: [rfc(3463, '3.5'), ianaRegistry],
    confusedWith: ['X.4.0', 'X.3.5'],
  },
  {
    code: 'X.4.7',
    sampleText: 'Delivery time expired',
    associatedBasicCodes: 'Not given',
    texts: {
      en: {
        title: 'Delivery time expired',
        description:
          'The message was considered too old: it stayed in a queue past that server\'s limit, or past a lifetime set by the sender. 4.4.7 appears in delay warnings and in final bounces after the retries stopped (the class says a later attempt could still work); 5.4.7 marks a permanent failure. RFC 3463 asks servers to report the actual problem of the last attempt instead where they can, so look for that error too.',
        whenYouSeeIt:
          'In delay notices and bounces from your own or an intermediate server after days of retries. Postfix gives up after maximal_queue_lifetime (5 days by default) and logs "status=expired, returned to sender"; Sendmail gives up after its queue return timeout (5 days by default) with "Cannot send message for 5 days"; Exchange Online reports "Message expired" as 4.4.7 (or 5.4.300). The bounce\'s Diagnostic-Code field (RFC 3464 §2.3.6) usually holds the last real error.',
        howToFix:
          'Find the last real error: the Diagnostic-Code or last-attempt lines of the bounce, or the deferral reason in your own log (connection refused, timeout, a 4yz reply from the receiver), and fix that. Typical causes are a destination that has been down or unreachable for days, or a receiver that keeps deferring you (greylisting never passed, rate limits, poor reputation). Raising the queue lifetime only delays the bounce.',
      },
      ko: {
        title: '배달 시간 만료',
        description:
          '메시지가 너무 오래되었다고 판단되었습니다: 해당 서버의 한도보다 오래 큐에 머물렀거나, 발신자가 정한 유효 시간을 넘었습니다. 4.4.7은 지연 알림과, 재시도를 멈춘 뒤의 최종 반송 메일에 나오고(클래스 4는 나중에 시도하면 성공할 수도 있다는 뜻입니다), 5.4.7은 영구 실패를 나타냅니다. RFC 3463은 가능하면 마지막 시도에서 발견한 실제 문제의 코드를 대신 보고하라고 하므로, 그 오류도 함께 찾아보세요.',
        whenYouSeeIt:
          '며칠간 재시도한 뒤 자기 서버나 중간 서버가 보낸 지연 알림과 반송 메일에서 봅니다. Postfix는 maximal_queue_lifetime(기본값 5일)이 지나면 포기하고 "status=expired, returned to sender"를 기록하며, Sendmail은 큐 반환 시간(기본값 5일)이 지나면 "Cannot send message for 5 days"로 포기하고, Exchange Online은 "Message expired"를 4.4.7(또는 5.4.300)로 알립니다. 반송 메일의 Diagnostic-Code 필드(RFC 3464 §2.3.6)에 대개 마지막 실제 오류가 들어 있습니다.',
        howToFix:
          '마지막 실제 오류를 찾아 고치세요: 반송 메일의 Diagnostic-Code나 마지막 시도 기록, 또는 자기 로그의 지연 사유(connection refused, timeout, 수신 측의 4yz 응답)입니다. 흔한 원인은 며칠째 중단되었거나 연결할 수 없는 목적지, 또는 계속 지연시키는 수신 서버(그레이리스팅을 끝내 통과하지 못함, 속도 제한, 낮은 평판)입니다. 큐 보관 기간을 늘려도 반송이 늦어질 뿐입니다.',
      },
    },
    sources: [rfc(3463, '3.5'), ianaRegistry],
    confusedWith: ['X.4.1', 'X.4.2'],
  },
];
