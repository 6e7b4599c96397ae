import { enhancedClassMismatch } from './enhanced-class-mismatch';
import { commandLineTooLong } from './command-line-too-long';
import { domainTooLong } from './domain-too-long';
import { enhancedMissing } from './enhanced-missing';
import { enhancedNotAllowed } from './enhanced-not-allowed';
import { enhancedSyntax } from './enhanced-syntax';
import { enhancedUnusualPairing } from './enhanced-unusual-pairing';
import { localPartTooLong } from './local-part-too-long';
import { multilineCodeMismatch } from './multiline-code-mismatch';
import { multilineExtraLine } from './multiline-extra-line';
import { multilineUnterminated } from './multiline-unterminated';
import { replyCodeSyntax } from './reply-code-syntax';
import { replyLineTooLong } from './reply-line-too-long';
import { textLineTooLong } from './text-line-too-long';
import { tooManyRecipients } from './too-many-recipients';
import type { Rule } from './rule';
import { unregisteredCode } from './unregistered-code';
import { cleartextBeforeStarttls } from './cleartext-before-starttls';
import { commandAfterClose } from './command-after-close';
import { contentWithout354 } from './content-without-354';
import { dataBdatMixed } from './data-bdat-mixed';
import { dataUnterminated } from './data-unterminated';
import { dataWithoutRecipient } from './data-without-recipient';
import { loneDotInContent } from './lone-dot-in-content';
import { mailBeforeAuthDone } from './mail-before-auth-done';
import { mailBeforeHelo } from './mail-before-helo';
import { missingReply } from './missing-reply';
import { rcptBeforeMail } from './rcpt-before-mail';
import { replyMismatch } from './reply-mismatch';
import { unsolicitedReply } from './unsolicited-reply';
import { authCredentials } from './auth-credentials';
import { lineEndings } from './line-endings';
import { smtpSmuggling } from './smtp-smuggling';
import { logDeliveryFailure } from './log-delivery-failure';
import { dsnContradiction } from './dsn-contradiction';
import { dsnMissingField } from './dsn-missing-field';
import { malformedHeader } from './malformed-header';

export type { Finding, Fix, Rule, RuleContext } from './rule';

/** Every rule, in the order their diagnostics are listed. */
export const rules: readonly Rule[] = [
  enhancedClassMismatch,
  unregisteredCode,
  replyCodeSyntax,
  multilineCodeMismatch,
  multilineUnterminated,
  multilineExtraLine,
  enhancedSyntax,
  enhancedNotAllowed,
  enhancedMissing,
  enhancedUnusualPairing,
  commandLineTooLong,
  replyLineTooLong,
  textLineTooLong,
  localPartTooLong,
  domainTooLong,
  tooManyRecipients,
  mailBeforeHelo,
  rcptBeforeMail,
  dataWithoutRecipient,
  contentWithout354,
  dataUnterminated,
  loneDotInContent,
  commandAfterClose,
  mailBeforeAuthDone,
  cleartextBeforeStarttls,
  replyMismatch,
  dataBdatMixed,
  missingReply,
  unsolicitedReply,
  lineEndings,
  smtpSmuggling,
  authCredentials,
  logDeliveryFailure,
  dsnContradiction,
  dsnMissingField,
  malformedHeader,
];
