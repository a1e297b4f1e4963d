import type { TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../../../core/cards/types';
import { BotError, toBotError } from '../../../core/errors';
import {
  buildApprovalCard,
  buildDiagnosisCard,
  buildGuideCard,
  FIX_VERBS,
  type FixVerb,
} from '../../../core/fixes/cards';
import type { Actor, FixTarget } from '../../../core/fixes/types';
import type { Translator } from '../../../core/i18n/types';
import { withUserAssertion } from '../../graph/on-behalf-of-graph';
import { actorFrom } from './actor';
import { approvalDataSchema, offerDataSchema, parseData, type OfferData } from './action-data';
import type { FixRouteDeps, WalkthroughView } from './deps';
import { fixErrorCard } from './error-card';

/** A fix route handler: untrusted card data in, the card that replaces the clicked one out. */
export type FixHandler = (context: TurnContext, data: unknown, state?: unknown) => Promise<AdaptiveCard>;

const baseConversation = (id: string | undefined) => (id ?? '').split(';messageid=')[0];

async function loadOffer(deps: FixRouteDeps, context: TurnContext, actor: Actor, data: OfferData) {
  const walkthrough: WalkthroughView | undefined = await deps.walkthroughs.get(data.walkthroughId);
  if (!walkthrough)
    throw new BotError('CARD_ACTION_INVALID', { detail: `walkthrough ${data.walkthroughId} not found` });
  if (walkthrough.playbook !== data.playbook)
    return deps.service.refuseForged(actor, 'playbook does not match the walkthrough', data.fixId);
  if (baseConversation(walkthrough.conversationId) !== baseConversation(context.activity.conversation?.id)) {
    return deps.service.refuseForged(actor, 'walkthrough belongs to another conversation', data.fixId);
  }
  const address = data.mailbox ?? walkthrough.details.sender ?? undefined;
  // The device signs in as the mailbox it sends from, so its UPN is taken to be that address.
  const target: FixTarget = address ? { mailbox: address, userId: address } : {};
  return { walkthrough, target, offered: deps.offeredFixes(walkthrough.playbook) };
}

/** The handlers behind each fix verb (exported for tests; registerFixRoutes wires them). */
export function createFixHandlers(deps: FixRouteDeps): Record<FixVerb, FixHandler> {
  const { service } = deps;

  const guard =
    (
      run: (context: TurnContext, data: unknown, actor: Actor, t: Translator) => Promise<AdaptiveCard>,
    ): FixHandler =>
    async (context, data, state) => {
      const t = await deps.translatorFor(context, state);
      try {
        return await withUserAssertion(deps.userAssertion?.(context), () =>
          run(context, data, actorFrom(context), t),
        );
      } catch (error) {
        return fixErrorCard(toBotError(error), t);
      }
    };

  const diagnose = guard(async (context, raw, actor, t) => {
    const data = parseData(offerDataSchema, raw) as OfferData;
    const { target, offered } = await loadOffer(deps, context, actor, data);
    if (!target.userId)
      throw new BotError('FIX_MAILBOX_NEEDED', {
        params: { fixId: 'diagnose.smtp-auth', field: 'mailbox' },
      });
    const diagnosis = await service.diagnose(actor, {
      subject: { userId: target.userId, mailbox: target.mailbox },
      offeredFixes: offered,
    });
    // No refresh on this card: every refresh would re-read the tenant through Graph (and audit it).
    return buildDiagnosisCard(diagnosis, t, {
      walkthroughId: data.walkthroughId,
      playbook: data.playbook,
      step: data.step,
      canApply: true,
    });
  });

  const offer = (mode: 'apply' | 'request') =>
    guard(async (context, raw, actor, t) => {
      const data = parseData(offerDataSchema, raw) as OfferData;
      if (data.fixId === 'diagnose.smtp-auth') return diagnose(context, raw);
      const { target, offered } = await loadOffer(deps, context, actor, data);
      if (data.fixId === 'modern-auth.guide') {
        await service.assertOffered(actor, data.fixId, offered);
        return buildGuideCard(t);
      }
      const input = { fixId: data.fixId, target, reason: data.reason ?? '', offeredFixes: offered };
      if (mode === 'apply') {
        const outcome = await service.applyDirect(actor, { ...input, idempotencyKey: data.walkthroughId });
        return buildApprovalCard(outcome.approval, t, {
          canDecide: true,
          refreshUserIds: actor.teamsId ? [actor.teamsId] : [],
        });
      }
      const outcome = await service.requestFix(actor, {
        ...input,
        idempotencyKey: `${data.walkthroughId}:${actor.aadObjectId}`,
      });
      let note = t.t('fix.card.requested');
      if (outcome.status === 'requested') {
        await deps.onRequested?.(outcome.approval, context);
        const helpdeskCard = buildApprovalCard(outcome.approval, deps.helpdeskTranslator?.() ?? t, {
          canDecide: true,
          refreshUserIds: actor.teamsId ? [actor.teamsId] : [],
        });
        try {
          await deps.postToHelpdesk(actor.tenantId, helpdeskCard);
        } catch (error) {
          if (toBotError(error).code !== 'HELPDESK_NOT_CONFIGURED') throw error;
          note = t.t('fix.card.helpdesk-missing');
        }
      }
      return buildApprovalCard(outcome.approval, t, { canDecide: false, note });
    });

  const decide = (decision: 'approve' | 'reject') =>
    guard(async (_context, raw, actor, t) => {
      const data = parseData(approvalDataSchema, raw);
      const outcome = await service.decide(
        actor,
        { approvalId: data.approvalId, fixId: data.fixId },
        decision,
      );
      const refreshUserIds = [outcome.approval.requestedBy.teamsId ?? '', actor.teamsId ?? ''];
      if (outcome.status !== 'already' && deps.notifyRequester) {
        await deps
          .notifyRequester(outcome.approval, buildApprovalCard(outcome.approval, t, { canDecide: false }))
          .catch(() => undefined);
      }
      return buildApprovalCard(outcome.approval, t, { canDecide: true, refreshUserIds });
    });

  return {
    [FIX_VERBS.apply]: offer('apply'),
    [FIX_VERBS.request]: offer('request'),
    [FIX_VERBS.approve]: decide('approve'),
    [FIX_VERBS.reject]: decide('reject'),
    [FIX_VERBS.diagnose]: diagnose,
    [FIX_VERBS.undo]: guard(async (_context, raw, actor, t) => {
      const data = parseData(approvalDataSchema, raw);
      const outcome = await service.undo(actor, { approvalId: data.approvalId, fixId: data.fixId });
      return buildApprovalCard(outcome.approval, t, { canDecide: true });
    }),
    [FIX_VERBS.verify]: guard(async (_context, raw, actor, t) => {
      const data = parseData(approvalDataSchema, raw);
      const { approval, inEffect } = await service.verify(actor, {
        approvalId: data.approvalId,
        fixId: data.fixId,
      });
      const note = t.t(
        inEffect === undefined
          ? 'fix.card.verify.not-checked'
          : inEffect
            ? 'fix.card.verify.in-effect'
            : 'fix.card.verify.not-in-effect',
      );
      return buildApprovalCard(approval, t, { canDecide: true, note });
    }),
    [FIX_VERBS.status]: guard(async (_context, raw, actor, t) => {
      const data = parseData(approvalDataSchema, raw);
      const { approval, canDecide } = await service.view(actor, {
        approvalId: data.approvalId,
        fixId: data.fixId,
      });
      return buildApprovalCard(approval, t, { canDecide });
    }),
  };
}
