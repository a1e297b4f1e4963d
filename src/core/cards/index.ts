/** Adaptive Card builders (plain typed JSON), card verbs and their validation. */
export * from './types';
export * from './verbs';
export * from './escape';
export * from './inputs';
export * from './format';
export { UI_KEYS, type UiKey } from './ui-keys';
export { buildSummaryCard } from './summary-card';
export { buildStepCard } from './step-card';
export { buildFallbackCard, type FallbackCardInput } from './fallback-card';
export { buildWelcomeCard, type WelcomeCardInput } from './welcome-card';
export { buildHelpCard, type HelpCardInput } from './help-card';
export { buildErrorCard } from './error-card';
export {
  buildHelpdeskHandoffCard,
  MAX_HANDOFF_RECIPIENTS,
  type HelpdeskHandoffCardInput,
} from './helpdesk-handoff-card';
export {
  buildWalkthroughCards,
  adminFixOffers,
  type NamedCard,
  type WalkthroughCardsInput,
} from './walkthrough-cards';
export { sampleFor, type CardSample } from './samples';
export {
  previewPlaybookCards,
  previewFileName,
  serializeCard,
  PREVIEW_WALKTHROUGH_ID,
} from './preview-cards';
