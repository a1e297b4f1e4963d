import { BotError, toBotError, type ErrorCode } from '../errors';
import {
  newApproval,
  transition,
  isExpired,
  type Approval,
  type ApprovalEvent,
  type ApprovalResult,
} from './approval';
import { getFixDefinition } from './definitions';
import { diagnoseSmtpAuth, type Diagnosis } from './diagnosis';
import { readDiagnosisInput, type DiagnosisSubject } from './read-diagnosis';
import type { AuditAction, FixServiceDeps } from './ports';
import { assertPreconditions } from './preconditions';
import { ALL_ADMIN_ROLES, hasAnyRole } from './roles';
import { stableId } from './stable-id';
import type { Actor, FixActionId, FixDefinition, FixTarget } from './types';

/** How an action ended, for the card that answers it. */
export interface FixOutcome {
  /** `already`: another click/instance handled it; the approval shows the state it is in. */
  status: 'requested' | 'applied' | 'failed' | 'rejected' | 'expired' | 'already';
  approval: Approval;
  error?: BotError;
}

/** What a card action claims; checked against the stored approval (card data is untrusted). */
export interface CardClaims {
  approvalId: string;
  fixId?: unknown;
  requesterId?: unknown;
}

/** The fix workflow: request, approve/reject, apply exactly once, undo, verify, reconcile. Pure over its ports. */
/** What a fix request or a direct apply names: the fix, its target, why, and what the walkthrough offered. */
export interface FixRequestInput {
  fixId: FixActionId;
  target: FixTarget;
  reason: string;
  offeredFixes: readonly FixActionId[];
  idempotencyKey?: string;
}

export class FixService {
  constructor(private readonly deps: FixServiceDeps) {}

  /** True when the actor holds a role the fix requires (re-checked on every action). */
  async canApply(actor: Actor, fixId: FixActionId): Promise<boolean> {
    const roles = await this.deps.directory.roleTemplateIds(actor.tenantId, actor.aadObjectId);
    return hasAnyRole(roles, getFixDefinition(fixId).requiredRoles);
  }

  /** True when the actor holds any admin role a fix needs (decides which view of a card a user gets). */
  async isAdmin(actor: Actor): Promise<boolean> {
    const roles = await this.deps.directory.roleTemplateIds(actor.tenantId, actor.aadObjectId);
    return hasAnyRole(roles, ALL_ADMIN_ROLES);
  }

  /** Throws NOT_ADMIN (audited) unless the actor holds one of the fix's roles. */
  async authorize(actor: Actor, fixId: FixActionId, approvalId?: string): Promise<void> {
    if (await this.canApply(actor, fixId)) return;
    await this.audit(actor, 'access.denied', { fixId, approvalId, result: 'NOT_ADMIN' });
    throw new BotError('NOT_ADMIN', { params: { fixId } });
  }

  /** Refuses (and audits) a fix the walkthrough did not offer. */
  async assertOffered(actor: Actor, fixId: FixActionId, offered: readonly FixActionId[]): Promise<void> {
    if (offered.includes(fixId)) return;
    await this.audit(actor, 'action.forged', { fixId, result: 'FIX_NOT_OFFERED' });
    throw new BotError('FIX_NOT_OFFERED', { params: { fixId } });
  }

  /** Audits and refuses an action whose context does not match (other conversation, other walkthrough). */
  async refuseForged(actor: Actor, detail: string, fixId?: FixActionId): Promise<never> {
    await this.audit(actor, 'action.forged', { fixId, result: 'CARD_ACTION_FORGED', detail });
    throw new BotError('CARD_ACTION_FORGED', { detail });
  }

  /** A non-admin asks for a fix: creates an approval in `requested`. */
  async requestFix(actor: Actor, input: FixRequestInput): Promise<FixOutcome> {
    await this.assertOffered(actor, input.fixId, input.offeredFixes);
    const definition = this.applicable(input.fixId);
    assertPreconditions(definition, input.target);
    const { approval, created } = await this.createOrGet(actor, input);
    if (created) {
      await this.audit(actor, 'fix.request', {
        fixId: input.fixId,
        approvalId: approval.id,
        mailbox: input.target.mailbox,
        result: 'ok',
        detail: input.reason,
      });
    }
    return { status: created ? 'requested' : 'already', approval };
  }

  /** An admin applies directly from the walkthrough card: request + approve + apply in one step. */
  async applyDirect(actor: Actor, input: FixRequestInput & { idempotencyKey: string }): Promise<FixOutcome> {
    await this.assertOffered(actor, input.fixId, input.offeredFixes);
    await this.authorize(actor, input.fixId);
    const definition = this.applicable(input.fixId);
    assertPreconditions(definition, input.target);
    const { approval } = await this.createOrGet(actor, input);
    return this.approveAndApply(actor, approval);
  }

