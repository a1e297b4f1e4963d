import type { TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../../../core/cards/types';
import type { Approval } from '../../../core/fixes/approval';
import type { FixService } from '../../../core/fixes/fix-service';
import type { FixActionId } from '../../../core/fixes/types';
import type { Translator } from '../../../core/i18n/types';

/** The parts of a stored walkthrough the fix routes read (see src/adapters/teams/assistant.ts `Walkthrough`). */
export interface WalkthroughView {
  id: string;
  playbook: string;
  conversationId: string;
  details: { sender: string | null };
}

/** What registerFixRoutes needs from the composition root. */
export interface FixRouteDeps {
  service: FixService;
  /** The clicking user's translator (their negotiated locale); `state` is the teams-ai turn state when routed. */
  translatorFor(context: TurnContext, state?: unknown): Translator | Promise<Translator>;
  walkthroughs: { get(id: string): Promise<WalkthroughView | undefined> };
  /** Every fix any step of the playbook offers; actions naming others are refused (FIX_NOT_OFFERED). */
  offeredFixes(playbook: string): readonly FixActionId[];
  /** Posts a card to the tenant's helpdesk channel; throws HELPDESK_NOT_CONFIGURED when there is none. */
  postToHelpdesk(tenantId: string, card: AdaptiveCard): Promise<void>;
  /** Called once a request is stored (e.g. to remember where the requester's card is). */
  onRequested?(approval: Approval, context: TurnContext): Promise<void>;
  /** Tells the requester what the admin decided (e.g. updates their card in place). */
  notifyRequester?(approval: Approval, card: AdaptiveCard): Promise<void>;
  /** Translator for cards posted to the helpdesk channel (DEFAULT_LOCALE); the requester's when absent. */
  helpdeskTranslator?(): Translator;
  /** The admin's SSO token for GRAPH_AUTH=on-behalf-of (Universal Actions put it in `value.authentication.token`). */
  userAssertion?(context: TurnContext): string | undefined;
}
