import type { Translator } from '../i18n/types';
import { actionSet, cardShell, executeAction, heading, textBlock } from './parts';
import type { AdaptiveCard, CardElement, ShowCardAction } from './types';
import { UI_KEYS } from './ui-keys';

export interface WelcomeCardInput {
  t: Translator;
  /** Locales offered in the language picker (`locale.set`); no picker when empty or omitted. */
  locales?: readonly string[];
}

/** The native name of a locale ("suomi (Suomi)"), or the tag itself when the runtime lacks the data. */
export function localeDisplayName(locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale);
    return name ?? locale;
  } catch {
    return locale;
  }
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
            locales.map((locale) => executeAction(localeDisplayName(locale), { verb: 'locale.set', locale })),
          ),
        ],
      },
    };
    body.push(actionSet([picker]));
  }
  return cardShell(t, body);
}
