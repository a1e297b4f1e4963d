import { defineStep, definePlaybook } from './define-step';
import { PORTAL_URLS } from './portals';

/** Recipient not found (5.1.1, 5.1.10, 5.5.0, 5.1.0). */
export const unknownRecipientPlaybook = definePlaybook('unknown-recipient', [
  defineStep('unknown-recipient', 'check-address'),
  defineStep('unknown-recipient', 'clear-autocomplete'),
  defineStep('unknown-recipient', 'admin-check', {
    link: { portal: 'exchange-admin', url: PORTAL_URLS.exoMailboxes },
  }),
]);
