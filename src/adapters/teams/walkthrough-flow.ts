import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { BotError } from '../../core/errors';
import type { CardActionData } from '../../core/cards/verbs';
import type { Translator } from '../../core/i18n/types';
import type { Recognition } from '../../core/ndr/types';
import type { CardJson, Walkthrough } from './assistant';
import type { BotTurnState } from './bot-state';
import { conversationKind, isStandardChannel } from './conversation-kind';
import { tenantOf } from './helpdesk';
import { tagMention, type HelpdeskTag } from './mentions';
import { cardMessage } from './replies';
import type { BotServices } from './services';
import { UI_KEYS } from './ui-keys';

const SUMMARY = 'summary';

/** What the flow reads from a turn: only its activity, so work that outlives the turn (slow invokes) stays valid. */
export interface ActivitySource {
  readonly activity: Activity;
}

function baseConversationId(id: string | undefined): string {
  return (id ?? '').split(';messageid=')[0] ?? '';
}

/** Starts a walk-through for a recognition and returns its summary card (or the fallback card). */
export async function openWalkthrough(
  services: BotServices,
  context: ActivitySource,
  state: BotTurnState,
  recognition: Recognition,
  t: Translator,
): Promise<{ card: CardJson; walkthrough: Walkthrough; recognized: boolean }> {
  const plan = services.assistant.plan(recognition);
  const walkthrough: Walkthrough = {
    id: randomUUID(),
    playbook: plan?.playbook ?? 'general',
    steps: plan?.steps ?? [],
    index: -1,
    locale: t.locale,
    finding: plan?.finding ?? recognition.findings[0] ?? null,
    details: recognition.details,
    conversationId: baseConversationId(context.activity.conversation?.id),
    userId: context.activity.from?.aadObjectId ?? context.activity.from?.id ?? '',
    ...(context.activity.from?.id ? { userTeamsId: context.activity.from.id } : {}),
    createdAt: new Date().toISOString(),
  };
  await services.walkthroughs.save(walkthrough);
  state.conversation.lastWalkthroughId = walkthrough.id;
  if (!plan) return { card: services.assistant.fallbackCard(walkthrough, t), walkthrough, recognized: false };
  return { card: services.assistant.summaryCard(walkthrough, t), walkthrough, recognized: true };
}

/** The tag configured for a playbook (or the default one), when the message goes to a standard channel. */
export function helpdeskTagFor(
  services: BotServices,
  playbook: Walkthrough['playbook'],
): HelpdeskTag | undefined {
  const tags = services.config.HELPDESK_TAGS;
  return tags[playbook] ?? tags.default;
}

/** The summary message for a conversation: in a standard channel it @mentions the playbook's helpdesk tag. */
export function summaryMessage(
  services: BotServices,
  context: ActivitySource,
  card: CardJson,
  walkthrough: Walkthrough,
) {
  const tag = isStandardChannel(context.activity)
    ? helpdeskTagFor(services, walkthrough.playbook)
    : undefined;
  if (!tag) return cardMessage(card);
  const mention = tagMention(tag);
  return cardMessage(card, { text: mention.text, entities: [mention.entity] });
}

/** Loads the walk-through an action refers to and checks the action belongs to it. */
async function loadForAction(
  services: BotServices,
  context: ActivitySource,
  action: { walkthroughId?: string; playbook?: string },
): Promise<Walkthrough> {
  if (!action.walkthroughId)
    throw new BotError('CARD_ACTION_INVALID', { detail: 'no walkthrough in card data' });
  const walkthrough = await services.walkthroughs.get(action.walkthroughId);
  if (!walkthrough) throw new BotError('CARD_ACTION_INVALID', { detail: 'walkthrough not found' });
  const sameConversation =
    walkthrough.conversationId === baseConversationId(context.activity.conversation?.id);
  if (walkthrough.playbook !== action.playbook || !sameConversation) {
    services.logger.warn(
      { audit: true, walkthroughId: walkthrough.id, from: context.activity.from?.aadObjectId },
      'card action refused: it does not match the stored walk-through',
    );
    throw new BotError('CARD_ACTION_FORGED');
  }
  return walkthrough;
}

function indexOfStep(walkthrough: Walkthrough, step: string): number {
  if (step === SUMMARY) return -1;
  const index = walkthrough.steps.indexOf(step);
  if (index < 0) throw new BotError('UNKNOWN_STEP', { params: { step } });
  return index;
}

/**
 * The card for the walk-through's current position, as this viewer may act on it. In a personal chat that is the
 * user's own view. A group chat or channel shares one card, so it gets the view anyone may act on ("Request fix")
 * plus a refresh for the opener and the clicking user: their Teams clients ask again (step.goto, trigger
 * "automatic") and get their own view, "Apply fix" for an admin. The server re-checks the role on every fix action either way.
 */
