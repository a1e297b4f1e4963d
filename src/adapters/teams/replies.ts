import { ActivityTypes, CardFactory, type Activity, type Entity, type TurnContext } from 'botbuilder';
import type { CardJson } from './assistant';

/** A message carrying one Adaptive Card, optionally with text and mention entities (tags). */
export function cardMessage(
  card: CardJson,
  extra: { text?: string; entities?: Entity[] } = {},
): Partial<Activity> {
  return {
    type: ActivityTypes.Message,
    attachments: [CardFactory.adaptiveCard(card)],
    ...(extra.text ? { text: extra.text, textFormat: 'xml' } : {}),
    ...(extra.entities && extra.entities.length > 0 ? { entities: extra.entities } : {}),
  };
}

/** A text reply that Teams shows verbatim: never Markdown, so nothing echoed from the user can format or link. */
export function plainMessage(text: string): Partial<Activity> {
  return { type: ActivityTypes.Message, text, textFormat: 'plain' };
}

/** Answers an `adaptiveCard/action` invoke with a card that replaces the clicked one in place. */
export async function invokeWithCard(context: TurnContext, card: CardJson): Promise<void> {
  await context.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: {
      status: 200,
      body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card },
    },
  });
}

/** Answers an `adaptiveCard/action` invoke with a short message; the clicked card stays as it is. */
export async function invokeWithMessage(context: TurnContext, message: string): Promise<void> {
  await context.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: {
      status: 200,
      body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: message },
    },
  });
}

/** Answers an invoke with Bot Framework's error shape (`statusCode` 4xx/5xx), never a stack trace. */
export async function invokeWithError(
  context: TurnContext,
  statusCode: number,
  code: string,
  message: string,
): Promise<void> {
  await context.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: {
      status: 200,
      body: { statusCode, type: 'application/vnd.microsoft.error', value: { code, message } },
    },
  });
}
