import { defineStep, definePlaybook } from './define-step';
import { PORTAL_URLS } from './portals';

/** Recipient refuses this sender (5.7.1 not authorized, 5.7.12, 5.7.124, 5.7.13x, 5.7.50x, 5.7.513, 5.7.703, 5.4.1). */
export const recipientRestrictedPlaybook = definePlaybook('recipient-restricted', [
  defineStep('recipient-restricted', 'ask-owner', {
    link: { portal: 'exchange-admin', url: PORTAL_URLS.exoGroups },
    forStatuses: ['5.7.1', '5.7.124'],
  }),
  defineStep('recipient-restricted', 'allow-external', {
    link: { portal: 'exchange-admin', url: PORTAL_URLS.exoGroups },
    forStatuses: ['5.7.12', '5.7.13', '5.7.133-136'],
  }),
  defineStep('recipient-restricted', 'block-lists', {
    link: { portal: 'defender', url: PORTAL_URLS.defenderAllowBlock },
    forStatuses: ['5.7.703', '5.7.507', '5.7.513'],
  }),
  defineStep('recipient-restricted', 'check-address', { forStatuses: ['5.4.1', '5.7.504-505'] }),
]);
