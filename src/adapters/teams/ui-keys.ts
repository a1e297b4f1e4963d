/** Catalog keys of the bot's plain-text replies (src/core/i18n/catalogs). Kept in one place to ease renames. */
export const UI_KEYS = {
  noErrorFound: 'ui.noErrorFound',
  languageChanged: 'ui.languageChanged',
  helpdeskChannelSet: 'ui.helpdesk.channelSet',
  helpdeskSent: 'ui.helpdesk.sent',
  outcomeFixed: 'ui.outcome.fixed',
  outcomeStillFailing: 'ui.outcome.stillFailing',
} as const;