  /** An admin approves or rejects from the approval card. Only the instance that reaches `applying` writes. */
  async decide(actor: Actor, claims: CardClaims, decision: 'approve' | 'reject'): Promise<FixOutcome> {
    const approval = await this.load(actor, claims);
    await this.authorize(actor, approval.fixId, approval.id);
    if (decision === 'reject') {
      if (approval.state !== 'requested') return { status: 'already', approval };
      const moved = await this.move(approval, { type: 'reject', by: actor });
      if (!moved) return { status: 'already', approval: await this.reload(approval.id) };
      await this.audit(actor, 'fix.reject', {
        fixId: approval.fixId,
        approvalId: approval.id,
        mailbox: approval.target.mailbox,
        result: 'ok',
      });
      return { status: 'rejected', approval: moved };
    }
    return this.approveAndApply(actor, approval);
  }

  /** Reverts an applied fix (as a new, self-approved approval `<id>.undo`). */
  async undo(actor: Actor, claims: CardClaims): Promise<FixOutcome> {
    const original = await this.load(actor, claims);
    const definition = getFixDefinition(original.fixId);
    if (original.state !== 'applied' || !definition.undo || original.result?.path === 'dry-run') {
      throw new BotError('APPROVAL_INVALID_TRANSITION', {
        params: { approvalId: original.id, from: original.state, event: 'undo' },
      });
    }
    const undo = definition.undo(original.target, original.result?.before);
    await this.authorize(actor, undo.fixId, original.id);
    const { approval } = await this.createOrGet(actor, {
      fixId: undo.fixId,
      target: undo.target,
      reason: `undo ${original.id}`,
      offeredFixes: [undo.fixId],
      idempotencyKey: `${original.id}.undo`,
    });
    const outcome = await this.approveAndApply(actor, approval, 'fix.undo');
    return outcome;
  }

  /** Reads the current state for an approval's fix: true/false, or undefined when it cannot be read. */
  async verify(
    actor: Actor,
    claims: CardClaims,
  ): Promise<{ approval: Approval; inEffect: boolean | undefined }> {
    const approval = await this.load(actor, claims);
    await this.authorize(actor, approval.fixId, approval.id);
    const inEffect = await this.readInEffect(getFixDefinition(approval.fixId), approval.target);
    await this.audit(actor, 'fix.verify', {
      fixId: approval.fixId,
      approvalId: approval.id,
      mailbox: approval.target.mailbox,
      result: inEffect === undefined ? 'not-checked' : inEffect ? 'in-effect' : 'not-in-effect',
    });
    return { approval, inEffect };
  }

  /** Reads an approval for display (tenant checked); `canDecide` says whether this viewer gets the admin view. */
  async view(actor: Actor, claims: CardClaims): Promise<{ approval: Approval; canDecide: boolean }> {
    let approval = await this.load(actor, claims);
    if (isExpired(approval, this.deps.clock.now())) {
      // A card refreshed after the TTL shows "expired" instead of buttons that would only fail.
      const expired = await this.move(approval, { type: 'expire' });
      if (expired) {
        await this.audit(actor, 'fix.expire', {
          fixId: approval.fixId,
          approvalId: approval.id,
          result: 'APPROVAL_EXPIRED',
        });
      }
      approval = expired ?? (await this.reload(approval.id));
    }
    return { approval, canDecide: await this.canApply(actor, approval.fixId) };
  }

  /** Read-only tenant check for the device's account (admins only: it reveals tenant configuration). */
  async diagnose(
    actor: Actor,
    input: { subject: DiagnosisSubject; offeredFixes: readonly FixActionId[] },
  ): Promise<Diagnosis> {
    await this.assertOffered(actor, 'diagnose.smtp-auth', input.offeredFixes);
    await this.authorize(actor, 'diagnose.smtp-auth');
    const now = this.deps.clock.now();
    const diagnosis = diagnoseSmtpAuth(
      await readDiagnosisInput(this.deps.graph, input.subject, { now, runbook: this.deps.runbook }),
    );
    const count = (outcome: string) => diagnosis.checks.filter((check) => check.outcome === outcome).length;
    await this.audit(actor, 'diagnose.run', {
      fixId: 'diagnose.smtp-auth',
      mailbox: input.subject.mailbox,
      result: this.deps.graph.dryRun ? 'dry-run' : 'ok',
      detail: `failed=${count('failed')} not-checked=${count('not-checked')} fixes=${diagnosis.applicableFixes.join(',')}`,
    });
    return diagnosis;
  }

