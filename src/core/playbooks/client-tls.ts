import { defineStep, definePlaybook } from './define-step';
import { PORTAL_URLS } from './portals';

/** TLS 1.0/1.1 client refused (421 4.7.66). */
export const clientTlsPlaybook = definePlaybook('client-tls', [
  defineStep('client-tls', 'update-client'),
  defineStep('client-tls', 'legacy-endpoint', {
    risk: true,
    powershell: [
      'Set-TransportConfig -AllowLegacyTLSClients $true',
      '# Then set the device to smtp-legacy.office365.com',
    ],
  }),
  defineStep('client-tls', 'relay-instead', {
    link: { portal: 'exchange-admin', url: PORTAL_URLS.exoConnectors },
  }),
]);
