import { enhancedClassMismatch } from './enhanced-class-mismatch';
import type { Rule } from './rule';
import { unregisteredCode } from './unregistered-code';

export type { Finding, Fix, Rule, RuleContext } from './rule';

/** Every rule, in the order their diagnostics are listed. */
export const rules: readonly Rule[] = [enhancedClassMismatch, unregisteredCode];
