import { defineStep, definePlaybook } from './define-step';
import { PORTAL_URLS } from './portals';

/** Mailbox over quota (5.2.2), often a device mailbox whose Sent Items filled up. */
export const mailboxFullPlaybook = definePlaybook('mailbox-full', [
  defineStep('mailbox-full', 'free-space'),
  defineStep('mailbox-full', 'sent-items-retention'),
  defineStep('mailbox-full', 'more-storage', {
    link: { portal: 'exchange-admin', url: PORTAL_URLS.exoMailboxes },
    powershell: ['Enable-Mailbox -Identity <mailbox> -Archive'],
  }),
]);
