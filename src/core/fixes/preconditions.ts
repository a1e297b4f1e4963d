import { BotError } from '../errors';
import type { FixDefinition, FixTarget } from './types';

const MAILBOX = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const USER_ID =
  /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[^\s@/?#]+@[^\s@/?#]+\.[^\s@/?#]+)$/i;

/** Throws FIX_MAILBOX_NEEDED when the target lacks or malforms the mailbox / user the fix needs. */
export function assertPreconditions(definition: FixDefinition, target: FixTarget): void {
  for (const field of definition.needs) {
    const value = target[field];
    const valid = field === 'mailbox' ? !!value && MAILBOX.test(value) : !!value && USER_ID.test(value);
    if (!valid) {
      // Both fields come from the mailbox the device signs in with: ask for it on the card.
      throw new BotError('FIX_MAILBOX_NEEDED', {
        params: { fixId: definition.id, field },
        detail: `${definition.id} needs a valid ${field}`,
      });
    }
  }
}
