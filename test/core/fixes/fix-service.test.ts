import { BotError } from '../../../src/core/errors';
import { FixService } from '../../../src/core/fixes/fix-service';
import {
  admin,
  FakeDirectory,
  FakeGraph,
  FixedClock,
  MemoryApprovals,
  MemoryAudit,
  TENANT,
  user,
} from './fakes';
import type { RunbookPort } from '../../../src/core/fixes/ports';

function setup(options: { dryRun?: boolean; runbook?: RunbookPort } = {}) {
  const approvals = new MemoryApprovals();
  const graph = new FakeGraph(options.dryRun);
  const audit = new MemoryAudit();
  const clock = new FixedClock();
  let n = 0;
  const service = new FixService({
    approvals,
    graph,
    audit,
    clock,
    directory: new FakeDirectory(),
    runbook: options.runbook,
    newId: () => `ap-${++n}`,
    approvalTtlHours: 24,
  });
  return { service, approvals, graph, audit, clock };
}

const offered = ['security-defaults.disable', 'per-user-mfa.disable', 'smtp-auth.enable-mailbox'] as const;

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return error instanceof BotError ? error.code : String(error);
  }
  return undefined;
}

describe('FixService', () => {
  it('refuses a non-admin who tries to apply, and audits it', async () => {
    const { service, graph, audit } = setup();
    const code = await codeOf(
      service.applyDirect(user, {
        fixId: 'security-defaults.disable',
        target: {},
        reason: '',
        offeredFixes: offered,
        idempotencyKey: 'card-1',
      }),
    );
    expect(code).toBe('NOT_ADMIN');
    expect(graph.writes).toHaveLength(0);
    expect(audit.entries.map((e) => [e.action, e.result])).toEqual([['access.denied', 'NOT_ADMIN']]);
  });

  it('lets an admin apply once, even on a double click', async () => {
    const { service, graph, audit } = setup();
    const input = {
      fixId: 'security-defaults.disable' as const,
      target: {},
      reason: 'printer',
      offeredFixes: offered,
      idempotencyKey: 'card-1',
    };
    const [first, second] = await Promise.all([
      service.applyDirect(admin, input),
      service.applyDirect(admin, input),
    ]);
    expect([first.status, second.status].sort()).toEqual(['already', 'applied']);
    expect(graph.writes).toHaveLength(1);
    const applied = first.status === 'applied' ? first : second;
    expect(applied.approval.result).toMatchObject({
      path: 'graph',
      requestId: 'req-1',
      before: { isEnabled: true },
    });
    expect(audit.entries.find((e) => e.action === 'fix.apply')).toMatchObject({
      result: 'ok',
      graphRequestId: 'req-1',
      actorId: admin.aadObjectId,
    });
  });

  it('request → approve → apply, then undo restores the previous per-user MFA state', async () => {
    const { service, graph } = setup();
    graph.state.mfa = 'enabled';
    const requested = await service.requestFix(user, {
      fixId: 'per-user-mfa.disable',
      target: { userId: 'printer@contoso.com' },
      reason: 'scanner fails with 535',
      offeredFixes: offered,
    });
    expect(requested.status).toBe('requested');
    expect(await codeOf(service.decide(user, { approvalId: requested.approval.id }, 'approve'))).toBe(
      'NOT_ADMIN',
    );
    const done = await service.decide(
      admin,
      { approvalId: requested.approval.id, fixId: 'per-user-mfa.disable' },
      'approve',
    );
    expect(done.status).toBe('applied');
    expect(graph.state.mfa).toBe('disabled');
    const undone = await service.undo(admin, { approvalId: requested.approval.id });
    expect(undone.status).toBe('applied');
    expect(graph.writes.at(-1)?.body).toEqual({ perUserMfaState: 'enabled' });
    expect((await service.verify(admin, { approvalId: undone.approval.id })).inEffect).toBe(true);
  });

  it('refuses forged and replayed card actions and audits them', async () => {
    const { service, audit } = setup();
    const { approval } = await service.requestFix(user, {
      fixId: 'security-defaults.disable',
      target: {},
      reason: '',
      offeredFixes: offered,
    });
    const otherTenant = { ...admin, tenantId: '22222222-2222-2222-2222-222222222222' };
    expect(await codeOf(service.decide(otherTenant, { approvalId: approval.id }, 'approve'))).toBe(
      'CARD_ACTION_FORGED',
    );
    expect(
      await codeOf(
        service.decide(admin, { approvalId: approval.id, fixId: 'per-user-mfa.disable' }, 'approve'),
      ),
    ).toBe('FIX_NOT_OFFERED');
    expect(
      await codeOf(
        service.decide(admin, { approvalId: approval.id, requesterId: admin.aadObjectId }, 'approve'),
      ),
    ).toBe('CARD_ACTION_FORGED');
    expect(
      await codeOf(
        service.requestFix(user, {
          fixId: 'per-user-mfa.disable',
          target: { userId: 'a@b.com' },
          reason: '',
          offeredFixes: ['security-defaults.disable'],
        }),
      ),
    ).toBe('FIX_NOT_OFFERED');
    expect(audit.entries.filter((e) => e.action === 'action.forged').map((e) => e.result)).toEqual([
      'CARD_ACTION_FORGED',
      'FIX_NOT_OFFERED',
      'CARD_ACTION_FORGED',
      'FIX_NOT_OFFERED',
    ]);
    expect(audit.entries.find((e) => e.action === 'action.forged')?.tenantId).toBe(
      '22222222-2222-2222-2222-222222222222',
    );
  });

  it('expires approvals after the TTL and rejects cleanly', async () => {
    const { service, clock, graph } = setup();
    const a = await service.requestFix(user, {
      fixId: 'security-defaults.disable',
      target: {},
      reason: '',
      offeredFixes: offered,
    });
    const b = await service.requestFix(user, {
      fixId: 'security-defaults.disable',
      target: {},
      reason: '',
      offeredFixes: offered,
    });
    expect((await service.decide(admin, { approvalId: b.approval.id }, 'reject')).status).toBe('rejected');
    expect((await service.decide(admin, { approvalId: b.approval.id }, 'approve')).status).toBe('already');
    clock.advanceHours(25);
    expect(await codeOf(service.decide(admin, { approvalId: a.approval.id }, 'approve'))).toBe(
      'APPROVAL_EXPIRED',
    );
    expect(graph.writes).toHaveLength(0);
    const c = await service.requestFix(admin, {
      fixId: 'security-defaults.disable',
      target: {},
      reason: '',
      offeredFixes: offered,
    });
    clock.advanceHours(25);
    const seen = await service.view(user, { approvalId: c.approval.id });
    expect(seen.approval.state).toBe('expired');
    expect(seen.canDecide).toBe(false);
  });

  it('20 concurrent approvals write exactly once', async () => {
    const { service, graph } = setup();
    const { approval } = await service.requestFix(user, {
      fixId: 'security-defaults.disable',
      target: {},
      reason: '',
      offeredFixes: offered,
    });
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () => service.decide(admin, { approvalId: approval.id }, 'approve')),
    );
    expect(outcomes.filter((o) => o.status === 'applied')).toHaveLength(1);
    expect(graph.writes).toHaveLength(1);
  });

  it('dry-run records the request it would send and writes nothing', async () => {
    const { service, graph } = setup({ dryRun: true });
    const outcome = await service.applyDirect(admin, {
      fixId: 'security-defaults.disable',
      target: {},
      reason: '',
      offeredFixes: offered,
      idempotencyKey: 'k',
    });
    expect(outcome.approval.result).toEqual({
      path: 'dry-run',
      request: {
        method: 'PATCH',
        version: 'v1.0',
        path: '/policies/identitySecurityDefaultsEnforcementPolicy',
        body: { isEnabled: false },
      },
    });
    expect(graph.writes).toHaveLength(0);
  });

  it('a Graph failure moves the approval to failed with the error code', async () => {
    const { service, graph } = setup();
    graph.failWith = new BotError('GRAPH_PERMISSION_MISSING', {
      params: { permission: 'Policy.ReadWrite.SecurityDefaults' },
    });
    const outcome = await service.applyDirect(admin, {
      fixId: 'security-defaults.disable',
      target: {},
      reason: '',
      offeredFixes: offered,
      idempotencyKey: 'k',
    });
    expect(outcome.status).toBe('failed');
    expect(outcome.error?.messageKey).toBe('error.GRAPH_PERMISSION_MISSING');
    expect(outcome.approval.result?.errorParams).toEqual({ permission: 'Policy.ReadWrite.SecurityDefaults' });
  });

  it('the Exchange switch goes through the runbook when configured, and says so otherwise', async () => {
    const calls: [string, boolean][] = [];
    const runbook: RunbookPort = {
      setSmtpAuth: async (mailbox, enabled) => (
        calls.push([mailbox, enabled]),
        { jobId: 'job-1', smtpClientAuthenticationDisabled: !enabled }
      ),
      getSmtpAuth: async () => ({ jobId: 'job-2', smtpClientAuthenticationDisabled: false }),
    };
    const withRunbook = setup({ runbook });
    const input = {
      fixId: 'smtp-auth.enable-mailbox' as const,
      target: { mailbox: 'scanner@contoso.com' },
      reason: '',
      offeredFixes: offered,
      idempotencyKey: 'k',
    };
    const viaRunbook = await withRunbook.service.applyDirect(admin, input);
    expect(viaRunbook.approval.result).toEqual({ path: 'runbook', requestId: 'job-1' });
    expect(calls).toEqual([['scanner@contoso.com', true]]);
    expect((await withRunbook.service.verify(admin, { approvalId: viaRunbook.approval.id })).inEffect).toBe(
      true,
    );
    const manual = await setup().service.applyDirect(admin, input);
    expect(manual.approval.result).toEqual({ path: 'manual' });
  });

  it('reconciles an approval interrupted in applying by reading the current state', async () => {
    const { service, approvals, graph, clock, audit } = setup();
    const { approval } = await service.requestFix(user, {
      fixId: 'security-defaults.disable',
      target: {},
      reason: '',
      offeredFixes: offered,
    });
    const stored = approvals.rows.get(approval.id)!;
    approvals.rows.set(approval.id, { ...stored, state: 'applying' });
    graph.state.securityDefaults = false; // the write reached Graph before the crash
    expect(
      await service.reconcile({ aadObjectId: 'system', name: 'ndr-assist', tenantId: TENANT }),
    ).toHaveLength(0); // within grace
    clock.advanceHours(1);
    const settled = await service.reconcile({ aadObjectId: 'system', name: 'ndr-assist', tenantId: TENANT });
    expect(settled.map((a) => [a.state, a.result?.path])).toEqual([['applied', 'reconciled']]);
    expect(graph.writes).toHaveLength(0);
    expect(audit.entries.at(-1)).toMatchObject({ action: 'fix.reconcile', result: 'applied' });
  });
});
