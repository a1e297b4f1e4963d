/** Admin portal addresses the steps deep-link to; the click path from there is a catalog key. */
export const PORTAL_URLS = {
  entra: 'https://entra.microsoft.com/',
  m365Users: 'https://admin.microsoft.com/#/users',
  m365Domains: 'https://admin.microsoft.com/#/Domains',
  m365Support: 'https://admin.microsoft.com/#/support',
  exoConnectors: 'https://admin.exchange.microsoft.com/#/connectors',
  exoMessageTrace: 'https://admin.exchange.microsoft.com/#/messagetrace',
  exoMailboxes: 'https://admin.exchange.microsoft.com/#/mailboxes',
  exoGroups: 'https://admin.exchange.microsoft.com/#/groups',
  exoAcceptedDomains: 'https://admin.exchange.microsoft.com/#/accepteddomains',
  exoHome: 'https://admin.exchange.microsoft.com/',
  defenderRestricted: 'https://security.microsoft.com/restrictedentities',
  defenderAllowBlock: 'https://security.microsoft.com/tenantAllowBlockList',
  defenderEmailAuth: 'https://security.microsoft.com/authentication?viewid=DKIM',
  azurePortal: 'https://portal.azure.com/',
  delistPortal: 'https://sender.office.com/',
} as const;
