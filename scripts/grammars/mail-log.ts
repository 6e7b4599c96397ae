// source.mail-log: Postfix, Sendmail, OpenSMTPD, Exim, Dovecot and aiosmtpd logs, through
// syslog (RFC 3164), RFC 3339 / journald short-iso, journald JSON, or the MTA's own file.
//
// A line is recognised by its prefix; the program name picks the message patterns, so
// Exim's `->` is a delivery flag only in an Exim line and OpenSMTPD's `<->` is left alone.
// A number becomes a reply code only after the words that introduce one (`said:`,
// `reject: ... from host[ip]:`, `reply=`, `stat="`, `C="`, `rejected RCPT <a>:` ...).

import { alt, g, include, match, opt, re, region, seq, type Frag } from './regex.js';
import { ANGLE_ADDRESS, BARE_ADDRESS, CODE_PAIR, ENH_TOKEN, NULL_PATH, REPLY_HEAD, SCOPE, SYSLOG_TS } from './shared.js';
import type { Grammar, Rule } from './types.js';

const S = SCOPE;
const self = (name: string): Rule => include(`#${name}`);

const L = {
  timestamp: 'comment.line.timestamp.mail-log',
  host: 'entity.other.host.mail-log',
  program: 'entity.name.function.program.mail-log',
  pid: 'constant.other.pid.mail-log',
  bracket: 'punctuation.definition.pid.mail-log',
  colon: 'punctuation.separator.mail-log',
  queueId: 'variable.other.constant.queue-id.mail-log',
  noQueue: 'variable.other.constant.queue-id.none.mail-log',
  key: 'variable.other.key.mail-log',
  assign: 'keyword.operator.assignment.mail-log',
  action: 'keyword.other.action.mail-log',
  keyword: 'keyword.other.mail-log',
  level: 'comment.line.level.mail-log',
  warning: 'markup.changed.level.warning.mail-log',
  error: 'markup.deleted.level.error.mail-log invalid.illegal.level.error.mail-log',
  errno: 'constant.other.errno.mail-log',
  string: 'string.quoted.double.mail-log',
  stringBegin: 'punctuation.definition.string.begin.mail-log',
  stringEnd: 'punctuation.definition.string.end.mail-log',
  verb: 'keyword.control.command.smtp',
} as const;

// --- prefixes --------------------------------------------------------------------------------

const HOST = re`[^\s\[\]:]{1,255}`;
const PID = opt(g(L.bracket, re`\[`), g(L.pid, re`\d{1,10}`), g(L.bracket, re`\]`));

function syslogPrefix(program: Frag): Frag {
  return re`^${g(L.timestamp, SYSLOG_TS)} ${g(L.host, HOST)} ${g(L.program, program)}${PID}${g(L.colon, ':')} `;
}

const EXIM_TS = re`\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{3})?`;
const EXIM_TIME = seq(
  g(L.timestamp, EXIM_TS),
  opt(' ', g(L.timestamp, re`[+-]\d{4}`)),
  opt(' ', g(L.pid, re`\[\d{1,10}(?:/\d{1,10})?\]`)),
  ' ',
);
const EXIM_ID = re`[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}`;
const EXIM_FLAG = alt(
  g(`keyword.control.flag.arrival.mail-log`, '<='),
  g(`${S.success('flag')} keyword.control.flag.delivery.mail-log`, re`=>|->`),
  g(`${S.transient('flag')} keyword.control.flag.deferral.mail-log`, '=='),
  g(`${S.failure('flag')} keyword.control.flag.failure.mail-log`, re`\*\*`),
  g(`keyword.control.flag.suppressed.mail-log`, re`\*>`),
);

// --- message patterns ---------------------------------------------------------------------------