export async function currentCard(
  services: BotServices,
  walkthrough: Walkthrough,
  t: Translator,
  context?: ActivitySource,
): Promise<CardJson> {
  if (walkthrough.index >= 0) {
    const activity = context?.activity;
    const shared =
      activity?.conversation?.conversationType && activity.conversation.conversationType !== 'personal';
    // Teams shows the answer to an automatic refresh only to the user it refreshed for.
    const refreshedForOneUser =
      (activity?.value as { trigger?: unknown } | undefined)?.trigger === 'automatic';
    const canApplyFixes =
      activity && (!shared || refreshedForOneUser) ? await services.viewerIsAdmin(activity) : false;
    const refreshUserIds = shared
      ? [...new Set([walkthrough.userTeamsId, activity?.from?.id].filter((id): id is string => Boolean(id)))]
      : undefined;
    return services.assistant.stepCard(walkthrough, t, { canApplyFixes, refreshUserIds });
  }
  return walkthrough.finding && walkthrough.steps.length > 0
    ? services.assistant.summaryCard(walkthrough, t)
    : services.assistant.fallbackCard(walkthrough, t);
}

/** The result of a card action: a card that replaces the clicked one, or a short message. */
export type ActionResult = { card: CardJson } | { message: string };

/**
 * Applies a validated card action. Navigation uses the step carried by the card, not a stored cursor, so a double
 * click or a retried invoke lands on the same step instead of skipping one.
 */
export async function applyCardAction(
  services: BotServices,
  context: ActivitySource,
  state: BotTurnState,
  action: CardActionData,
  t: Translator,
): Promise<ActionResult> {
  // Detach from the TurnContext: it is revoked when the turn ends, and a slow action may finish after that.
  context = { activity: context.activity };
  switch (action.verb) {
    case 'step.next':
    case 'step.previous':
    case 'step.goto': {
      const walkthrough = await loadForAction(services, context, action);
      const from = indexOfStep(walkthrough, action.step);
      const last = walkthrough.steps.length - 1;
      const to =
        action.verb === 'step.goto'
          ? from
          : action.verb === 'step.next'
            ? Math.min(from + 1, last)
            : Math.max(from - 1, -1);
      walkthrough.index = to;
      await services.walkthroughs.save(walkthrough);
      state.conversation.lastWalkthroughId = walkthrough.id;
      return { card: await currentCard(services, walkthrough, t, context) };
    }
    case 'outcome.fixed':
    case 'outcome.still-failing': {
      const walkthrough = await loadForAction(services, context, action);
      walkthrough.outcome = action.verb === 'outcome.fixed' ? 'fixed' : 'still-failing';
      await services.walkthroughs.save(walkthrough);
      services.logger.info(
        { walkthroughId: walkthrough.id, playbook: walkthrough.playbook, outcome: walkthrough.outcome },
        'outcome',
      );
      return {
        message: t.t(action.verb === 'outcome.fixed' ? UI_KEYS.outcomeFixed : UI_KEYS.outcomeStillFailing),
      };
    }
    case 'helpdesk.ask': {
      const walkthrough = await loadForAction(services, context, action);
      return { message: await askHelpdesk(services, context, walkthrough, t) };
    }
    case 'locale.set': {
      const locale = services.assistant.negotiateLocale(action.locale);
      state.user.locale = locale;
      const translated = services.assistant.translator(locale);
      if (!action.walkthroughId) return { message: translated.t(UI_KEYS.languageChanged, { locale }) };
      const walkthrough = await loadForAction(services, context, action);
      return { card: await currentCard(services, walkthrough, translated, context) };
    }
    default:
      // fix.* and diagnose.run are routed by src/adapters/teams/fixes when it is installed.
      throw new BotError('FIX_NOT_OFFERED');
  }
}

/** Posts the finding to the tenant's helpdesk channel (tagging the playbook's tag) and returns the confirmation. */
export async function askHelpdesk(
  services: BotServices,
  context: ActivitySource,
  walkthrough: Walkthrough,
  t: Translator,
): Promise<string> {
  const helpdeskLocale = services.assistant.negotiateLocale(services.config.DEFAULT_LOCALE);
  const requester = {
    name: context.activity.from?.name ?? '',
    aadObjectId: context.activity.from?.aadObjectId,
  };
  const card = services.assistant.handoffCard(
    walkthrough,
    requester,
    services.assistant.translator(helpdeskLocale),
  );
  const tag = helpdeskTagFor(services, walkthrough.playbook);
  const mention = tag ? tagMention(tag) : undefined;
  const message = cardMessage(card, mention ? { text: mention.text, entities: [mention.entity] } : {});
  const channel = await services.postToHelpdesk(tenantOf(context.activity), message);
  services.logger.info(
    {
      walkthroughId: walkthrough.id,
      playbook: walkthrough.playbook,
      from: conversationKind(context.activity),
      tagged: Boolean(tag),
    },
    'finding handed to the helpdesk channel',
  );
  return t.t(UI_KEYS.helpdeskSent, { channel: channel.channelName ?? '' });
}