  /**
   * After a restart: approvals left in `applying` longer than `graceMs` are settled by reading the real state
   * (already in effect → applied, otherwise failed). Unreadable ones are left for the next run.
   */
  async reconcile(system: Actor, graceMs = 120_000): Promise<Approval[]> {
    const settled: Approval[] = [];
    const now = this.deps.clock.now().getTime();
    for (const approval of await this.deps.approvals.listByState('applying')) {
      if (now - Date.parse(approval.updatedAt) < graceMs) continue;
      const inEffect = await this.readInEffect(getFixDefinition(approval.fixId), approval.target);
      if (inEffect === undefined) continue;
      const event: ApprovalEvent = inEffect
        ? { type: 'succeed', result: { path: 'reconciled' } }
        : {
            type: 'fail',
            result: { path: 'reconciled', errorCode: 'INTERNAL', errorParams: { reason: 'interrupted' } },
          };
      const moved = await this.move(approval, event);
      if (!moved) continue;
      await this.audit(system, 'fix.reconcile', {
        fixId: approval.fixId,
        approvalId: approval.id,
        mailbox: approval.target.mailbox,
        result: inEffect ? 'applied' : 'failed',
      });
      settled.push(moved);
    }
    return settled;
  }

  private applicable(fixId: FixActionId): FixDefinition {
    const definition = getFixDefinition(fixId);
    if (definition.kind === 'guide' || definition.kind === 'diagnose') {
      throw new BotError('CARD_ACTION_INVALID', {
        params: { fixId },
        detail: `${fixId} is not an approvable fix`,
      });
    }
    return definition;
  }

  private async approveAndApply(
    actor: Actor,
    approval: Approval,
    action: AuditAction = 'fix.apply',
  ): Promise<FixOutcome> {
    let current = approval;
    if (isExpired(current, this.deps.clock.now())) {
      const expired = await this.move(current, { type: 'expire' });
      if (expired)
        await this.audit(actor, 'fix.expire', {
          fixId: current.fixId,
          approvalId: current.id,
          result: 'APPROVAL_EXPIRED',
        });
      throw new BotError('APPROVAL_EXPIRED', {
        params: { approvalId: current.id, expiresAt: current.expiresAt },
      });
    }
    if (current.state === 'requested') {
      const approved = await this.move(current, { type: 'approve', by: actor });
      if (!approved) return { status: 'already', approval: await this.reload(current.id) };
      await this.audit(actor, 'fix.approve', {
        fixId: current.fixId,
        approvalId: current.id,
        mailbox: current.target.mailbox,
        result: 'ok',
      });
      current = approved;
    }
    if (current.state !== 'approved') return { status: 'already', approval: current };
    const applying = await this.move(current, { type: 'start-apply', by: actor });
    // Only the writer that moved the record to `applying` talks to Graph: this is the exactly-once guarantee.
    if (!applying) return { status: 'already', approval: await this.reload(current.id) };
    return this.execute(actor, applying, action);
  }

  private async execute(actor: Actor, approval: Approval, action: AuditAction): Promise<FixOutcome> {
    const definition = getFixDefinition(approval.fixId);
    let result: ApprovalResult;
    try {
      result = await this.write(definition, approval.target);
    } catch (thrown) {
      const error = toBotError(thrown, 'GRAPH_REQUEST_FAILED');
      const failedResult: ApprovalResult = {
        path: 'graph',
        errorCode: error.code,
        errorParams: error.params,
      };
      const failed =
        (await this.move(approval, { type: 'fail', result: failedResult })) ??
        (await this.reload(approval.id));
      await this.audit(actor, action, {
        fixId: approval.fixId,
        approvalId: approval.id,
        mailbox: approval.target.mailbox,
        result: error.code,
      });
      return { status: 'failed', approval: failed, error };
    }
    const applied =
      (await this.move(approval, { type: 'succeed', result })) ?? (await this.reload(approval.id));
    await this.audit(actor, action, {
      fixId: approval.fixId,
      approvalId: approval.id,
      mailbox: approval.target.mailbox,
      result: result.path === 'graph' || result.path === 'runbook' ? 'ok' : result.path,
      graphRequestId: result.requestId,
    });
    return { status: 'applied', approval: applied };
  }

