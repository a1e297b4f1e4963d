import { BotError } from '../errors';
import type { Actor, FixActionId, FixTarget, GraphRequest } from './types';

/** Lifecycle of an approval: requested → approved → applying → applied | failed; requested → rejected | expired. */
export type ApprovalState =
  'requested' | 'approved' | 'applying' | 'applied' | 'failed' | 'rejected' | 'expired';

/** Which way a fix was carried out, so the result card can say so honestly. */
export type ApplyPath = 'graph' | 'runbook' | 'manual' | 'dry-run' | 'reconciled';

/** What happened when the fix ran. */
export interface ApprovalResult {
  path: ApplyPath;
  /** The exact request sent (or, in dry-run, that would have been sent). */
  request?: GraphRequest;
  /** Graph `request-id` (or runbook job id) for support cases. */
  requestId?: string;
  /** State read just before the write, used to build the undo. */
  before?: unknown;
  /** BotError code and params when it failed. */
  errorCode?: string;
  errorParams?: Readonly<Record<string, string | number>>;
}

/** One admin-gated fix request and its history. Stored through ApprovalRepository with an eTag. */
export interface Approval {
  id: string;
  tenantId: string;
  fixId: FixActionId;
  target: FixTarget;
  /** Why the fix was requested (free text from the requester, shown to the approver). */
  reason: string;
  /** The fixes the originating walkthrough offered; card actions naming others are refused. */
  offeredFixes: readonly FixActionId[];
  requestedBy: Actor;
  decidedBy?: Actor;
  state: ApprovalState;
  createdAt: string;
  updatedAt: string;
  expiresAt: string;
  result?: ApprovalResult;
  /** Opaque version set by the repository; compare-and-set uses it. */
  eTag: string;
  history: readonly { state: ApprovalState; at: string; by?: string }[];
}

/** An event that moves an approval. */
export type ApprovalEvent =
  | { type: 'approve'; by: Actor }
  | { type: 'reject'; by: Actor }
  | { type: 'start-apply'; by: Actor }
  | { type: 'succeed'; result: ApprovalResult }
  | { type: 'fail'; result: ApprovalResult }
  | { type: 'expire' };

const TERMINAL: readonly ApprovalState[] = ['applied', 'failed', 'rejected', 'expired'];

const NEXT: Readonly<Record<ApprovalEvent['type'], readonly [from: ApprovalState, to: ApprovalState][]>> = {
  approve: [['requested', 'approved']],
  reject: [['requested', 'rejected']],
  'start-apply': [['approved', 'applying']],
  succeed: [['applying', 'applied']],
  fail: [['applying', 'failed']],
  expire: [
    ['requested', 'expired'],
    ['approved', 'expired'],
  ],
};

/** True when no event can move the approval any more. */
export function isTerminal(state: ApprovalState): boolean {
  return TERMINAL.includes(state);
}

/** True when the approval is still waiting for a decision or an apply and its TTL has passed. */
export function isExpired(approval: Approval, now: Date): boolean {
  return (
    (approval.state === 'requested' || approval.state === 'approved') &&
    now.getTime() >= Date.parse(approval.expiresAt)
  );
}

/**
 * Pure transition: returns the next approval (same eTag; the repository sets a new one) or throws
 * APPROVAL_EXPIRED / APPROVAL_INVALID_TRANSITION.
 */
export function transition(approval: Approval, event: ApprovalEvent, now: Date): Approval {
  if (event.type !== 'expire' && isExpired(approval, now)) {
    throw new BotError('APPROVAL_EXPIRED', {
      params: { approvalId: approval.id, expiresAt: approval.expiresAt },
    });
  }
  const edge = NEXT[event.type].find(([from]) => from === approval.state);
  if (!edge) {
    throw new BotError('APPROVAL_INVALID_TRANSITION', {
      params: { approvalId: approval.id, from: approval.state, event: event.type },
      detail: `${event.type} from ${approval.state}`,
    });
  }
  const at = now.toISOString();
  const to = edge[1];
  const by = 'by' in event ? event.by : undefined;
  return {
    ...approval,
    state: to,
    updatedAt: at,
    ...(event.type === 'approve' || event.type === 'reject' ? { decidedBy: event.by } : {}),
    ...(event.type === 'succeed' || event.type === 'fail'
      ? { result: { ...approval.result, ...event.result } }
      : {}),
    history: [...approval.history, by ? { state: to, at, by: by.aadObjectId } : { state: to, at }],
  };
}

/** A new approval in `requested`, expiring after `ttlHours`. */
export function newApproval(
  input: Pick<
    Approval,
    'id' | 'tenantId' | 'fixId' | 'target' | 'reason' | 'offeredFixes' | 'requestedBy'
  > & {
    now: Date;
    ttlHours: number;
  },
): Approval {
  const at = input.now.toISOString();
  return {
    id: input.id,
    tenantId: input.tenantId,
    fixId: input.fixId,
    target: input.target,
    reason: input.reason,
    offeredFixes: input.offeredFixes,
    requestedBy: input.requestedBy,
    state: 'requested',
    createdAt: at,
    updatedAt: at,
    expiresAt: new Date(input.now.getTime() + input.ttlHours * 3_600_000).toISOString(),
    eTag: '',
    history: [{ state: 'requested', at, by: input.requestedBy.aadObjectId }],
  };
}
