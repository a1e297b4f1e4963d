import { defineStep, definePlaybook } from './define-step';
import { PORTAL_URLS } from './portals';

/** Sender or sending IP banned for spam (5.1.8, 5.7.501-503, 5.7.511, 5.7.606-649, 5.7.800). */
export const bannedSenderPlaybook = definePlaybook('banned-sender', [
  defineStep('banned-sender', 'secure-account', {
    link: { portal: 'm365-admin', url: PORTAL_URLS.m365Users },
    powershell: ['Get-InboxRule -Mailbox <mailbox> | Format-List Name,ForwardTo,RedirectTo,DeleteMessage'],
    forStatuses: ['5.1.8', '5.7.501-503'],
  }),
  defineStep('banned-sender', 'release-restricted', {
    link: { portal: 'defender', url: PORTAL_URLS.defenderRestricted },
    forStatuses: ['5.1.8'],
  }),
  defineStep('banned-sender', 'delist-ip', {
    link: { portal: 'none', url: PORTAL_URLS.delistPortal },
    forStatuses: ['5.7.511', '5.7.606-649'],
  }),
  defineStep('banned-sender', 'contact-support', {
    link: { portal: 'm365-admin', url: PORTAL_URLS.m365Support },
    forStatuses: ['5.7.501-503', '5.7.800'],
  }),
]);
