import { defineStep, definePlaybook } from './define-step';
import { PORTAL_URLS } from './portals';

/** Routing loops (5.4.6 on-premises/hybrid, 5.4.14 Exchange Online). */
export const routingLoopPlaybook = definePlaybook('routing-loop', [
  defineStep('routing-loop', 'forwarding', {
    link: { portal: 'exchange-admin', url: PORTAL_URLS.exoMailboxes },
    powershell: ['Get-Mailbox -Identity <mailbox> | Format-List ForwardingAddress,ForwardingSmtpAddress'],
  }),
  defineStep('routing-loop', 'accepted-domains', {
    link: { portal: 'exchange-admin', url: PORTAL_URLS.exoAcceptedDomains },
    powershell: ['Get-AcceptedDomain | Format-Table DomainName,DomainType'],
  }),
  defineStep('routing-loop', 'connectors', {
    link: { portal: 'exchange-admin', url: PORTAL_URLS.exoConnectors },
  }),
]);
