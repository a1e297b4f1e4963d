import { BotError } from '../errors';
import { isPlaybookId, type PlaybookId } from '../ndr/types';
import { bannedSenderPlaybook } from './banned-sender';
import { clientTlsPlaybook } from './client-tls';
import { deliveryTimeoutPlaybook } from './delivery-timeout';
import { destinationTlsPlaybook } from './destination-tls';
import { generalPlaybook } from './general';
import { mailboxFullPlaybook } from './mailbox-full';
import { messageFormatPlaybook } from './message-format';
import { recipientRestrictedPlaybook } from './recipient-restricted';
import { recipientThrottledPlaybook } from './recipient-throttled';
import { relayConnectorPlaybook } from './relay-connector';
import { routingLoopPlaybook } from './routing-loop';
import { sendAsPlaybook } from './send-as';
import { senderAuthenticationPlaybook } from './sender-authentication';
import { sendingLimitsPlaybook } from './sending-limits';
import { smtpAuthPlaybook } from './smtp-auth';
import { tenantBlockedPlaybook } from './tenant-blocked';
import type { Playbook, PlaybookStep } from './types';
import { unknownRecipientPlaybook } from './unknown-recipient';

// A Record over PlaybookId: the compiler refuses a missing family.
const REGISTRY: Readonly<Record<PlaybookId, Playbook>> = Object.freeze({
  'smtp-auth': smtpAuthPlaybook,
  'send-as': sendAsPlaybook,
  'relay-connector': relayConnectorPlaybook,
  'client-tls': clientTlsPlaybook,
  'destination-tls': destinationTlsPlaybook,
  'banned-sender': bannedSenderPlaybook,
  'tenant-blocked': tenantBlockedPlaybook,
  'sending-limits': sendingLimitsPlaybook,
  'unknown-recipient': unknownRecipientPlaybook,
  'mailbox-full': mailboxFullPlaybook,
  'recipient-throttled': recipientThrottledPlaybook,
  'routing-loop': routingLoopPlaybook,
  'delivery-timeout': deliveryTimeoutPlaybook,
  'recipient-restricted': recipientRestrictedPlaybook,
  'sender-authentication': senderAuthenticationPlaybook,
  'message-format': messageFormatPlaybook,
  general: generalPlaybook,
});

/** The playbook with this id; BotError UNKNOWN_PLAYBOOK for anything else (ids arrive from card actions). */
export function getPlaybook(id: string): Playbook {
  if (!isPlaybookId(id)) throw new BotError('UNKNOWN_PLAYBOOK', { params: { id }, detail: id });
  return REGISTRY[id];
}

/** Every playbook, in PLAYBOOK_IDS order. */
export function listPlaybooks(): readonly Playbook[] {
  return Object.values(REGISTRY);
}

/** One step of a playbook by id; BotError UNKNOWN_STEP when the playbook has no such step. */
export function getStep(playbook: Playbook, stepId: string): PlaybookStep {
  const step = playbook.steps.find((candidate) => candidate.id === stepId);
  if (!step)
    throw new BotError('UNKNOWN_STEP', { params: { step: stepId }, detail: `${playbook.id}/${stepId}` });
  return step;
}
