import type { BotError } from '../errors';
import type { Translator } from '../i18n/types';
import { userTextForMarkdown } from './escape';
import { cardShell, heading, textBlock } from './parts';
import type { AdaptiveCard } from './types';
import { UI_KEYS } from './ui-keys';

/** A localized error: the catalogue message for the code and the code itself for support. Never a stack or detail. */
export function buildErrorCard(error: BotError, t: Translator): AdaptiveCard {
  const title = t.t(UI_KEYS.errorTitle);
  // Params can echo input (a locale, a step name): escape them, the message is rendered as Markdown.
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(error.params)) {
    params[key] = typeof value === 'string' ? userTextForMarkdown(value) : value;
  }
  const message = t.has(error.messageKey) ? t.t(error.messageKey, params) : t.t('error.INTERNAL');
  return cardShell(t, [
    heading(title, 'Medium'),
    textBlock(message),
    textBlock(`${t.t(UI_KEYS.errorCode)}: ${error.code}`, { isSubtle: true, size: 'Small' }),
  ]);
}
