// source.smtp-transcript: SMTP dialogues as the common tools print them.
//
// Every rule starts at a line start (^) with the tool's own prefix; the reply or command
// after the prefix is matched at \G (right after the prefix), never searched for, so a
// number is a reply code only where the tool says a reply starts. The DATA content is a
// begin/while region that embeds text.eml: `while` is checked at the start of each line
// whatever the embedded grammar is doing, so the message can never swallow the dialogue.

import { alt, g, include, match, opt, re, region, seq } from './regex.js';
import {
  ANGLE_ADDRESS,
  BARE_ADDRESS,
  CODE,
  CODE_PAIR,
  EHLO_KEYWORDS,
  ENH,
  NULL_PATH,
  REPLY_HEAD,
  SCOPE,
  VERBS,
} from './shared.js';
import type { Grammar, Rule } from './types.js';

const S = SCOPE;
const self = (name: string): Rule => include(`#${name}`);

// --- the pieces of a line ----------------------------------------------------------------

const replyHead: Rule[] = [
  match(
    'meta.reply.ehlo-keyword.smtp',
    re`\G${g(S.code2, '250')}${alt(g(S.continuation, '-'), ' ')}${g(S.extension, re`(?i:${EHLO_KEYWORDS})`)}(?![\w-])`,
  ),
  match('meta.reply.head.smtp', re`\G${REPLY_HEAD}`),
];

const escapes = match(S.escape, re`\\(?:r|n|t|x[0-9a-fA-F]{2}|\\|')`);

const replyText: Rule[] = [
  escapes,
  match(undefined, ANGLE_ADDRESS),
  match(undefined, NULL_PATH),
  match(undefined, re`\b(?:queued as|id=)\s?${g(S.queueId, re`[0-9A-Za-z][0-9A-Za-z-]{4,23}`)}\b`),
];

