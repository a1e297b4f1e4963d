import {
  ActivityTypes,
  ConfigurationServiceClientCredentialFactory,
  INVOKE_RESPONSE_KEY,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type Storage,
  type TurnContext,
} from 'botbuilder';
import { Application, TeamsAdapter } from '@microsoft/teams-ai';
import type { Logger } from 'pino';
import { isAllowlisted } from './admin-gate';
import type { Assistant } from './assistant';
import { httpsOnly, type UrlPolicy } from './attachments';
import { createTurnState, type BotTurnState } from './bot-state';
import { handleCardAction, isCardActionInvoke } from './card-action-route';
import { logFailure } from './error-reply';
import { BotError } from '../../core/errors';
import { postToConversationRoot } from './channel-post';
import { HelpdeskDirectory } from './helpdesk';
import { handleMembersAdded } from './install-route';
import { handleMessage } from './message-route';
import { cardMessage, invokeWithError } from './replies';
import type { BotServices, TeamsConfig } from './services';
import { tagMentionMiddleware } from './tag-mention-policy';
import { WalkthroughStore } from './walkthrough-store';

/** Everything the Teams bot needs from the composition root. */
export interface TeamsBotDeps {
  config: TeamsConfig;
  assistant: Assistant;
  storage: Storage;
  logger: Logger;
  /** Which attachment download URLs may be fetched (default: https only). */
  urlPolicy?: UrlPolicy;
  /** How long an invoke may take before the bot answers with the current card and updates it later. */
  invokeBudgetMs?: number;
  /** The admin check behind card views (the Graph fixes provide one); default: ADMIN_ALLOWLIST membership. */
  viewerIsAdmin?: (activity: Partial<Activity>) => Promise<boolean>;
  /** Whether `viewerIsAdmin` reads directory roles (decides how "set helpdesk channel" is gated). */
  rolesFromDirectory?: boolean;
  /** Seam for routes owned elsewhere (the Graph fixes): registered before the generic card-action route. */
  registerRoutes?: (app: Application<BotTurnState>, services: BotServices) => void;
}

/** The assembled bot: the adapter to feed HTTP requests to and the teams-ai application it runs. */
export interface TeamsBot {
  adapter: TeamsAdapter;
  app: Application<BotTurnState>;
  services: BotServices;
  /** Processes one turn (what `adapter.process` calls). */
  run(context: TurnContext): Promise<void>;
}

/**
 * Without BOT_ID the adapter accepts unauthenticated requests (Agents Playground, tests); with it every request's
 * token is validated by ConfigurationBotFrameworkAuthentication.
 */
function authOptions(config: TeamsConfig): ConfigurationBotFrameworkAuthenticationOptions {
  if (!config.BOT_ID) return {} as ConfigurationBotFrameworkAuthenticationOptions;
  return {
    MicrosoftAppId: config.BOT_ID,
    MicrosoftAppPassword: config.BOT_PASSWORD ?? '',
    MicrosoftAppType: config.BOT_TYPE,
    MicrosoftAppTenantId: config.BOT_TENANT_ID ?? '',
  } as ConfigurationBotFrameworkAuthenticationOptions;
}

/** Builds the TeamsAdapter and teams-ai Application with the bot's routes. */
export function createTeamsBot(deps: TeamsBotDeps): TeamsBot {
  const auth = authOptions(deps.config);
  const adapter = new TeamsAdapter(auth, new ConfigurationServiceClientCredentialFactory(auth));
  adapter.use(tagMentionMiddleware);
  const app = new Application<BotTurnState>({
    adapter,
    storage: deps.storage,
    botAppId: deps.config.BOT_ID ?? '',
    removeRecipientMention: false,
    startTypingTimer: false,
    longRunningMessages: false,
    turnStateFactory: createTurnState,
  });

  const helpdesk = new HelpdeskDirectory(deps.storage);
  const continueConversation: BotServices['continueConversation'] = (reference, logic) =>
    adapter.continueConversationAsync(deps.config.BOT_ID ?? '', reference, logic);
  const services: BotServices = {
    config: deps.config,
    assistant: deps.assistant,
    storage: deps.storage,
    walkthroughs: new WalkthroughStore(deps.storage),
    helpdesk,
    logger: deps.logger,
    urlPolicy: deps.urlPolicy ?? httpsOnly,
    viewerIsAdmin:
      deps.viewerIsAdmin ??
      (async (activity) =>
        deps.config.ADMIN_ALLOWLIST.length > 0 && isAllowlisted(activity, deps.config.ADMIN_ALLOWLIST)),
    rolesFromDirectory: deps.rolesFromDirectory ?? false,
    continueConversation,
    postToHelpdesk: async (tenantId, message) => {
      const channel = await helpdesk.get(tenantId);
      if (!channel) throw new BotError('HELPDESK_NOT_CONFIGURED');
      await continueConversation(channel.reference, async (proactive) => {
        await postToConversationRoot(proactive, message);
      });
      return channel;
    },
  };

  app.conversationUpdate('membersAdded', (context, state) => handleMembersAdded(services, context, state));
  app.activity(ActivityTypes.Message, (context, state) => handleMessage(services, context, state));
  deps.registerRoutes?.(app, services);
  app.addRoute(
    isCardActionInvoke,
    (context, state) => handleCardAction(services, context, state, deps.invokeBudgetMs),
    true,
  );

  app.error(async (context, error) => {
    const botError = logFailure(services, context, error);
    try {
      const t = services.assistant.translator(services.assistant.negotiateLocale(context.activity.locale));
      if (context.activity.type === ActivityTypes.Invoke) {
        // Without an invoke response Teams would show a generic failure after its timeout.
        if (!context.turnState.get(INVOKE_RESPONSE_KEY)) {
          await invokeWithError(
            context,
            botError.httpStatus,
            botError.code,
            t.t(botError.messageKey, botError.params),
          );
        }
        return;
      }
      await context.sendActivity(cardMessage(services.assistant.errorCard(botError, t)));
    } catch (sendError) {
      services.logger.error({ err: sendError }, 'could not send the error card');
    }
  });

  return {
    adapter,
    app,
    services,
    run: async (context) => {
      await app.run(context);
    },
  };
}
