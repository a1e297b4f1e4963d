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

const MAX_ACTIONS_PER_SET = 5;

function chunk<T>(items: readonly T[], size: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += size) rows.push(items.slice(i, i + size));
  return rows;
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
        // Hosts show at most five actions per set (Teams' host config), so the languages come in rows of five.
        body: chunk(locales, MAX_ACTIONS_PER_SET).map((row) =>
          actionSet(row.map((locale) => executeAction(languageName(locale), { verb: 'locale.set', locale }))),
        ),
      },
    };
    body.push(actionSet([picker]));
  }
  return cardShell(t, body);
}
