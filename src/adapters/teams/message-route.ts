import type { TurnContext } from 'botbuilder';
import { BotError } from '../../core/errors';
import type { Translator } from '../../core/i18n/types';
import { isAdmin } from './admin-gate';
import { downloadAttachment, planAttachment } from './attachments';
import type { BotTurnState } from './bot-state';
import { conversationKind } from './conversation-kind';
import { replyWithError } from './error-reply';
import { mentionsBot, textWithoutBotMention } from './mentions';
import { cardMessage, plainMessage } from './replies';
import { localeFor, translatorFor, type BotServices } from './services';
import { UI_KEYS } from './ui-keys';
import { applyCardAction, askHelpdesk, openWalkthrough, summaryMessage } from './walkthrough-flow';

const HELP = /^(help|\/help|\?)$/i;
const LANGUAGE = /^(?:language|lang|\/language)\s+([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,2})$/i;
// "language auto" forgets the choice: the bot follows the Teams client's language (activity.locale) again.
const LANGUAGE_AUTO = /^(?:language|lang|\/language)\s+(?:auto|default|reset)$/i;
const SET_HELPDESK = /^set\s+helpdesk\s+channel$/i;
const ASK_HELPDESK = /^ask\s+(?:the\s+)?helpdesk$/i;
// Short chit-chat without anything code-like gets a friendly hint instead of the "how to read an NDR" card.
const SHORT_TEXT_LIMIT = 200;

/** Handles a message: commands, Action.Submit fallbacks, attachments, and pasted NDRs / codes. */
/** With Graph, an admin role decides (audited); in dry-run only ADMIN_ALLOWLIST is known (see admin-gate.ts). */
async function maySetHelpdesk(services: BotServices, context: TurnContext): Promise<boolean> {
  if (!services.rolesFromDirectory) {
    return isAdmin(
      context.activity,
      services.config.ADMIN_ALLOWLIST,
      services.logger,
      'helpdesk.set-channel',
    );
  }
  const allowed = await services.viewerIsAdmin(context.activity);
  services.logger.info(
    { audit: true, action: 'helpdesk.set-channel', aadObjectId: context.activity.from?.aadObjectId, allowed },
    'admin command checked against directory roles',
  );
  return allowed;
}

export async function handleMessage(
  services: BotServices,
  context: TurnContext,
  state: BotTurnState,
): Promise<void> {
  const activity = context.activity;
  const kind = conversationKind(activity);
  // In group chats and channels the bot only speaks when spoken to.
  if (kind !== 'personal' && !mentionsBot(activity)) return;
  const t = translatorFor(services, context, state);
  try {
    if (isSubmitFallback(activity.value)) {
      const result = await applyCardAction(
        services,
        context,
        state,
        services.assistant.parseCardAction(activity.value),
        t,
      );
      await context.sendActivity('card' in result ? cardMessage(result.card) : plainMessage(result.message));
      return;
    }
    const text = textWithoutBotMention(activity);
    if (await handleCommand(services, context, state, text, t)) return;
    await recognizeAndReply(services, context, state, text, t);
  } catch (error) {
    await replyWithError(services, context, error, t);
  }
}

function isSubmitFallback(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'verb' in value;
}

async function handleCommand(
  services: BotServices,
  context: TurnContext,
  state: BotTurnState,
  text: string,
  t: Translator,
): Promise<boolean> {
  if (HELP.test(text)) {
    await context.sendActivity(cardMessage(services.assistant.helpCard(t)));
    return true;
  }
  if (LANGUAGE_AUTO.test(text)) {
    delete state.user.locale;
    const locale = services.assistant.negotiateLocale(
      context.activity.locale ?? services.config.DEFAULT_LOCALE,
    );
    await context.sendActivity(
      plainMessage(services.assistant.translator(locale).t(UI_KEYS.languageChanged, { locale })),
    );
    return true;
  }
  const language = LANGUAGE.exec(text);
  if (language?.[1]) {
    const requested = language[1].replace('_', '-');
    const locale = services.assistant.negotiateLocale(requested);
    if (locale.split('-')[0]?.toLowerCase() !== requested.split('-')[0]?.toLowerCase()) {
      throw new BotError('UNKNOWN_LOCALE', { params: { locale: requested } });
    }
    state.user.locale = locale;
    await context.sendActivity(
      plainMessage(services.assistant.translator(locale).t(UI_KEYS.languageChanged, { locale })),
    );
    return true;
  }
  if (SET_HELPDESK.test(text)) {
    if (conversationKind(context.activity) !== 'channel') throw new BotError('HELPDESK_NOT_CONFIGURED');
    if (!(await maySetHelpdesk(services, context))) throw new BotError('NOT_ADMIN');
    const channel = await services.helpdesk.setFrom(context.activity);
    await context.sendActivity(
      plainMessage(t.t(UI_KEYS.helpdeskChannelSet, { channel: channel.channelName ?? '' })),
    );
    return true;
  }
  if (ASK_HELPDESK.test(text)) {
    const id = state.conversation.lastWalkthroughId;
    const walkthrough = id ? await services.walkthroughs.get(id) : undefined;
    if (!walkthrough) {
      await context.sendActivity(plainMessage(t.t(UI_KEYS.noErrorFound)));
      return true;
    }
    await context.sendActivity(plainMessage(await askHelpdesk(services, context, walkthrough, t)));
    return true;
  }
  return false;
}

async function recognizeAndReply(
  services: BotServices,
  context: TurnContext,
  state: BotTurnState,
  text: string,
  t: Translator,
): Promise<void> {
  const plan = planAttachment(context.activity.attachments);
  let input: string | Uint8Array = text;
  if (plan.kind === 'unsupported') {
    throw new BotError('ATTACHMENT_UNSUPPORTED', { params: { name: plan.name } });
  } else if (plan.kind === 'inline') {
    input = plan.text;
  } else if (plan.kind === 'download') {
    input = await downloadAttachment(plan.url, {
      maxBytes: services.config.MAX_ATTACHMENT_BYTES,
      urlPolicy: services.urlPolicy,
    });
  }
  const recognition = await services.assistant.recognize(input);
  if (recognition.findings.length === 0 && typeof input === 'string' && input.length <= SHORT_TEXT_LIMIT) {
    await context.sendActivity(plainMessage(t.t(UI_KEYS.noErrorFound)));
    return;
  }
  const { card, walkthrough } = await openWalkthrough(services, context, state, recognition, t);
  services.logger.info(
    {
      playbook: walkthrough.playbook,
      findings: recognition.findings.length,
      locale: localeFor(services, context, state),
    },
    'recognized',
  );
  await context.sendActivity(summaryMessage(services, context, card, walkthrough));
}
