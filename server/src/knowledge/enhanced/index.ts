import type { EnhancedDetailEntry } from '../types';
import { otherCodes } from './x0-other';
import { addressingCodes } from './x1-addressing';
import { mailboxCodes } from './x2-mailbox';
import { mailSystemCodes } from './x3-mail-system';
import { networkCodes } from './x4-network';
import { protocolCodes } from './x5-protocol';
import { contentCodes } from './x6-content';
import { securityCodes } from './x7-security';

export { enhancedParts } from './classes';

/** Every row of the IANA SMTP Enhanced Status Codes registry, in registry order. */
export const enhancedDetails: readonly EnhancedDetailEntry[] = [
  ...otherCodes,
  ...addressingCodes,
  ...mailboxCodes,
  ...mailSystemCodes,
  ...networkCodes,
  ...protocolCodes,
  ...contentCodes,
  ...securityCodes,
];
