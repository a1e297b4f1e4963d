import { diagnoseSmtpAuth } from '../../../src/core/fixes/diagnosis';
import { readDiagnosisInput } from '../../../src/core/fixes/read-diagnosis';
import { DryRunGraph } from '../../../src/adapters/graph/dry-run-graph';
import { graphAgainstStandIn } from './stand-in';

const now = new Date('2026-11-25T08:00:00Z');

describe('diagnosis reads against the stand-in', () => {
  it('finds security defaults, enforced per-user MFA and SMTP sign-in error 50076', async () => {
    const { standIn, graph } = await graphAgainstStandIn();
    try {
      const input = await readDiagnosisInput(
        graph,
        { userId: 'printer@contoso.com', mailbox: 'printer@contoso.com' },
        { now },
      );
      const result = diagnoseSmtpAuth(input);
      expect(result.applicableFixes).toEqual([
        'security-defaults.disable',
        'per-user-mfa.disable',
        'smtp-auth.enable-mailbox',
        'modern-auth.guide',
      ]);
      expect(result.signInErrors.map((e) => e.code)).toEqual([50076]);
      expect(standIn.writes).toBe(0);
      const signIns = standIn.requests.find((r) => r.path === '/v1.0/auditLogs/signIns');
      expect(signIns?.status).toBe(200);
    } finally {
      await standIn.close();
    }
  });

  it('degrades: no P1 licence and missing permissions become "not checked"', async () => {
    const { standIn, graph } = await graphAgainstStandIn(['User.Read.All', 'AuditLog.Read.All']);
    standIn.tenant.hasP1 = false;
    try {
      const result = diagnoseSmtpAuth(
        await readDiagnosisInput(graph, { userId: 'printer@contoso.com' }, { now }),
      );
      const byId = Object.fromEntries(result.checks.map((c) => [c.id, c]));
      expect(byId['smtp-sign-ins']).toMatchObject({
        outcome: 'not-checked',
        messageKey: 'fix.not-checked.no-licence',
      });
      expect(byId['security-defaults']).toMatchObject({
        outcome: 'not-checked',
        params: { permission: 'Policy.Read.All' },
      });
      expect(byId['exchange-licence']?.outcome).toBe('passed');
    } finally {
      await standIn.close();
    }
  });

  it('in dry-run every read is "not checked" and nothing is sent', async () => {
    const graph = new DryRunGraph();
    const result = diagnoseSmtpAuth(
      await readDiagnosisInput(graph, { userId: 'printer@contoso.com' }, { now }),
    );
    expect(result.checks.every((c) => c.outcome === 'not-checked')).toBe(true);
    expect(graph.wouldSend.every((r) => r.method === 'GET')).toBe(true);
  });
});
