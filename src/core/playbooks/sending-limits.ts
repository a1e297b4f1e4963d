import { defineStep, definePlaybook } from './define-step';
import { PORTAL_URLS } from './portals';

/** Sender limits (5.1.90, 5.2.0 SubmissionQuotaExceeded, 4.3.2 sender thread limit, 4.5.3 too many recipients). */
export const sendingLimitsPlaybook = definePlaybook('sending-limits', [
  defineStep('sending-limits', 'check-compromise', {
    link: { portal: 'exchange-admin', url: PORTAL_URLS.exoMessageTrace },
  }),
  defineStep('sending-limits', 'daily-limit', { forStatuses: ['5.1.90', '5.2.0'] }),
  defineStep('sending-limits', 'connections', { forStatuses: ['4.3.2'] }),
  defineStep('sending-limits', 'recipients', { forStatuses: ['4.5.3'] }),
]);