const keyValue = match(
  'meta.field.mail-log',
  re`(?<![\w.-])${g(L.key, re`[A-Za-z_][\w.-]{0,40}`)}${g(L.assign, '=')}`,
);
const addresses: Rule[] = [match(undefined, ANGLE_ADDRESS), match(undefined, NULL_PATH), match(undefined, BARE_ADDRESS)];
const dsn = match('meta.field.dsn.mail-log', re`\b${g(L.key, 'dsn')}${g(L.assign, '=')}${ENH_TOKEN}`);
const said = match('meta.reply.mail-log', re`\b${g(L.keyword, 'said')}:[ \t]${REPLY_HEAD}`);
const inReplyTo = match(
  undefined,
  re`\(${g(L.keyword, 'in reply to')} ${g(L.verb, re`(?i:MAIL FROM|RCPT TO|DATA|end of DATA|BDAT|HELO|EHLO|STARTTLS|AUTH|XFORWARD|XCLIENT)`)} ${g(L.keyword, 'command')}\)`,
);
const severity = match(
  undefined,
  re`(?:\G|(?<=: ))${alt(g(L.warning, 'warning'), g(L.error, re`error|fatal|panic`))}(?=: )`,
);
const status = match(
  'meta.field.status.mail-log',
  seq(
    re`\b${g(L.key, 'status')}${g(L.assign, '=')}`,
    alt(
      g(S.success('status'), re`sent|deliverable`),
      g(S.transient('status'), re`deferred|SOFTBOUNCE`),
      g(S.failure('status'), re`bounced|expired|undeliverable`),
    ),
    re`\b`,
    opt(re` \(`, opt(REPLY_HEAD)),
  ),
);
const postfixReject = match(
  'meta.reject.mail-log',
  seq(
    re`\b${g(L.action, re`reject|milter-reject|defer|discard|hold|filter|redirect`)}: `,
    g(L.verb, re`[A-Z][A-Z-]{1,20}`),
    re` from [^\s\[]{1,255}\[[0-9A-Fa-f.:]{1,45}\](?::\d{1,5})?: `,
    opt(alt(REPLY_HEAD, ENH_TOKEN)),
  ),
);
const postfixQueueId = match(
  undefined,
  re`\G${alt(g(L.queueId, re`[0-9A-F]{6,12}|(?=[A-Za-z]{0,19}\d)[0-9A-Za-z]{10,20}`), g(L.noQueue, 'NOQUEUE'))}(?=: )`,
);

const sendmailStat = match(
  'meta.field.status.mail-log',
  seq(
    re`\b${g(L.key, 'stat')}${g(L.assign, '=')}`,
    alt(
      seq(g(S.success('status'), 'Sent'), re`\b`),
      seq(g(S.transient('status'), re`Deferred|queued`), re`\b`),
      g(S.failure('status'), re`[A-Z][^,(]{0,100}?(?=[ \t]*\(|,[ \t]|[ \t]*$)`),
    ),
  ),
);
const sendmailReply = match('meta.reply.mail-log', re`\b${g(L.key, re`reply|reject`)}${g(L.assign, '=')}${REPLY_HEAD}`);
const sendmailQueueIds = match(
  undefined,
  re`\G${g(L.queueId, re`[0-9A-Za-z]{14}`)}: ${opt(g(L.queueId, re`[0-9A-Za-z]{14}`), re`: `)}`,
);

const opensmtpdSession = match(
  undefined,
  re`\G${g(L.queueId, re`[0-9a-f]{16}`)} ${g(L.keyword, re`smtp|mta`)} ${g(L.action, re`[\w-]{1,30}`)}`,
);
const opensmtpdResult = match(
  'meta.field.status.mail-log',
  re`\b${g(L.key, 'result')}${g(L.assign, '=')}"${alt(
    g(S.success('status'), 'Ok'),
    g(S.transient('status'), 'TempFail'),
    g(S.failure('status'), re`PermFail|Loop`),
  )}"`,
);
const quotedReply = (keys: string): Rule =>
  region({
    name: 'meta.reply.mail-log',
    begin: re`\b${g(L.key, keys)}${g(L.assign, '=')}${g(L.stringBegin, '"')}(?=[2-5]\d\d[ -])`,
    end: re`${g(L.stringEnd, '"')}|$`,
    patterns: [include('source.smtp-transcript#server-content')],
  });
const quotedValue = region({
  name: L.string,
  begin: re`(?<==)${g(L.stringBegin, '"')}`,
  end: re`${g(L.stringEnd, '"')}|$`,
  patterns: [self('address')],
});

