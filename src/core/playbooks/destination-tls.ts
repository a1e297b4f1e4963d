import { defineStep, definePlaybook } from './define-step';

/** MTA-STS / DANE failures at the recipient (4.7.321-325, 5.7.321-325, 4.4.8, 5.4.8, 4.7.5, 5.7.5). */
export const destinationTlsPlaybook = definePlaybook('destination-tls', [
  defineStep('destination-tls', 'tell-recipient'),
  defineStep('destination-tls', 'wait-retry', { forStatuses: ['4.7.321-325', '4.4.8', '4.7.5'] }),
  defineStep('destination-tls', 'resend'),
]);
