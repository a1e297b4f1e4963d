import type { Translator } from '../i18n/types';
import { sanitizeUserText } from './escape';
import {
  ADAPTIVE_CARD_SCHEMA,
  ADAPTIVE_CARD_VERSION,
  type ActionSet,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
  type ExecuteAction,
  type OpenUrlAction,
  type RichTextBlock,
  type TextBlock,
  type TextRun,
} from './types';
import { UI_KEYS } from './ui-keys';
import type { CardActionData } from './verbs';

/** Product text (from the catalogs, never user input) as a wrapping TextBlock. */
export function textBlock(text: string, options: Omit<TextBlock, 'type' | 'text'> = {}): TextBlock {
  return { type: 'TextBlock', text, wrap: true, ...options };
}

/** A heading TextBlock. */
export function heading(text: string, size: TextBlock['size'] = 'Medium'): TextBlock {
  return textBlock(text, { size, weight: 'Bolder', style: 'heading' });
}

/** User-originated text as a TextRun (no Markdown processing), sanitized and capped. */
export function userRun(text: string, max?: number, options: Omit<TextRun, 'type' | 'text'> = {}): TextRun {
  return { type: 'TextRun', text: sanitizeUserText(text, max), ...options };
}

/** A label in bold followed by user text, on one line, with no Markdown anywhere. */
export function labelledUserText(
  label: string,
  value: string,
  options: { monospace?: boolean; max?: number } = {},
): RichTextBlock {
  return {
    type: 'RichTextBlock',
    inlines: [
      { type: 'TextRun', text: `${label}: `, weight: 'Bolder' },
      userRun(value, options.max, options.monospace ? { fontType: 'Monospace' } : {}),
    ],
  };
}

/** Action.Execute with an Action.Submit fallback carrying the same verb, for hosts without universal actions. */
export function executeAction(
  title: string,
  data: CardActionData,
  options: { style?: ExecuteAction['style']; tooltip?: string } = {},
): ExecuteAction {
  const payload: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === 'string') payload[key] = value;
  }
  return {
    type: 'Action.Execute',
    title,
    verb: data.verb,
    data: payload,
    ...options,
    fallback: {
      type: 'Action.Submit',
      title,
      data: payload,
      ...options,
    },
  };
}

/** A link button. */
export function openUrlAction(title: string, url: string): OpenUrlAction {
  return { type: 'Action.OpenUrl', title, url };
}

/** Buttons placed in the body (a card's top-level `actions` are limited by hosts). */
export function actionSet(
  actions: CardAction[],
  options: Omit<ActionSet, 'type' | 'actions'> = {},
): ActionSet {
  return { type: 'ActionSet', actions, ...options };
}

/**
 * The envelope every card shares: schema, version, direction, full width in Teams. No `lang`: the schema only allows
 * a bare language code and the SDK's check for it is stateful (a global regex), so it would fail every other card.
 */
export function cardShell(t: Translator, body: CardElement[], actions: CardAction[] = []): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: ADAPTIVE_CARD_SCHEMA,
    version: ADAPTIVE_CARD_VERSION,
    ...(t.direction === 'rtl' ? { rtl: true } : {}),
    body,
    ...(actions.length > 0 ? { actions } : {}),
    fallbackText: t.t(UI_KEYS.cardFallback),
    msteams: { width: 'Full' },
  };
}