const eximRejected = match(
  'meta.reject.mail-log',
  seq(
    re`\b${g(L.action, re`(?:temporarily )?rejected`)} `,
    g(L.verb, re`RCPT|MAIL|VRFY|EXPN|ETRN|EHLO|HELO|connection|after DATA|after BDAT|(?:DATA|BDAT)`),
    opt(' ', ANGLE_ADDRESS),
    re`: `,
    REPLY_HEAD,
  ),
);
const eximSmtpError = match(
  'meta.reply.mail-log',
  re`\b${g(L.keyword, re`SMTP error from remote (?:mail server|MTA|server)`)} after .{1,400}?: ${REPLY_HEAD}`,
);
const eximDefer = match(undefined, re`\b${g(L.keyword, 'defer')} \(${g(L.errno, re`-?\d{1,6}`)}\):`);
const eximMessage: Rule[] = [
  quotedReply('C'),
  eximRejected,
  eximSmtpError,
  eximDefer,
  match(undefined, re`\b${g(L.keyword, 'Completed')}$`),
  match(undefined, re`\b${g(S.failure('event'), re`retry timeout exceeded|all hosts have been failing|Unrouteable address|relay not permitted`)}`),
  match(undefined, re`\b${g(L.warning, re`dropped|too many (?:unrecognized commands|syntax or protocol errors)|SMTP (?:protocol|syntax) error`)}`),
  match(undefined, CODE_PAIR),
  keyValue,
  self('address'),
  quotedValue,
];

const postfixMessage: Rule[] = [
  postfixQueueId,
  severity,
  postfixReject,
  said,
  status,
  dsn,
  inReplyTo,
  match(undefined, CODE_PAIR),
  keyValue,
  self('address'),
];
const sendmailMessage: Rule[] = [sendmailQueueIds, sendmailReply, sendmailStat, dsn, match(undefined, re`\b${g(L.keyword, 'DSN')}:`), match(undefined, CODE_PAIR), keyValue, self('address')];
const opensmtpdMessage: Rule[] = [opensmtpdSession, opensmtpdResult, quotedReply('stat|result'), quotedValue, match(undefined, CODE_PAIR), keyValue, self('address')];
const genericMessage: Rule[] = [severity, said, status, dsn, match(undefined, CODE_PAIR), keyValue, self('address')];

/** Exim's own line body after its timestamp (also used by exim -v / -bh transcripts). */
const eximAfterTime: Rule[] = [
  match(undefined, re`\G${g(L.queueId, EXIM_ID)}${opt(' ', EXIM_FLAG)}(?= |$)`),
  match(undefined, re`\G${EXIM_FLAG}(?= )`),
  self('exim-message'),
];

function programLine(comment: string, program: Frag, patterns: readonly Rule[]): Rule {
  return region({ comment, name: 'meta.line.mail-log', begin: syslogPrefix(program), end: '$', patterns });
}

