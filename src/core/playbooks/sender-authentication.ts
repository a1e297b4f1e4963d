import { defineStep, definePlaybook } from './define-step';
import { PORTAL_URLS } from './portals';

/** Sender authentication failures (5.7.23 SPF, 5.7.509 DMARC, 4.7.26, 5.7.25 IPv6 reverse DNS, 5.7.510). */
export const senderAuthenticationPlaybook = definePlaybook('sender-authentication', [
  defineStep('sender-authentication', 'spf', { forStatuses: ['5.7.23', '4.7.26', '5.7.509'] }),
  defineStep('sender-authentication', 'dkim', {
    link: { portal: 'defender', url: PORTAL_URLS.defenderEmailAuth },
    forStatuses: ['4.7.26', '5.7.509'],
  }),
  defineStep('sender-authentication', 'dmarc', { forStatuses: ['5.7.509'] }),
  defineStep('sender-authentication', 'ipv6', { forStatuses: ['5.7.25', '5.7.510', '4.7.26'] }),
]);
