/**
 * The catalog keys of the card chrome (buttons, labels, headings). Kept in one place so the mapping to the i18n
 * catalogs (src/core/i18n/catalogs/<locale>.json, `ui.*`) is visible and testable.
 */
export const UI_KEYS = {
  appName: 'ui.app-name',
  stepOf: 'ui.step-of', // {current} {total}
  nextStep: 'ui.button.next-step',
  previousStep: 'ui.button.previous-step',
  startSteps: 'ui.button.start',
  fixed: 'ui.button.fixed',
  stillFailing: 'ui.button.still-failing',
  askHelpdesk: 'ui.button.ask-helpdesk',
  applyFix: 'ui.button.apply-fix',
  requestFix: 'ui.button.request-fix',
  mailboxLabel: 'ui.fix.mailbox-label',
  mailboxPlaceholder: 'ui.fix.mailbox-placeholder',
  runDiagnosis: 'ui.button.run-diagnosis',
  openPortal: 'ui.button.open-portal', // {portal}, the name from ui.portal.<portal>
  cardFallback: 'ui.card.fallback',
  showPowershell: 'ui.button.show-powershell',
  whatThisMeans: 'ui.label.what-this-means',
  why: 'ui.label.why',
  evidence: 'ui.label.evidence',
  whereToClick: 'ui.label.where-to-click',
  powershell: 'ui.label.powershell',
  securityCost: 'ui.label.security-cost',
  code: 'ui.label.code',
  errorCode: 'ui.label.error-code',
  steps: 'ui.label.steps',
  language: 'ui.button.language',
  welcomeTitle: 'ui.welcome.title',
  welcomeBody: 'ui.welcome.body',
  helpTitle: 'ui.help.title',
  helpBody: 'ui.help.body',
  fallbackTitle: 'ui.fallback.title',
  fallbackNothingFound: 'ui.fallback.nothing-found',
  fallbackFound: 'ui.fallback.found',
  fallbackHowToRead: 'ui.fallback.how-to-read',
  errorTitle: 'ui.error.title',
  handoffTitle: 'ui.handoff.title',
  handoffAskedBy: 'ui.handoff.asked-by',
  handoffRecipients: 'ui.handoff.recipients',
  handoffVariant: 'ui.handoff.variant',
  handoffSender: 'ui.handoff.sender',
  handoffSubject: 'ui.handoff.subject',
  handoffServer: 'ui.handoff.server',
  handoffStep: 'ui.handoff.step',
} as const;

export type UiKey = (typeof UI_KEYS)[keyof typeof UI_KEYS];
