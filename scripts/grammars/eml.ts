// text.eml: RFC 5322 messages, MIME parts, delivery status notifications (RFC 3464).
//
// Every line-start anchor is written (?:^|\G): when the grammar is embedded after a
// tool's prefix (swaks " -> ", Nodemailer, PHPMailer), the embedding begin/while rule
// leaves the anchor at the start of the message text, where ^ cannot match.
//
// Structure: a message is its header block (begun at the anchor, so it cannot restart
// inside the body) followed by body patterns. A MIME boundary line starts a part, which
// ends at the next boundary line; the part's Content-Type decides whether its body is a
// delivery-status report or an attached message. Nested multiparts are handled flat: any
// boundary line ends the current part, so nothing can grow without bound.

import { alt, g, include, match, re, region } from './regex.js';
import { ANGLE_ADDRESS, BARE_ADDRESS, CODE_PAIR, ENH, ENH_TOKEN, NULL_PATH, REPLY_HEAD, SCOPE } from './shared.js';
import type { Grammar, Rule } from './types.js';

const S = SCOPE;
const self = (name: string): Rule => include(`#${name}`);

const E = {
  name: 'entity.name.tag.header.eml',
  colon: 'punctuation.separator.key-value.eml',
  keyword: 'keyword.other.received.eml',
  protocol: 'constant.language.protocol.eml',
  comment: 'comment.block.eml',
  boundary: 'keyword.control.mime-boundary.eml',
  boundaryPunct: 'punctuation.definition.mime-boundary.eml',
  type: 'keyword.other.type.eml',
  method: 'variable.parameter.auth-method.eml',
  property: 'variable.other.property.eml',
  neutral: 'constant.other.verdict.neutral.eml',
  mbox: 'comment.line.mbox-separator.eml',
  encoded: 'comment.block.encoded.base64.eml',
  transcript: 'meta.transcript.smtp',
} as const;

const BOL = re`(?:^|\G)`;
const FIELD_NAME = re`[!-9;-~]{1,76}`;
const BCHARS = re`[0-9A-Za-z'()+_,./:=?-]{1,70}`;
/** A line that is a MIME boundary (opening or closing). */
const BOUNDARY_LINE = re`--${BCHARS}[ \t]*$`;

const addresses: Rule[] = [match(undefined, ANGLE_ADDRESS), match(undefined, NULL_PATH), match(undefined, BARE_ADDRESS)];

/**
 * RFC 5322 comments in parentheses. The outer one is a region (it may span continuation
 * lines; the field's end pops it if unclosed); one level of nesting is matched inside,
 * bounded, so a line of "((((" costs one region, not ten thousand.
 */
const parenComment: Rule = region({
  name: E.comment,
  begin: re`\(`,
  end: re`\)`,
  patterns: [match(undefined, re`\([^()]{0,300}\)`)],
});

/**
 * One header field: the name line, then continuation lines. `while` (not `end`) so that
 * the field stops at the start of the next line without disturbing the anchor that an
 * embedding rule (swaks " -> ") left there.
 */
function field(name: string, nameRe: ReturnType<typeof re>, patterns: readonly Rule[]): Rule {
  return region({
    name: `meta.header.${name}.eml`,
    begin: re`${BOL}${g(E.name, nameRe)}${g(E.colon, ':')}`,
    while: re`${BOL}(?=[ \t])`,
    patterns,
  });
}

const verdict = alt(
  g(S.success('verdict'), re`pass|bestguesspass`),
  g(S.transient('verdict'), re`softfail|temperror`),
  g(S.failure('verdict'), re`fail|hardfail|permerror`),
  g(E.neutral, re`neutral|none|policy`),
);

const dsnAction = alt(
  g(S.success('action'), re`delivered|relayed|expanded|deliverable`),
  g(S.transient('action'), re`delayed`),
  g(S.failure('action'), re`failed|expired|undeliverable`),
);

