import type { BotError } from '../../core/errors';
import type { CardActionData } from '../../core/cards/verbs';
import type { Translator } from '../../core/i18n/types';
import type { Finding, NdrDetails, PlaybookId, Recognition } from '../../core/ndr/types';

/** Adaptive Card JSON as built by src/core/cards (kept opaque here: the Teams layer only ships it). */
export type CardJson = object;

/** What the bot remembers about one walk-through; stored under `walkthroughs/<id>` so it survives restarts. */
export interface Walkthrough {
  id: string;
  playbook: PlaybookId;
  /** Planned step ids, in the order the user walks them. */
  steps: string[];
  /** -1 = the summary card, otherwise an index into `steps`. */
  index: number;
  locale: string;
  finding: Finding | null;
  details: NdrDetails;
  /** Conversation and user that opened it; actions from elsewhere are refused as forged. */
  conversationId: string;
  userId: string;
  /** The opener's Teams user id (29:...), which Universal Actions' refresh.userIds expects. */
  userTeamsId?: string;
  outcome?: 'fixed' | 'still-failing';
  createdAt: string;
}

/** Who asked the helpdesk, for the hand-off card. */
export interface Requester {
  name: string;
  aadObjectId?: string;
}

/**
 * Everything the Teams layer needs from the pure core, behind one port. Routes only translate activities into these
 * calls and ship the cards back, so moving to Teams SDK v2 / the Agents SDK touches src/adapters/teams only.
 */
export interface Assistant {
  negotiateLocale(requested: string | undefined | null): string;
  translator(locale: string): Translator;
  recognize(input: string | Uint8Array): Promise<Recognition>;
  /** The playbook and planned steps for a recognition; `null` when nothing was recognized (fallback card). */
  plan(recognition: Recognition): { playbook: PlaybookId; steps: string[]; finding: Finding } | null;
  /** Validates untrusted card data (throws CARD_ACTION_INVALID). */
  parseCardAction(value: unknown): CardActionData;
  summaryCard(walkthrough: Walkthrough, t: Translator): CardJson;
  /** The current step; `canApplyFixes` shows "Apply fix" instead of "Request fix" (the server re-checks roles). */
  stepCard(
    walkthrough: Walkthrough,
    t: Translator,
    viewer?: { canApplyFixes: boolean; refreshUserIds?: readonly string[] },
  ): CardJson;
  /** "Nothing I know": what was found, how to read an NDR, ask the helpdesk (walk-through of the general playbook). */
  fallbackCard(walkthrough: Walkthrough, t: Translator): CardJson;
  welcomeCard(t: Translator): CardJson;
  helpCard(t: Translator): CardJson;
  errorCard(error: BotError, t: Translator): CardJson;
  handoffCard(walkthrough: Walkthrough, requester: Requester, t: Translator): CardJson;
}
