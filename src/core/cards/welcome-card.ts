import { languageName } from '../i18n/language-name';
import type { Translator } from '../i18n/types';
import { actionSet, cardShell, executeAction, heading, textBlock } from './parts';
import type { AdaptiveCard, CardElement, ShowCardAction } from './types';
import { UI_KEYS } from './ui-keys';

export interface WelcomeCardInput {
  t: Translator;
  /** Locales offered in the language picker (`locale.set`); no picker when empty or omitted. */
  locales?: readonly string[];
}

/** Greets a new user: what the bot does, how to paste an NDR, and a language picker. */
export function buildWelcomeCard(input: WelcomeCardInput): AdaptiveCard {
  const { t } = input;
  const title = t.t(UI_KEYS.welcomeTitle);
  const body: CardElement[] = [heading(title, 'Large'), textBlock(t.t(UI_KEYS.welcomeBody))];
  const locales = input.locales ?? [];
  if (locales.length > 0) {
    const picker: ShowCardAction = {
      type: 'Action.ShowCard',
      title: t.t(UI_KEYS.language),
      card: {
        type: 'AdaptiveCard',
        body: [
          actionSet(
            locales.map((locale) => executeAction(languageName(locale), { verb: 'locale.set', locale })),
          ),
        ],
      },
    };
    body.push(actionSet([picker]));
  }
  return cardShell(t, body);
}
