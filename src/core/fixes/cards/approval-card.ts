import { actionSet, cardShell, heading, labelledUserText, textBlock } from '../../cards/parts';
import type { AdaptiveCard, CardAction, CardElement } from '../../cards/types';
import type { Translator } from '../../i18n/types';
import type { Approval } from '../approval';
import { getFixDefinition } from '../definitions';
import { FIX_VERBS } from './verbs';
import { fixAction, viewerRefresh } from './parts';
import { resultElements } from './result-parts';

/** Who is looking: admins get Approve/Reject (and Undo/Verify later); everyone else a read-only view. */
export interface ApprovalView {
  canDecide: boolean;
  /** Users whose clients re-fetch their own view (requester, approver). */
  refreshUserIds?: readonly string[];
  /** An extra line under the status (request sent, verify result...). */
  note?: string;
}

const COLOR = {
  requested: 'Accent',
  approved: 'Accent',
  applying: 'Accent',
  applied: 'Good',
  failed: 'Attention',
  rejected: 'Warning',
  expired: 'Warning',
} as const;

/** Adaptive Card date functions: each Teams client shows the time in its user's own locale and time zone. */
function clientDateTime(iso: string): string {
  const seconds = iso.replace(/\.\d{3}Z$/, 'Z');
  return `{{DATE(${seconds}, SHORT)}} {{TIME(${seconds})}}`;
}

/** "Applied" only when something changed: dry-run and the manual path say what really happened. */
function stateKey(approval: Approval): string {
  const path = approval.result?.path;
  if (approval.state === 'applied' && (path === 'dry-run' || path === 'manual'))
    return `fix.card.state.${path}`;
  return `fix.card.state.${approval.state}`;
}

/** The approval card posted to the helpdesk channel and shown to the requester, for one viewer. */
export function buildApprovalCard(approval: Approval, t: Translator, view: ApprovalView): AdaptiveCard {
  const definition = getFixDefinition(approval.fixId);
  const data = { approvalId: approval.id, fixId: approval.fixId };
  const target = approval.target.mailbox ?? approval.target.userId;
  const body: CardElement[] = [
    // "Approval needed" only while it is; afterwards the card is the record of what happened to the fix.
    heading(
      approval.state === 'requested'
        ? t.t('fix.card.approval.title', { fix: t.t(definition.titleKey) })
        : t.t(definition.titleKey),
    ),
    textBlock(t.t(definition.riskKey), { isSubtle: true }),
    labelledUserText(t.t('fix.card.approval.requestedBy'), approval.requestedBy.name),
    ...(target ? [labelledUserText(t.t('fix.card.approval.target'), target, { monospace: true })] : []),
    ...(approval.reason ? [labelledUserText(t.t('fix.card.approval.reason'), approval.reason)] : []),
    textBlock(`${t.t('fix.card.approval.state')}: ${t.t(stateKey(approval))}`, {
      weight: 'Bolder',
      color: COLOR[approval.state],
    }),
  ];
  if (approval.state === 'requested')
    body.push(
      textBlock(`${t.t('fix.card.approval.expires')}: ${clientDateTime(approval.expiresAt)}`, {
        isSubtle: true,
        size: 'Small',
      }),
    );
  if (approval.decidedBy) body.push(labelledUserText(t.t('fix.card.decided'), approval.decidedBy.name));
  body.push(...resultElements(approval, t));
  if (view.note) body.push(textBlock(view.note));

  const actions: CardAction[] = [];
  if (view.canDecide && approval.state === 'requested') {
    actions.push(fixAction(t.t('fix.card.action.approve'), FIX_VERBS.approve, data, 'positive'));
    actions.push(fixAction(t.t('fix.card.action.reject'), FIX_VERBS.reject, data, 'destructive'));
  }
  if (view.canDecide && approval.state === 'applied' && approval.result?.path !== 'dry-run') {
    actions.push(fixAction(t.t('fix.card.action.verify'), FIX_VERBS.verify, data));
    if (definition.undo)
      actions.push(fixAction(t.t('fix.card.action.undo'), FIX_VERBS.undo, data, 'destructive'));
  }
  if (actions.length > 0) body.push(actionSet(actions));
  return { ...cardShell(t, body), ...viewerRefresh(FIX_VERBS.status, data, view.refreshUserIds) };
}
