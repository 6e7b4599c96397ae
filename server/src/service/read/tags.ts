/**
 * The syslog tags of mail servers, which detect.ts (whose log is it) and log.ts (whose line is it) both tell apart;
 * pattern sources, to be written into their patterns.
 */

/** Postfix's programs: "postfix/smtp", "postfix/smtpd", a second instance's "postfix-out/qmgr". */
export const postfixTag = String.raw`postfix(?:-[\w-]+)?\/[\w/-]+`;

/** Sendmail's programs. */
export const sendmailTags = String.raw`sendmail|sm-mta|sm-msp-queue`;