const pyBytes = (dir: string, scope: string, content: string): Rule =>
  region({
    name: `meta.line.${content}.smtp`,
    begin: re`${g(L.host, re`\('[^'\s]{1,64}', \d{1,5}\)`)} ${g(scope, dir)} ${g(S.stringBegin, re`b?['"]`)}`,
    end: re`${g(S.stringEnd, re`['"]`)}(?=[ \t]*$)|$`,
    patterns: [include(`source.smtp-transcript#${content}`)],
  });

const lines: Rule[] = [
  region({
    comment: 'Dovecot log_path: time program: Level: text',
    name: 'meta.line.mail-log',
    begin: re`^${g(L.timestamp, SYSLOG_TS)} ${g(L.program, re`[\w-]{1,40}(?:\([^)\s]{1,80}\))?`)}: ${alt(g(L.level, re`Info|Debug`), g(L.warning, 'Warning'), g(L.error, re`Error|Fatal|Panic`))}: `,
    end: '$',
    patterns: [self('generic-message')],
  }),
  programLine('Postfix through syslog, journald or maillog_file', re`postfix(?:-[\w-]{1,30})?/[\w/-]{1,60}`, [self('postfix-message')]),
  programLine('Sendmail', re`sm-mta|sendmail|sm-msp-queue|sm-mta-[\w-]{1,30}`, [self('sendmail-message')]),
  programLine('OpenSMTPD', re`smtpd|opensmtpd`, [self('opensmtpd-message')]),
  programLine('Exim through syslog (its own timestamp may follow)', re`exim4?|exim-[\w-]{1,30}`, [
    region({ begin: re`\G${EXIM_TIME}`, end: '$', patterns: [self('exim-after-time')] }),
    self('exim-after-time'),
  ]),
  programLine('any other program', re`[\w./-]{1,64}`, [self('generic-message')]),
  region({
    comment: 'Exim mainlog / rejectlog / paniclog',
    name: 'meta.line.mail-log',
    begin: re`^${EXIM_TIME}`,
    end: '$',
    patterns: [self('exim-after-time')],
  }),
  region({
    comment: 'aiosmtpd (Python logging): every line sent and received as a bytes repr',
    name: 'meta.line.mail-log',
    begin: re`^${g(L.timestamp, re`\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}`)} ${alt(g(L.level, re`DEBUG|INFO`), g(L.warning, 'WARNING'), g(L.error, re`ERROR|CRITICAL`))} ${g(L.program, re`[\w.]{1,60}`)}: `,
    end: '$',
    patterns: [
      pyBytes('<<', S.dirServer, 'server-content'),
      pyBytes('>>', S.dirClient, 'client-content'),
      match(undefined, re`\b${g(L.keyword, re`DATA readline|_handle_client readline`)}: b['"]${opt(g('entity.name.tag.header.eml', re`[!-9;-~]{1,76}`), g('punctuation.separator.key-value.eml', ':'))}`),
      match(S.credentials, re`\*{8}`),
      self('generic-message'),
    ],
  }),
  region({
    comment: 'journalctl -o json: one object per line, MESSAGE holds the log text',
    name: 'meta.line.json.mail-log',
    begin: re`^(?=\{")`,
    end: '$',
    patterns: [
      region({
        name: 'meta.message.mail-log',
        begin: re`${g(L.key, '"MESSAGE"')}:${g(L.stringBegin, '"')}`,
        end: re`${g(L.stringEnd, re`(?<!\\)"`)}|$`,
        patterns: [postfixQueueId, severity, postfixReject, said, status, dsn, inReplyTo, sendmailReply, sendmailStat, self('quoted-reply'), opensmtpdResult, eximRejected, eximSmtpError, match(undefined, CODE_PAIR), keyValue, self('address')],
      }),
      match(undefined, re`${g(L.key, '"SYSLOG_IDENTIFIER"')}:"${g(L.program, re`[^"\\]{1,100}`)}"`),
      match(undefined, re`${g(L.key, '"SYSLOG_TIMESTAMP"')}:"${g(L.timestamp, re`[^"\\]{1,40}`)}"`),
      match(undefined, re`${g(L.key, re`"[A-Za-z_][A-Za-z0-9_]{0,63}"`)}(?=:)`),
    ],
  }),
];

export const mailLog: Grammar = {
  information_for_contributors: [
    'Generated by scripts/grammars/build.ts from scripts/grammars/mail-log.ts: edit those, then run it.',
  ],
  name: 'Mail Log',
  scopeName: 'source.mail-log',
  patterns: lines,
  repository: {
    'exim-after-time': { patterns: eximAfterTime },
    'postfix-message': { patterns: postfixMessage },
    'sendmail-message': { patterns: sendmailMessage },
    'opensmtpd-message': { patterns: opensmtpdMessage },
    'exim-message': { patterns: eximMessage },
    'generic-message': { patterns: genericMessage },
    address: { patterns: addresses },
    status,
    dsn,
    said,
    'postfix-reject': postfixReject,
    'sendmail-stat': sendmailStat,
    'sendmail-reply': sendmailReply,
    'opensmtpd-result': opensmtpdResult,
    'quoted-reply': quotedReply('C|stat|result'),
    'exim-rejected': eximRejected,
    'exim-smtp-error': eximSmtpError,
    'in-reply-to': inReplyTo,
  },
};