/** Delivery status fields (RFC 3464): recognised by name in headers and in bodies alike. */
const dsnFields: Rule[] = [
  field('status', re`(?i:Status)`, [match(undefined, re`\G[ \t]*${ENH}(?![\w]|\.\d)`)]),
  field('action', re`(?i:Action)`, [match(undefined, re`\G[ \t]*(?i:${dsnAction})\b`)]),
  field('diagnostic-code', re`(?i:Diagnostic-Code)`, [
    match(undefined, re`\G[ \t]*${g(E.type, re`[\w-]{1,40}`)};[ \t]*${alt(REPLY_HEAD, ENH_TOKEN)}`),
    match(undefined, re`\G[ \t]*${g(E.type, re`[\w-]{1,40}`)};`),
    match(undefined, CODE_PAIR),
    include('source.smtp-transcript#reply-text'),
  ]),
  field('mta', re`(?i:Reporting-MTA|Remote-MTA|Received-From-MTA|DSN-Gateway)`, [
    match(undefined, re`\G[ \t]*${g(E.type, re`[\w-]{1,40}`)};`),
  ]),
  field('recipient', re`(?i:Final-Recipient|Original-Recipient|X-Actual-Recipient|X-Postfix-Sender)`, [
    match(undefined, re`\G[ \t]*${g(E.type, re`[\w-]{1,40}`)};`),
    self('address'),
  ]),
  field('dsn', re`(?i:Arrival-Date|Last-Attempt-Date|Will-Retry-Until|Original-Envelope-Id|X-Postfix-Queue-ID|Final-Log-ID)`, []),
];

/** Header fields whose values SMTP Lens highlights; the rest get the generic rule. */
const fields: Rule[] = [
  self('dsn-fields'),
  field('received', re`(?i:Received|X-Received)`, [
    match(undefined, re`(?<![\w.-])${g(E.keyword, 'with')}[ \t]+${g(E.protocol, re`[A-Za-z0-9-]{1,30}`)}\b`),
    match(undefined, re`(?<![\w.-])${g(E.keyword, re`from|by|via|with|id|for`)}(?=[ \t]|$)`),
    self('paren-comment'),
    self('address'),
  ]),
  field('authentication-results', re`(?i:Authentication-Results|ARC-Authentication-Results|X-Original-Authentication-Results)`, [
    match(
      undefined,
      re`(?<![\w.-])${g(E.method, re`spf|dkim|dmarc|arc|domainkeys|sender-id|auth|iprev|bimi|dkim-atps|dkim-adsp|smime|x-[\w-]{1,30}`)}=${verdict}\b`,
    ),
    match(undefined, re`(?<![\w.-])${g(E.property, re`(?:header|smtp|body|policy)\.[\w-]{1,30}`)}(?==)`),
    self('paren-comment'),
  ]),
  field('received-spf', re`(?i:Received-SPF)`, [match(undefined, re`\G[ \t]*${verdict}\b`), self('paren-comment')]),
  field('address', re`(?i:From|To|Cc|Bcc|Reply-To|Sender|Return-Path|Delivered-To|X-Original-To|Envelope-To|X-Failed-Recipients|Errors-To|Resent-From|Resent-To)`, [self('address')]),
  field('generic', FIELD_NAME, []),
];

/** A header block: continued while lines are fields or their continuations. */
const headerBlock: Rule = region({
  name: 'meta.headers.eml',
  begin: re`${BOL}(?=${FIELD_NAME}:)`,
  while: re`${BOL}(?=${FIELD_NAME}:|[ \t])`,
  patterns: [self('header-fields')],
});

/**
 * What follows a header block: the blank line (taken with its line end) or, in a malformed
 * message, the first line that is not a field. Once begun it lasts as long as its parent,
 * which is what keeps a later "Word: text" body line from starting a header block again.
 */
const AFTER_HEADERS = re`${BOL}(?:[ \t]*\n|(?=[^ \t\n])(?!${FIELD_NAME}:))`;
const NEVER = re`(?!)`;

