import { defineStep, definePlaybook } from './define-step';
import { PORTAL_URLS } from './portals';

/** Recipient throttling (4.3.2 recipient thread limit, 5.2.121, 5.2.122). */
export const recipientThrottledPlaybook = definePlaybook('recipient-throttled', [
  defineStep('recipient-throttled', 'wait'),
  defineStep('recipient-throttled', 'slow-down'),
  defineStep('recipient-throttled', 'find-flood', {
    link: { portal: 'exchange-admin', url: PORTAL_URLS.exoMessageTrace },
  }),
]);
