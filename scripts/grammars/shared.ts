// Scopes and pattern fragments shared by every SMTP Lens grammar.
//
// Colour choice (see syntaxes/README.md): a reply code carries a neutral base scope
// (constant.numeric.reply-code.smtp) and, pushed after it, a class scope that common
// themes colour. A theme that does not colour the class scope falls back to the base.

import { alt, g, opt, re, seq, type Frag, type Piece } from './regex.js';

export const SCOPE = {
  code: 'constant.numeric.reply-code.smtp',
  code2: 'constant.numeric.reply-code.smtp markup.inserted.reply-code.2yz.smtp',
  code3: 'constant.numeric.reply-code.smtp support.type.reply-code.3yz.smtp',
  code4: 'constant.numeric.reply-code.smtp markup.changed.reply-code.4yz.smtp',
  code5: 'constant.numeric.reply-code.smtp markup.deleted.reply-code.5yz.smtp invalid.illegal.reply-code.5yz.smtp',
  enh2: 'constant.numeric.enhanced-status-code.smtp markup.inserted.enhanced-status-code.2.smtp',
  enh4: 'constant.numeric.enhanced-status-code.smtp markup.changed.enhanced-status-code.4.smtp',
  enh5: 'constant.numeric.enhanced-status-code.smtp markup.deleted.enhanced-status-code.5.smtp invalid.illegal.enhanced-status-code.5.smtp',
  // Outcomes of a delivery (log status=, Exim flags, DSN Action:, auth verdicts).
  success: (what: string): string => `markup.inserted.${what}.success.smtp`,
  transient: (what: string): string => `markup.changed.${what}.transient.smtp`,
  failure: (what: string): string => `markup.deleted.${what}.failure.smtp invalid.illegal.${what}.failure.smtp`,
  continuation: 'punctuation.separator.continuation.smtp',
  extension: 'support.function.extension.smtp',
  command: 'keyword.control.command.smtp',
  unknownCommand: 'keyword.other.command.unknown.smtp',
  endOfData: 'keyword.control.end-of-data.smtp',
  credentials: 'string.other.credentials.smtp',
  authMechanism: 'constant.language.auth-mechanism.smtp',
  hostname: 'string.unquoted.hostname.smtp',
  address: 'string.other.address.smtp',
  nullPath: 'string.other.address.null-path.smtp',
  addressBegin: 'punctuation.definition.string.begin.smtp',
  addressEnd: 'punctuation.definition.string.end.smtp',
  param: 'variable.parameter.esmtp.smtp',
  assign: 'keyword.operator.assignment.smtp',
  paramKeyword: 'constant.language.parameter-value.smtp',
  paramNumber: 'constant.other.number.smtp',
  paramString: 'string.unquoted.parameter-value.smtp',
  queueId: 'variable.other.constant.queue-id.smtp',
  escape: 'constant.character.escape.smtp',
  tls: 'keyword.other.tls.smtp',
  errorMarker: 'invalid.illegal.error-marker.smtp',
  info: 'comment.line.info.smtp',
  prefix: 'comment.line.prefix.smtp',
  dirServer: 'punctuation.definition.direction.server.smtp',
  dirServerTls: 'punctuation.definition.direction.server.tls.smtp',
  dirClient: 'punctuation.definition.direction.client.smtp',
  dirClientTls: 'punctuation.definition.direction.client.tls.smtp',
  dirInfo: 'punctuation.definition.direction.info.smtp',
  stringBegin: 'punctuation.definition.string.begin.smtp',
  stringEnd: 'punctuation.definition.string.end.smtp',
  base64: 'comment.block.base64.smtp',
} as const;

/** A basic reply code: three digits whose first digit is 2 to 5, one capture per class. */
export const CODE: Frag = alt(
  g(SCOPE.code2, re`2\d\d`),
  g(SCOPE.code3, re`3\d\d`),
  g(SCOPE.code4, re`4\d\d`),
  g(SCOPE.code5, re`5\d\d`),
);