const esmtpParam = match(
  'meta.parameter.esmtp.smtp',
  re`(?<=[ \t])${g(S.param, re`[A-Za-z][A-Za-z0-9-]{0,30}`)}${g(S.assign, '=')}${alt(
    seq(g(S.paramNumber, re`\d{1,20}`), re`(?=[\s\\'"]|$)`),
    seq(g(S.paramKeyword, re`[A-Z0-9][A-Z0-9,-]{0,63}`), re`(?=[\s\\'"]|$)`),
    g(S.paramString, re`[^\s\\'"]{1,500}`),
  )}`,
);

const commandArgs: Rule[] = [
  escapes,
  match(undefined, ANGLE_ADDRESS),
  match(undefined, NULL_PATH),
  esmtpParam,
  match(S.param, re`(?<=[ \t])(?:SMTPUTF8|REQUIRETLS)\b`),
];

const END_OF_ARG = re`(?=[\s\\'"]|$)`;

const command: Rule[] = [
  match(
    'meta.command.smtp',
    re`\G(?i:${alt(seq(g(S.command, 'MAIL'), re`[ \t]+`, g(S.command, 'FROM')), seq(g(S.command, 'RCPT'), re`[ \t]+`, g(S.command, 'TO')))})[ \t]*${g('punctuation.separator.key-value.smtp', ':')}`,
  ),
  match(
    'meta.command.smtp',
    re`\G${g(S.command, re`(?i:EHLO|HELO|LHLO)`)}\b${opt(re`[ \t]+`, g(S.hostname, re`[^\s\\'"]{1,255}`))}`,
  ),
  match(
    'meta.command.auth.smtp',
    re`\G${g(S.command, re`(?i:AUTH)`)}\b${opt(
      re`[ \t]+`,
      g(S.authMechanism, re`[A-Za-z0-9_-]{1,40}`),
      opt(re`[ \t]+`, g(S.credentials, re`[A-Za-z0-9+/]{1,4000}={0,2}|=|\*{1,64}`), END_OF_ARG),
    )}`,
  ),
  match(
    'meta.command.smtp',
    re`\G${g(S.command, re`(?i:BDAT)`)}[ \t]+${g(S.paramNumber, re`\d{1,20}`)}${opt(re`[ \t]+`, g(S.command, re`(?i:LAST)`))}\b`,
  ),
  match('meta.command.smtp', re`\G${g(S.command, re`(?i:${VERBS})`)}\b`),
  // A lone base64 token on a client line answers a 334 challenge: a credential. All-caps
  // words are left out so that an unknown command such as FROBNICATE is not taken for one.
  match(
    undefined,
    re`\G(?![A-Z]{1,64}(?:\\r|\\n|['"]|[ \t]*$))${g(S.credentials, re`[A-Za-z0-9+/]{4,4000}={0,2}`)}(?=\\r|['"]|[ \t]*$)`,
  ),
  match(undefined, re`\G${g(S.unknownCommand, re`[A-Za-z][A-Za-z0-9-]{0,19}`)}\b`),
];

const tlsMarker = match(
  S.tls,
  re`\b(?:STARTTLS|TLS started|(?:Anonymous|Untrusted|Trusted|Verified) TLS connection established|SSL connection using|TLSv1(?:\.[0-3])?|TLS1\.[0-3]|SSLv3)\b`,
);

const freeText: Rule[] = [match(undefined, CODE_PAIR), tlsMarker, match(undefined, ANGLE_ADDRESS)];

// --- line shapes ---------------------------------------------------------------------------

interface LineSpec {
  readonly comment: string;
  readonly name: string;
  readonly begin: ReturnType<typeof re>;
  readonly content: 'server' | 'client' | 'info' | 'error' | readonly Rule[];
}

function lineRule(spec: LineSpec): Rule {
  const patterns: readonly Rule[] =
    spec.content === 'server'
      ? [self('server-content')]
      : spec.content === 'client'
        ? [self('client-content')]
        : spec.content === 'info'
          ? [tlsMarker]
          : spec.content === 'error'
            ? [self('free-text')]
            : spec.content;
  return region({
    comment: spec.comment,
    name: spec.name,
    ...(spec.content === 'info' ? { contentName: S.info } : {}),
    begin: spec.begin,
    end: '$',
    patterns,
  });
}

const SERVER = 'meta.line.server.smtp';
const CLIENT = 'meta.line.client.smtp';
const INFO = 'meta.line.info.smtp';
const ERROR = 'meta.line.error.smtp';

const SOCAT_TS = re`\d{4}/\d\d/\d\d \d\d:\d\d:\d\d\.\d{1,9}`;
const SOCAT_HEADER_TAIL = re`[ \t]+${g('comment.line.socat-header.smtp', re`length=\d{1,12} from=\d{1,20} to=\d{1,20}`)}[ \t]*$`;
const NODE_TS = re`\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\]`;
const PHP_TS = re`\d{4}-\d\d-\d\d \d\d:\d\d:\d\d`;
const PY_TS = opt(g(S.prefix, re`\d\d:\d\d:\d\d\.\d{1,6}`), ' ');

/** The text of a 354 line after its code (the line that opens the DATA content). */
const AFTER_354 = seq(
  alt(seq(alt(g(S.continuation, '-'), ' '), opt(ENH, re`(?![\w.])`), g({ patterns: [self('reply-text')] }, re`.*`)), re``),
  '$',
);
const CODE_354 = g(S.code3, '354');

/** The DATA phase of one tool: from its 354 line to its end-of-data line. */
function dataPhase(
  comment: string,
  begin354: ReturnType<typeof re>,
  end: ReturnType<typeof re>,
  content: Rule,
): Rule {
  return region({
    comment,
    name: 'meta.data-phase.smtp',
    begin: seq(begin354, AFTER_354),
    end,
    patterns: [content, include('$self')],
  });
}

const EMBEDDED = 'meta.embedded.block.message.smtp';

const swaksDir = alt(g(S.dirClient, '->'), g(S.dirClientTls, '~>'));
const swaksData = dataPhase(
  'swaks: DATA content is echoed after " -> " up to the " -> ." line',
  re`^${alt(g(S.dirServer, '<-'), g(S.dirServerTls, '<~'))}[ \t]+${CODE_354}`,
  alt(re`^ ${swaksDir} ${g(S.endOfData, re`\.`)}$`, re`^(?=<[-~*]|\*\*\*|===)`),
  region({
    contentName: EMBEDDED,
    begin: re`^ ${swaksDir} (?!\.$)`,
    while: re`^ ${swaksDir} (?!\.$)`,
    patterns: [include('text.eml')],
  }),
);

const nodePrefix = seq(g(S.prefix, NODE_TS), ' ', g(S.prefix, 'DEBUG'), re`[ \t]+`, g(S.prefix, re`\[[\w-]{1,40}\]`), ' ');
const nodeData = dataPhase(
  'Nodemailer: message lines carry the logger prefix without "C:"',
  re`^${g(S.prefix, NODE_TS)} ${g(S.prefix, 'DEBUG')}[ \t]+${g(S.prefix, re`\[[\w-]{1,40}\]`)} ${g(S.dirServer, 'S:')} ${CODE_354}`,
  alt(re`^${nodePrefix}${g(S.endOfData, re`\.`)}$`, re`^(?=${NODE_TS} \w{1,8}[ \t]+\[[\w-]{1,40}\] S: )`),
  region({
    contentName: EMBEDDED,
    begin: seq('^', nodePrefix, re`(?![SC]: |\.$)`),
    while: seq('^', nodePrefix, re`(?![SC]: |\.$)`),
    patterns: [include('text.eml')],
  }),
);

const phpClient = seq(g(S.prefix, PHP_TS), g('', re`\t`), g(S.dirClient, 'CLIENT -> SERVER:'), '(?> ?)');
const phpData = dataPhase(
  'PHPMailer: message lines are "CLIENT -> SERVER:" lines up to the "." line',
  re`^${g(S.prefix, PHP_TS)}\t${g(S.dirServer, 'SERVER -> CLIENT:')} ${CODE_354}`,
  alt(seq('^', phpClient, g(S.endOfData, re`\.`), '$'), re`^(?=${PHP_TS}\tSERVER -> CLIENT: )`),
  region({
    contentName: EMBEDDED,
    begin: seq('^', phpClient, re`(?!\.$)`),
    while: seq('^', phpClient, re`(?!\.$)`),
    patterns: [include('text.eml')],
  }),
);

const bareData = dataPhase(
  'socat -v, nc, openssl, exim -bh, tshark: a bare 354 line; only socat shows the content, in the next ">" block',
  re`^[ \t]*${CODE_354}`,
  alt(re`^${g(S.endOfData, re`\.`)}${opt(g(S.escape, re`\\r`))}$`, re`^(?=[ \t]*[2-5]\d\d[ -]|< \d{4}/)`),
  region({
    contentName: EMBEDDED,
    begin: seq(re`^${g(S.dirClient, '>')} ${g(S.prefix, SOCAT_TS)}`, SOCAT_HEADER_TAIL),
    while: re`^(?!\.(?:\\r)?$|[<>] \d{4}/\d\d/\d\d )`,
    patterns: [include('text.eml')],
  }),
);

const socatBdat = region({
  comment: 'socat -v: a BDAT chunk is followed by its content in the same ">" block',
  contentName: EMBEDDED,
  begin: re`^${g(S.command, 'BDAT')}[ \t]+${g(S.paramNumber, re`\d{1,20}`)}${opt(re`[ \t]+`, g(S.command, 'LAST'))}${opt(g(S.escape, re`\\r`))}$`,
  while: re`^(?![<>] \d{4}/\d\d/\d\d )`,
  patterns: [include('text.eml')],
});

const bareCommandStart = re`(?=(?i:MAIL[ \t]+FROM|RCPT[ \t]+TO)[ \t]*:|(?i:EHLO|HELO|LHLO)[ \t]+\S|(?:${VERBS})(?:[ \t]|\\r|$))`;

const lines: Rule[] = [
  // socat -v block headers come first: curl's "< " and "> " prefixes would take them.
  match(
    'meta.line.socat-header.smtp',
    seq(re`^${alt(g(S.dirServer, '<'), g(S.dirClient, '>'))} ${g(S.prefix, SOCAT_TS)}`, SOCAT_HEADER_TAIL),
  ),
  swaksData,
  nodeData,
  phpData,
  // swaks
  lineRule({ comment: 'swaks server reply', name: SERVER, begin: re`^${alt(g(S.dirServer, '<-'), g(S.dirServerTls, '<~'))}[ \t]+`, content: 'server' }),
  lineRule({
    comment: 'swaks server reply that swaks counts as an error',
    name: SERVER,
    begin: re`^${alt(g(`${S.dirServer} ${S.errorMarker}`, re`<\*\*`), g(`${S.dirServerTls} ${S.errorMarker}`, re`<~\*`))}[ \t]+`,
    content: 'server',
  }),
  lineRule({ comment: 'swaks client command', name: CLIENT, begin: re`^ ${swaksDir} `, content: 'client' }),
  lineRule({ comment: 'swaks information', name: INFO, begin: re`^${g(S.dirInfo, '===')}(?: |$)`, content: 'info' }),
  lineRule({ comment: 'swaks error', name: ERROR, begin: re`^${g(S.errorMarker, re`\*\*\*`)}(?: |$)`, content: 'error' }),
  // msmtp --debug
  lineRule({ comment: 'msmtp server reply', name: SERVER, begin: re`^${g(S.dirServer, '<--')} `, content: 'server' }),
  lineRule({ comment: 'msmtp client command', name: CLIENT, begin: re`^${g(S.dirClient, '-->')} `, content: 'client' }),
  lineRule({ comment: 'msmtp error summary', name: ERROR, begin: re`^${g(S.errorMarker, 'msmtp:')} `, content: 'error' }),
  // curl -v
  lineRule({ comment: 'curl server reply', name: SERVER, begin: re`^${g(S.dirServer, '<')} `, content: 'server' }),
  lineRule({ comment: 'curl client command', name: CLIENT, begin: re`^${g(S.dirClient, '>')} `, content: 'client' }),
  lineRule({ comment: 'curl information', name: INFO, begin: re`^${g(S.dirInfo, re`\*`)}(?=\s|$)`, content: 'info' }),
  match(INFO, re`^${g(S.dirInfo, re`[{}]`)} ${g(S.info, re`\[\d{1,12} bytes data\]`)}`),
  // Python smtplib set_debuglevel(1) and (2)
  region({
    comment: 'smtplib: the bytes it sent',
    name: CLIENT,
    begin: seq('^', PY_TS, g(S.dirClient, 'send:'), ' ', g(S.stringBegin, re`b?['"]`)),
    end: re`${g(S.stringEnd, re`['"]`)}(?=[ \t]*$)|$`,
    patterns: [
      region({
        comment: 'the message itself, sent in one piece after DATA',
        contentName: EMBEDDED,
        begin: re`\G(?=[!-9;-~]{1,76}:)`,
        end: re`(?=['"][ \t]*$)`,
        patterns: [
          match('meta.header.smtp', re`(?:\G|(?<=\\n))${g('entity.name.tag.header.eml', re`[!-9;-~]{1,76}`)}${g('punctuation.separator.key-value.eml', ':')}`),
          match(undefined, re`(?<=\\n)${g(S.endOfData, re`\.`)}(?=\\r\\n)`),
          escapes,
        ],
      }),
      self('client-content'),
    ],
  }),
  region({
    comment: 'smtplib: a reply line as it read it',
    name: SERVER,
    begin: seq('^', PY_TS, g(S.dirServer, 'reply:'), ' ', g(S.stringBegin, re`b?['"]`)),
    end: re`${g(S.stringEnd, re`['"]`)}(?=[ \t]*$)|$`,
    patterns: [self('server-content')],
  }),
  match(
    SERVER,
    seq('^', PY_TS, g(S.dirServer, 'reply:'), ' ', g(S.prefix, 'retcode'), ' ', g('punctuation.section.parens.begin.smtp', re`\(`), CODE, g('punctuation.section.parens.end.smtp', re`\)`), ';'),
  ),
  match(SERVER, seq('^', PY_TS, g(S.prefix, 'data:'), ' ', re`\(`, CODE, ', ')),
  match(SERVER, re`^\(${CODE}, (?=b?['"])`),
  region({
    comment: 'smtplib exceptions carry the reply as (code, b"text")',
    name: ERROR,
    begin: re`^${g(S.errorMarker, re`(?:smtplib\.)?SMTP\w{0,40}(?:Error|Exception|Disconnected|Refused)|[A-Z]\w{0,40}Error|Traceback`)}(?=[: ])`,
    end: '$',
    patterns: [match(undefined, re`\(${CODE}, (?=b?['"])`), ...freeText],
  }),
  match('comment.line.traceback.smtp', re`^  File ".{1,500}?", line \d{1,9}(?:, in .{1,200})?$`),
  // exim -v
  lineRule({ comment: 'exim -v reply', name: SERVER, begin: re`^[ \t]*${g(S.dirServer, 'SMTP<<')} `, content: 'server' }),
  lineRule({ comment: 'exim -v command (|> pipelined, +> appended)', name: CLIENT, begin: re`^[ \t]*${g(S.dirClient, re`SMTP(?:>>|\|>|\+>)`)} `, content: 'client' }),
  match(INFO, re`^[ \t]*${g(S.info, re`SMTP\((?:shutdown|close|TLS close)\)>>`)}[ \t]*$`),
  match(INFO, re`^${g(S.info, re`cmdlog: .*`)}$`),
  lineRule({ comment: 'exim -v / -bh log line', name: 'meta.line.log.smtp', begin: re`^${g(S.prefix, 'LOG:')} `, content: [include('source.mail-log#exim-after-time')] }),
  lineRule({
    comment: 'exim -v: the delivery log lines of the message (<= => -> == **)',
    name: 'meta.line.log.smtp',
    begin: re`^[ \t]+(?=(?:<=|=>|->|==|\*\*|\*>) )`,
    content: [include('source.mail-log#exim-after-time')],
  }),
  // Sendmail DSN transcripts (>>> command, <<< reply); exim -bh ACL trace (>>> text)
  lineRule({ comment: 'Sendmail transcript command', name: CLIENT, begin: re`^${g(S.dirClient, '>>>')} (?=(?i:${VERBS})\b)`, content: 'client' }),
  match('comment.line.trace.smtp', re`^>>>(?: .*)?$`),
  lineRule({ comment: 'Sendmail transcript reply', name: SERVER, begin: re`^${g(S.dirServer, '<<<')} `, content: 'server' }),
  match('comment.line.info.smtp', re`^\*{4}(?: .*)?$`),
  // posttls-finger
  region({
    comment: 'posttls-finger: every line carries the program name',
    name: 'meta.line.posttls-finger.smtp',
    begin: re`^${g(S.prefix, 'posttls-finger:')} `,
    end: '$',
    patterns: [
      region({ name: SERVER, begin: re`\G${g(S.dirServer, '<')} `, end: '$', patterns: [self('server-content')] }),
      region({ name: CLIENT, begin: re`\G${g(S.dirClient, '>')} `, end: '$', patterns: [self('client-content')] }),
      tlsMarker,
    ],
  }),
  // Nodemailer logger
  region({
    comment: 'Nodemailer: [time] LEVEL [connection] S:/C: or a message',
    name: 'meta.line.nodemailer.smtp',
    begin: re`^${g(S.prefix, NODE_TS)} ${alt(g(S.prefix, re`DEBUG|INFO|TRACE`), g('markup.changed.level.warning.smtp', 'WARN'), g(S.errorMarker, re`ERROR|FATAL`))}[ \t]+${opt(g(S.prefix, re`\[[\w-]{1,40}\]`), ' ')}`,
    end: '$',
    patterns: [
      region({ name: SERVER, begin: re`\G${g(S.dirServer, 'S:')} `, end: '$', patterns: [self('server-content')] }),
      region({ name: CLIENT, begin: re`\G${g(S.dirClient, 'C:')} `, end: '$', patterns: [self('client-content')] }),
      match(undefined, re`\bInvalid login: ${REPLY_HEAD}`),
      ...freeText,
    ],
  }),
  match(ERROR, re`^${g(S.errorMarker, 'ERROR')} ${g('entity.name.type.error-code.smtp', re`E[A-Z]{2,30}`)} ${REPLY_HEAD}`),
  region({
    comment: 'Nodemailer result object',
    name: 'meta.line.result.smtp',
    begin: re`^${g(S.prefix, 'RESULT')} `,
    end: '$',
    patterns: [match(undefined, re`"response":"${REPLY_HEAD}`), ...freeText],
  }),
  // PHPMailer SMTPDebug
  region({
    comment: 'PHPMailer: date time TAB, then a direction or a message',
    name: 'meta.line.phpmailer.smtp',
    begin: re`^${g(S.prefix, PHP_TS)}\t`,
    end: '$',
    patterns: [
      region({ name: SERVER, begin: re`\G${g(S.dirServer, 'SERVER -> CLIENT:')} `, end: '$', patterns: [self('server-content')] }),
      region({ name: CLIENT, begin: re`\G${g(S.dirClient, 'CLIENT -> SERVER:')} ?`, end: '$', patterns: [self('client-content')] }),
      region({ name: ERROR, begin: re`\G${g(S.errorMarker, re`SMTP (?:ERROR|Error):`)} `, end: '$', patterns: [match(undefined, re`\bcommand failed: ${REPLY_HEAD}`), ...freeText] }),
      tlsMarker,
    ],
  }),
  lineRule({ comment: 'PHPMailer error summary', name: ERROR, begin: re`^${g(S.errorMarker, 'ERROR')} `, content: 'error' }),
  // Postfix postmaster notices ("Transcript of session follows.")
  lineRule({ comment: 'Postfix postmaster transcript reply', name: SERVER, begin: re`^[ \t]*${g(S.dirServer, 'Out:')} `, content: 'server' }),
  lineRule({ comment: 'Postfix postmaster transcript command', name: CLIENT, begin: re`^[ \t]*${g(S.dirClient, 'In:')}[ \t]+`, content: 'client' }),
  // tshark -V (SMTP decode)
  lineRule({ comment: 'tshark decode: reply', name: SERVER, begin: re`^[ \t]+${g(S.dirServer, 'Response:')} `, content: 'server' }),
  lineRule({ comment: 'tshark decode: command', name: CLIENT, begin: re`^[ \t]+${g(S.dirClient, 'Command Line:')} `, content: 'client' }),
  match(SERVER, re`^[ \t]+${g(S.prefix, 'Response code:')} .{0,200}?\(${CODE}\)[ \t]*$`),
  // Lines without any prefix: nc, socat -v blocks, openssl s_client, exim -bh, tshark follow,
  // exim -v and PHPMailer continuation lines.
  bareData,
  socatBdat,
  lineRule({ comment: 'a reply line with no prefix', name: SERVER, begin: re`^[ \t]*(?=[2-5]\d\d(?:[ -]|\\r))`, content: 'server' }),
  lineRule({ comment: 'a command line with no prefix', name: CLIENT, begin: seq('^', bareCommandStart), content: 'client' }),
  match('meta.line.end-of-data.smtp', re`^${g(S.endOfData, re`\.`)}${opt(g(S.escape, re`\\r`))}$`),
  match(S.base64, re`^[A-Za-z0-9+/]{20,1000}={0,2}$`),
  ...freeText,
];

export const transcript: Grammar = {
  information_for_contributors: [
    'Generated by scripts/grammars/build.ts from scripts/grammars/transcript.ts: edit those, then run it.',
  ],
  name: 'SMTP Transcript',
  scopeName: 'source.smtp-transcript',
  patterns: lines,
  repository: {
    'reply-head': { patterns: replyHead },
    'reply-text': { patterns: replyText },
    'server-content': { patterns: [self('reply-head'), self('reply-text')] },
    command: { patterns: command },
    'command-args': { patterns: commandArgs },
    'client-content': { patterns: [self('command'), self('command-args')] },
    'free-text': { patterns: freeText },
    'code-pair': match(undefined, CODE_PAIR),
    address: { patterns: [match(undefined, ANGLE_ADDRESS), match(undefined, NULL_PATH), match(undefined, BARE_ADDRESS)] },
  },
};
