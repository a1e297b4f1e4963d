import { BotError } from '../../errors';
import type { FixActionId, FixDefinition } from '../types';
import { diagnoseSmtpAuth } from './diagnose';
import { modernAuthGuide } from './modern-auth';
import { perUserMfaDisable, perUserMfaRestore } from './per-user-mfa';
import { securityDefaultsDisable, securityDefaultsEnable } from './security-defaults';
import { smtpAuthDisableMailbox, smtpAuthEnableMailbox } from './smtp-auth';

/** Every fix action, keyed by id. */
export const FIX_DEFINITIONS: Readonly<Record<FixActionId, FixDefinition>> = {
  'security-defaults.disable': securityDefaultsDisable,
  'security-defaults.enable': securityDefaultsEnable,
  'per-user-mfa.disable': perUserMfaDisable,
  'per-user-mfa.restore': perUserMfaRestore,
  'smtp-auth.enable-mailbox': smtpAuthEnableMailbox,
  'smtp-auth.disable-mailbox': smtpAuthDisableMailbox,
  'modern-auth.guide': modernAuthGuide,
  'diagnose.smtp-auth': diagnoseSmtpAuth,
};

/** True for a known fix action id (card data is untrusted). */
export function isFixActionId(value: unknown): value is FixActionId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(FIX_DEFINITIONS, value);
}

/** The definition of a fix action; CARD_ACTION_INVALID for an unknown id. */
export function getFixDefinition(id: unknown): FixDefinition {
  if (!isFixActionId(id)) throw new BotError('CARD_ACTION_INVALID', { params: { fixId: String(id) } });
  return FIX_DEFINITIONS[id];
}
