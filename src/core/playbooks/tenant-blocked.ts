import { defineStep, definePlaybook } from './define-step';
import { PORTAL_URLS } from './portals';

/** Tenant-wide outbound restrictions (5.7.705, 5.7.708, 5.7.750, 4.7.500-699, 4.7.850-899). */
export const tenantBlockedPlaybook = definePlaybook('tenant-blocked', [
  defineStep('tenant-blocked', 'find-source', {
    link: { portal: 'exchange-admin', url: PORTAL_URLS.exoMessageTrace },
  }),
  defineStep('tenant-blocked', 'unregistered-domains', {
    link: { portal: 'm365-admin', url: PORTAL_URLS.m365Domains },
    forVariants: ['relay.unregistered-domain'],
    forStatuses: ['5.7.750'],
  }),
  defineStep('tenant-blocked', 'wait-temporary', {
    forVariants: ['tenant.try-again-later'],
    forStatuses: ['4.7.500-699', '4.7.850-899'],
  }),
  defineStep('tenant-blocked', 'new-tenant', {
    forVariants: ['tenant.ip-not-accepted'],
    forStatuses: ['5.7.708'],
  }),
  defineStep('tenant-blocked', 'contact-support', {
    link: { portal: 'm365-admin', url: PORTAL_URLS.m365Support },
    forVariants: ['tenant.threshold', 'tenant.ip-not-accepted'],
    forStatuses: ['5.7.705', '5.7.708'],
  }),
]);