  private async write(definition: FixDefinition, target: FixTarget): Promise<ApprovalResult> {
    if (definition.kind === 'runbook') {
      const enabled = definition.id === 'smtp-auth.enable-mailbox';
      if (!this.deps.runbook || this.deps.graph.dryRun)
        return { path: this.deps.graph.dryRun ? 'dry-run' : 'manual' };
      const job = await this.deps.runbook.setSmtpAuth(target.mailbox ?? '', enabled);
      return { path: 'runbook', requestId: job.jobId };
    }
    if (!definition.request) throw new BotError('INTERNAL', { detail: `${definition.id} has no request` });
    const request = definition.request(target);
    const before = await this.readBefore(definition, target);
    const response = await this.deps.graph.execute(request);
    if (response.dryRun) return { path: 'dry-run', request };
    return { path: 'graph', request, requestId: response.requestId, before };
  }

  private async readBefore(definition: FixDefinition, target: FixTarget): Promise<unknown> {
    if (!definition.read || this.deps.graph.dryRun) return undefined;
    try {
      return (await this.deps.graph.execute(definition.read(target))).body;
    } catch {
      return undefined; // the undo falls back to a safe default state
    }
  }

  private async readInEffect(definition: FixDefinition, target: FixTarget): Promise<boolean | undefined> {
    try {
      if (definition.kind === 'runbook') {
        if (!this.deps.runbook) return undefined;
        const state = await this.deps.runbook.getSmtpAuth(target.mailbox ?? '');
        if (state.smtpClientAuthenticationDisabled === null) return undefined;
        return (definition.id === 'smtp-auth.enable-mailbox') === !state.smtpClientAuthenticationDisabled;
      }
      if (!definition.read || !definition.isApplied || this.deps.graph.dryRun) return undefined;
      const response = await this.deps.graph.execute(definition.read(target));
      return response.dryRun ? undefined : definition.isApplied(response.body);
    } catch {
      return undefined;
    }
  }

  private async createOrGet(
    actor: Actor,
    input: FixRequestInput,
  ): Promise<{ approval: Approval; created: boolean }> {
    const id = input.idempotencyKey
      ? stableId(`${actor.tenantId}\n${input.idempotencyKey}\n${input.fixId}`)
      : this.deps.newId();
    const fresh = newApproval({
      id,
      tenantId: actor.tenantId,
      fixId: input.fixId,
      target: input.target,
      reason: input.reason.slice(0, 500),
      offeredFixes: input.offeredFixes,
      requestedBy: actor,
      now: this.deps.clock.now(),
      ttlHours: this.deps.approvalTtlHours,
    });
    try {
      return { approval: await this.deps.approvals.create(fresh), created: true };
    } catch (thrown) {
      if (!(thrown instanceof BotError) || thrown.code !== 'STORAGE_CONFLICT') throw thrown;
      const existing = await this.deps.approvals.get(id);
      if (!existing) throw thrown;
      if (existing.tenantId !== actor.tenantId)
        throw new BotError('CARD_ACTION_FORGED', { params: { approvalId: id } });
      return { approval: existing, created: false };
    }
  }

  private async load(actor: Actor, claims: CardClaims): Promise<Approval> {
    const approval = await this.deps.approvals.get(claims.approvalId);
    if (!approval) throw new BotError('APPROVAL_NOT_FOUND', { params: { approvalId: claims.approvalId } });
    const forged: string | undefined =
      approval.tenantId !== actor.tenantId
        ? 'tenant'
        : claims.fixId !== undefined && claims.fixId !== approval.fixId
          ? 'fixId'
          : claims.requesterId !== undefined && claims.requesterId !== approval.requestedBy.aadObjectId
            ? 'requester'
            : undefined;
    if (forged) {
      const code: ErrorCode = forged === 'fixId' ? 'FIX_NOT_OFFERED' : 'CARD_ACTION_FORGED';
      await this.audit(actor, 'action.forged', {
        approvalId: approval.id,
        result: code,
        detail: `mismatched ${forged}`,
      });
      throw new BotError(code, { params: { approvalId: approval.id } });
    }
    return approval;
  }

  private async reload(id: string): Promise<Approval> {
    const approval = await this.deps.approvals.get(id);
    if (!approval) throw new BotError('APPROVAL_NOT_FOUND', { params: { approvalId: id } });
    return approval;
  }

  private async move(approval: Approval, event: ApprovalEvent): Promise<Approval | undefined> {
    const next = transition(approval, event, this.deps.clock.now());
    return this.deps.approvals.compareAndSet(next, approval.eTag);
  }

  private async audit(
    actor: Actor,
    action: AuditAction,
    fields: {
      fixId?: FixActionId;
      approvalId?: string;
      mailbox?: string;
      result: string;
      graphRequestId?: string;
      detail?: string;
    },
  ): Promise<void> {
    await this.deps.audit.append({
      at: this.deps.clock.now().toISOString(),
      tenantId: actor.tenantId,
      actorId: actor.aadObjectId,
      actorName: actor.name,
      action,
      ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
      result: fields.result,
    });
  }
}
