import { defineStep, definePlaybook } from './define-step';
import { PORTAL_URLS } from './portals';

/** Send As denied (5.7.60, 5.2.252 SendAsDenied): the From address is not the signed-in mailbox. */
export const sendAsPlaybook = definePlaybook('send-as', [
  defineStep('send-as', 'align-from'),
  defineStep('send-as', 'grant-send-as', {
    risk: true,
    link: { portal: 'exchange-admin', url: PORTAL_URLS.exoMailboxes },
    powershell: [
      'Add-RecipientPermission -Identity <from-address> -Trustee <signed-in-account> -AccessRights SendAs',
    ],
  }),
  defineStep('send-as', 'relay-any-sender', {
    link: { portal: 'exchange-admin', url: PORTAL_URLS.exoConnectors },
  }),
]);