const transcriptInBody: Rule[] = [
  region({ name: 'meta.line.server.smtp', begin: re`${BOL}[ \t]*${g(S.dirServer, 'Out:')} `, end: '$', patterns: [include('source.smtp-transcript#server-content')] }),
  region({ name: 'meta.line.client.smtp', begin: re`${BOL}[ \t]*${g(S.dirClient, 'In:')}[ \t]+`, end: '$', patterns: [include('source.smtp-transcript#client-content')] }),
  region({ name: 'meta.line.server.smtp', begin: re`${BOL}${g(S.dirServer, '<<<')} `, end: '$', patterns: [include('source.smtp-transcript#server-content')] }),
  region({ name: 'meta.line.client.smtp', begin: re`${BOL}${g(S.dirClient, '>>>')} `, end: '$', patterns: [include('source.smtp-transcript#client-content')] }),
  // Exim's bounce text puts the reply on the line after "SMTP error from remote mail server after ...:".
  region({
    name: 'meta.reply.eml',
    begin: re`\b${g('keyword.other.eml', re`SMTP error from remote (?:mail server|MTA|server)`)} after (?:(?!: [2-5]\d\d[ -])[^\n]){1,400}?:[ \t]*\n`,
    // Not right after the begin: $ still matches there, past the line end the begin took.
    end: re`(?!\G)$`,
    patterns: [match(undefined, re`\G[ \t]*${REPLY_HEAD}`), match(undefined, CODE_PAIR), include('source.smtp-transcript#reply-text')],
  }),
  match(undefined, re`\b${g('keyword.other.eml', re`SMTP error from remote (?:mail server|MTA|server)`)} after [^\n]{1,400}?: ${REPLY_HEAD}`),
  match(undefined, re`\b${g('keyword.other.eml', re`said|reason`)}: ${REPLY_HEAD}`),
  match(undefined, re`\b${g('keyword.other.eml', re`refused to talk to me`)}: ${REPLY_HEAD}`),
  match(undefined, re`\bhost [^\s\[]{1,255} \[[0-9A-Fa-f.:]{1,45}\](?::\d{1,5})?: ${REPLY_HEAD}`),
  match(undefined, re`(?<=>): ${REPLY_HEAD}(?=.{0,500}\(in reply to )`),
  // qmail and others write the enhanced code after a hash: (#5.1.1), [#4.1.9], 550 #5.1.0
  match(undefined, re`(?<=[(\[ ]#)${ENH}(?![\w]|\.\d)`),
];

const NOT_BOUNDARY = re`${BOL}(?!${BOUNDARY_LINE})`;

// Zero-width begins test for a character: after a begin that took the line end, ^ and \G
// still match at the very end of that line, where nothing may start.
const plainBody: Rule = region({ name: 'meta.body.eml', begin: re`${BOL}(?=[^\n])`, end: NEVER, patterns: [self('body')] });

/** Lines of a body: parts, encoded blobs (left calm), and the replies quoted in bounce text. */
const bodyPatterns: Rule[] = [
  match('meta.separator.mime-boundary.eml', re`${BOL}${g(E.boundaryPunct, '--')}${g(E.boundary, re`[0-9A-Za-z'()+_,./:=?-]{1,70}?`)}${g(E.boundaryPunct, '--')}[ \t]*$`),
  region({
    comment: 'a MIME part, up to the next boundary line (while: checked at every line start, whatever is open inside)',
    name: 'meta.part.eml',
    begin: re`${BOL}${g(E.boundaryPunct, '--')}${g(E.boundary, BCHARS)}[ \t]*\n`,
    while: NOT_BOUNDARY,
    patterns: [
      headerBlock,
      region({
        comment: 'the part body; if it starts with fields it is an attached message (message/rfc822, text/rfc822-headers) or a delivery-status report',
        name: 'meta.part.body.eml',
        begin: AFTER_HEADERS,
        end: NEVER,
        patterns: [
          region({
            name: 'meta.message.attached.eml',
            begin: re`${BOL}(?=${FIELD_NAME}:)`,
            end: NEVER,
            patterns: [headerBlock, region({ name: 'meta.body.eml', begin: AFTER_HEADERS, end: NEVER, patterns: [self('body')] })],
          }),
          plainBody,
        ],
      }),
    ],
  }),
  match(E.encoded, re`${BOL}[A-Za-z0-9+/]{20,1000}={0,2}[ \t]*$`),
  self('dsn-fields'),
  self('transcript-in-body'),
  match(undefined, CODE_PAIR),
];

const MBOX_FROM = re`From [^\s]{1,320} `;

export const eml: Grammar = {
  information_for_contributors: [
    'Generated by scripts/grammars/build.ts from scripts/grammars/eml.ts: edit those, then run it.',
  ],
  name: 'Email Message',
  scopeName: 'text.eml',
  patterns: [
    match(E.mbox, re`${BOL}${MBOX_FROM}.{0,200}$`),
    region({
      name: 'meta.message.eml',
      begin: re`${BOL}(?=${FIELD_NAME}:)`,
      end: re`${BOL}(?=${MBOX_FROM})`,
      patterns: [
        headerBlock,
        region({ name: 'meta.body.eml', begin: AFTER_HEADERS, end: re`${BOL}(?=${MBOX_FROM})`, patterns: [self('body')] }),
      ],
    }),
    self('body'),
  ],
  repository: {
    body: { patterns: bodyPatterns },
    'paren-comment': parenComment,
    'header-fields': { patterns: fields },
    'dsn-fields': { patterns: dsnFields },
    'transcript-in-body': { patterns: transcriptInBody },
    address: { patterns: addresses },
  },
};
