import { defineStep, definePlaybook } from './define-step';

/** Message expired or destination unreachable (4.4.7, 5.4.300, 4.4.316, other 4.4.x). */
export const deliveryTimeoutPlaybook = definePlaybook('delivery-timeout', [
  defineStep('delivery-timeout', 'check-domain'),
  defineStep('delivery-timeout', 'tell-recipient'),
  defineStep('delivery-timeout', 'resend-later'),
]);
