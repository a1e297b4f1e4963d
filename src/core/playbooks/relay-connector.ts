import { defineStep, definePlaybook } from './define-step';
import { PORTAL_URLS } from './portals';

/** Unauthenticated relay refused (5.7.64 TenantAttribution, 5.7.1 unable to relay, 5.4.1, 5.7.68, 5.7.750). */
export const relayConnectorPlaybook = definePlaybook('relay-connector', [
  defineStep('relay-connector', 'update-connector', {
    link: { portal: 'exchange-admin', url: PORTAL_URLS.exoConnectors },
    powershell: [
      'Get-InboundConnector | Format-List Name,SenderIPAddresses,TlsSenderCertificateName,Enabled',
    ],
    forVariants: ['relay.tenant-attribution'],
    forStatuses: ['5.7.64', '4.4.62'],
  }),
  defineStep('relay-connector', 'external-recipients', {
    link: { portal: 'exchange-admin', url: PORTAL_URLS.exoConnectors },
    forVariants: ['relay.unable-to-relay', 'relay.client-not-authenticated'],
    forStatuses: ['5.7.1', '5.4.1'],
  }),
  defineStep('relay-connector', 'direct-send', {
    link: { portal: 'exchange-admin', url: PORTAL_URLS.exoConnectors },
    powershell: ['Get-OrganizationConfig | Format-List RejectDirectSend'],
    forVariants: ['relay.direct-send-rejected'],
    forStatuses: ['5.7.68'],
  }),
  defineStep('relay-connector', 'accepted-domains', {
    link: { portal: 'm365-admin', url: PORTAL_URLS.m365Domains },
    forVariants: ['relay.unregistered-domain'],
    forStatuses: ['5.7.750'],
  }),
]);
