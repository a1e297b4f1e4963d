import type { Activity, Storage, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Config } from '../../config';
import type { Translator } from '../../core/i18n/types';
import type { Assistant } from './assistant';
import type { UrlPolicy } from './attachments';
import type { BotTurnState } from './bot-state';
import type { HelpdeskChannel, HelpdeskDirectory } from './helpdesk';
import type { WalkthroughStore } from './walkthrough-store';

/** The configuration the Teams layer reads. */
export type TeamsConfig = Pick<
  Config,
  | 'BOT_ID'
  | 'BOT_PASSWORD'
  | 'BOT_TYPE'
  | 'BOT_TENANT_ID'
  | 'DEFAULT_LOCALE'
  | 'MAX_ATTACHMENT_BYTES'
  | 'HELPDESK_TAGS'
  | 'ADMIN_ALLOWLIST'
>;

/** What every route handler gets: the core port, stores, config and logger. */
export interface BotServices {
  config: TeamsConfig;
  assistant: Assistant;
  storage: Storage;
  walkthroughs: WalkthroughStore;
  helpdesk: HelpdeskDirectory;
  logger: Logger;
  urlPolicy: UrlPolicy;
  /** Whether the user behind an activity may apply fixes: decides "Apply fix" vs "Request fix" on step cards. */
  viewerIsAdmin(activity: Partial<Activity>): Promise<boolean>;
  /** True when `viewerIsAdmin` reads directory roles (Graph); false in dry-run, where only ADMIN_ALLOWLIST is known. */
  rolesFromDirectory: boolean;
  /** Runs `logic` in another conversation (the helpdesk channel); wraps the adapter's continueConversationAsync. */
  continueConversation: ContinueConversation;
  /**
   * Posts a message as a new thread in the tenant's helpdesk channel (HELPDESK_NOT_CONFIGURED when none is set).
   * Also the seam for the fixes routes (approval cards).
   */
  postToHelpdesk(tenantId: string | undefined, message: Partial<Activity>): Promise<HelpdeskChannel>;
}

export type ContinueConversation = (
  reference: Parameters<import('botbuilder').CloudAdapter['continueConversationAsync']>[1],
  logic: (context: TurnContext) => Promise<void>,
) => Promise<void>;

/** The locale for this turn: the user's "language xx" choice, else the activity's locale, else DEFAULT_LOCALE. */
export function localeFor(services: BotServices, context: TurnContext, state: BotTurnState): string {
  const chosen = state.user.locale;
  return services.assistant.negotiateLocale(
    chosen ?? context.activity.locale ?? services.config.DEFAULT_LOCALE,
  );
}

/** A translator for this turn's locale. */
export function translatorFor(services: BotServices, context: TurnContext, state: BotTurnState): Translator {
  return services.assistant.translator(localeFor(services, context, state));
}
