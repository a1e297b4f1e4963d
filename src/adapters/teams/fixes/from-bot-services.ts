import { TurnContext, type ConversationReference } from 'botbuilder';
import type { FixService } from '../../../core/fixes/fix-service';
import { getPlaybook } from '../../../core/playbooks';
import type { BotTurnState } from '../bot-state';
import { cardMessage } from '../replies';
import { translatorFor, type BotServices } from '../services';
import type { FixRouteDeps } from './deps';

/** Universal Actions with `authentication` carry the user's SSO token here (used for on-behalf-of). */
function ssoToken(context: TurnContext): string | undefined {
  const value = context.activity.value as { authentication?: { token?: unknown } } | undefined;
  return typeof value?.authentication?.token === 'string' ? value.authentication.token : undefined;
}

const requesterKey = (approvalId: string) => `fixes/requester/${approvalId}`;

/** Where the requester's card is, so the decision can update it in place. */
interface RequesterCard {
  reference: Partial<ConversationReference>;
  activityId?: string;
}

/** Fix route deps from the Teams bot's services: walkthrough store, helpdesk channel, per-user locale. */
export function fixRouteDepsFrom(services: BotServices, service: FixService): FixRouteDeps {
  return {
    service,
    translatorFor: (context, state) =>
      state
        ? translatorFor(services, context, state as BotTurnState)
        : services.assistant.translator(
            services.assistant.negotiateLocale(context.activity.locale ?? services.config.DEFAULT_LOCALE),
          ),
    walkthroughs: {
      get: async (id) => {
        const walkthrough = await services.walkthroughs.get(id);
        return walkthrough
          ? {
              id: walkthrough.id,
              playbook: walkthrough.playbook,
              conversationId: walkthrough.conversationId,
              details: { sender: walkthrough.details.sender },
            }
          : undefined;
      },
    },
    offeredFixes: (playbook) => {
      try {
        return [...new Set(getPlaybook(playbook).steps.flatMap((step) => step.fixes ?? []))];
      } catch {
        return [];
      }
    },
    // A new thread in the helpdesk channel, not a reply to the stored reference's message.
    postToHelpdesk: async (tenantId, card) => {
      await services.postToHelpdesk(tenantId, cardMessage(card));
    },
    userAssertion: ssoToken,
    helpdeskTranslator: () =>
      services.assistant.translator(services.assistant.negotiateLocale(services.config.DEFAULT_LOCALE)),
    onRequested: async (approval, context) => {
      const item: RequesterCard = {
        reference: TurnContext.getConversationReference(context.activity),
        // The invoke's replyToId is the message holding the card the requester clicked.
        ...(context.activity.replyToId ? { activityId: context.activity.replyToId } : {}),
      };
      await services.storage.write({ [requesterKey(approval.id)]: { ...item, eTag: '*' } });
    },
    notifyRequester: async (approval, card) => {
      const key = requesterKey(approval.id);
      const item = (await services.storage.read([key]))[key] as RequesterCard | undefined;
      if (!item) return;
      await services.continueConversation(item.reference, async (proactive) => {
        if (item.activityId) await proactive.updateActivity({ ...cardMessage(card), id: item.activityId });
        else await proactive.sendActivity(cardMessage(card));
      });
    },
  };
}