/** An enhanced status code (RFC 3463): class.subject.detail with 1-3 digit subject and detail. */
export const ENH: Frag = alt(
  g(SCOPE.enh2, re`2\.\d{1,3}\.\d{1,3}`),
  g(SCOPE.enh4, re`4\.\d{1,3}\.\d{1,3}`),
  g(SCOPE.enh5, re`5\.\d{1,3}\.\d{1,3}`),
);

/** An enhanced code that is a whole token. */
export const ENH_TOKEN: Frag = re`(?<![\w.])${ENH}(?![\w]|\.\d)`;

/**
 * The head of a reply: the code, the separator, and the enhanced code when it follows
 * directly. Nothing else may follow the code but a separator, the end of the line, or the
 * closing quote / escape of the tool that printed it.
 */
export const REPLY_HEAD: Frag = seq(
  CODE,
  alt(
    seq(alt(g(SCOPE.continuation, '-'), ' '), opt(ENH, re`(?![\w.])`)),
    re`(?=$|[\\'"])`,
  ),
);

/**
 * A reply code and an enhanced code of the same class next to each other (`550 5.1.1`,
 * `451-4.7.1`) are a reply wherever they appear in free text. The same-class condition is
 * what keeps this precise: a port, a time or a size is not followed by `d.d.d` of its class.
 */
export const CODE_PAIR: Frag = re`(?<![\w.:/-])${alt(
  seq(g(SCOPE.code2, re`2\d\d`), g('', re`[ -]`), g(SCOPE.enh2, re`2\.\d{1,3}\.\d{1,3}`)),
  seq(g(SCOPE.code4, re`4\d\d`), g('', re`[ -]`), g(SCOPE.enh4, re`4\.\d{1,3}\.\d{1,3}`)),
  seq(g(SCOPE.code5, re`5\d\d`), g('', re`[ -]`), g(SCOPE.enh5, re`5\.\d{1,3}\.\d{1,3}`)),
)}(?![\w]|\.\d)`;

/** ESMTP keywords a server advertises in its EHLO reply. */
export const EHLO_KEYWORDS =
  '8BITMIME|ATRN|AUTH|BINARYMIME|BURL|CHECKPOINT|CHUNKING|CONNEG|CONPERM|DELIVERBY|DSN|ENHANCEDSTATUSCODES|ETRN|EXPN|FUTURERELEASE|HELP|LIMITS|MT-PRIORITY|MTRK|NO-SOLICITING|ONEX|PIPECONNECT|PIPELINING|PRDR|REQUIRETLS|SIZE|SMTPUTF8|STARTTLS|TURN|UTF8SMTP|VERB|VRFY|X-EXPS|X-LINK2STATE|XCLIENT|XEXCH50|XFORWARD|XUSR|XVERP';

/** SMTP command verbs (RFC 5321 and common extensions). */
export const VERBS =
  'ATRN|AUTH|BDAT|BURL|DATA|EHLO|ETRN|EXPN|HELO|HELP|LHLO|MAIL|NOOP|QUIT|RCPT|RSET|SAML|SEND|SOML|STARTTLS|TURN|VRFY|XCLIENT|XFORWARD';

// Addresses. Quantifiers are bounded (RFC 5321 limits: 64-octet local part, 255-octet
// domain) so a failing attempt never scans more than a few hundred characters.
export const ANGLE_ADDRESS: Frag = seq(
  g(SCOPE.addressBegin, '<'),
  g(SCOPE.address, re`[^\s<>@"'\\]{1,64}@[^\s<>"'\\]{1,255}`),
  g(SCOPE.addressEnd, '>'),
);
export const NULL_PATH: Frag = g(SCOPE.nullPath, '<>');
export const BARE_ADDRESS: Frag = re`(?<![\w.+=@/-])${g(
  SCOPE.address,
  re`[\w.+=-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}`,
)}(?![\w@-]|\.[\w-])`;

/** Timestamps as printed by syslog (RFC 3164) and RFC 3339 / ISO 8601 writers. */
export const SYSLOG_TS = re`(?:[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d(?:\.\d{1,6})?|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?)`;

/** The prefix a rule matches as a whole line start, with a trailing anchor-friendly group. */
export function line(...pieces: readonly Piece[]): Frag {
  return seq('^', ...pieces);
}
