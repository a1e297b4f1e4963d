import { MemoryStorage } from 'botbuilder';
import { Application } from '@microsoft/teams-ai';
import { createFixHandlers, FIX_ROUTES, registerFixRoutes } from '../../../../src/adapters/teams/fixes';
import type { AdaptiveCard } from '../../../../src/core/cards/types';
import { cardText, invokeFrom, routeHarness, verbsOf } from './harness';

const offer = (verb: string, fixId: string, extra: Record<string, unknown> = {}) => ({
  verb,
  walkthroughId: 'wt-1',
  playbook: 'smtp-auth',
  step: 'security-defaults',
  fixId,
  ...extra,
});

describe('fix routes', () => {
  it('refuses a non-admin who presses Apply, with a localized message, and audits it', async () => {
    const h = await routeHarness();
    try {
      const handlers = createFixHandlers(h.deps);
      const card = await handlers['fix.apply'](
        invokeFrom(h.uma, h.tenantId, offer('fix.apply', 'security-defaults.disable')),
        offer('fix.apply', 'security-defaults.disable'),
      );
      expect(cardText(card)).toContain('Only an administrator can do that');
      expect(h.standIn.writes).toBe(0);
      expect((await h.audit.list()).map((e) => [e.action, e.result, e.actorId])).toEqual([
        ['access.denied', 'NOT_ADMIN', h.uma.aadObjectId],
      ]);
    } finally {
      await h.standIn.close();
    }
  });

  it('an admin applies: one Graph write, the card says which path was used and offers Verify and Undo', async () => {
    const h = await routeHarness();
    try {
      const handlers = createFixHandlers(h.deps);
      const data = offer('fix.apply', 'security-defaults.disable');
      const card = await handlers['fix.apply'](invokeFrom(h.ada, h.tenantId, data), data);
      expect(h.standIn.writes).toBe(1);
      expect(h.standIn.tenant.securityDefaultsEnabled).toBe(false);
      expect(cardText(card)).toMatch(/Changed through Microsoft Graph \(request id [0-9a-f-]{36}\)/);
      expect(verbsOf(card)).toEqual(['fix.verify', 'fix.undo']);
      // a double click replays the same walkthrough action: no second write
      const again = await handlers['fix.apply'](invokeFrom(h.ada, h.tenantId, data), data);
      expect(h.standIn.writes).toBe(1);
      expect(cardText(again)).toContain('Applied');
      const approvalId = String((verbsOfData(card)[0] ?? {}).approvalId);
      const verified = await handlers['fix.verify'](
        invokeFrom(h.ada, h.tenantId, { verb: 'fix.verify', approvalId }),
        { verb: 'fix.verify', approvalId },
      );
      expect(cardText(verified)).toContain('Verified: the change is in effect.');
      const undone = await handlers['fix.undo'](
        invokeFrom(h.ada, h.tenantId, { verb: 'fix.undo', approvalId }),
        { verb: 'fix.undo', approvalId },
      );
      expect(cardText(undone)).toContain('Turn security defaults back on');
      expect(h.standIn.tenant.securityDefaultsEnabled).toBe(true);
      expect(h.standIn.writes).toBe(2);
    } finally {
      await h.standIn.close();
    }
  });

  it('request → approval card in the helpdesk channel → admin approves → applied, requester told', async () => {
    const h = await routeHarness();
    try {
      const handlers = createFixHandlers(h.deps);
      const data = offer('fix.request', 'per-user-mfa.disable', { reason: 'scanner gets 535 5.7.139' });
      const requesterCard = await handlers['fix.request'](invokeFrom(h.uma, h.tenantId, data), data);
      expect(cardText(requesterCard)).toContain('An administrator has been asked to approve this.');
      expect(verbsOf(requesterCard)).toEqual([]);
      expect(h.helpdeskPosts).toHaveLength(1);
      const posted = h.helpdeskPosts[0]!;
      expect(verbsOf(posted)).toEqual(['fix.approve', 'fix.reject']);
      expect(posted.refresh?.userIds).toEqual(['29:uma']);
      expect(cardText(posted)).toContain('scanner gets 535 5.7.139');
      const approvalId = String(verbsOfData(posted)[0]?.approvalId);

      const umaApproves = await handlers['fix.approve'](
        invokeFrom(h.uma, h.tenantId, { verb: 'fix.approve', approvalId }),
        { verb: 'fix.approve', approvalId },
      );
      expect(cardText(umaApproves)).toContain('Only an administrator can do that');

      const status = await handlers['fix.status'](
        invokeFrom(h.uma, h.tenantId, { verb: 'fix.status', approvalId }),
        { verb: 'fix.status', approvalId },
      );
      expect(verbsOf(status)).toEqual([]); // the requester's own view has no Approve button

      const approved = await handlers['fix.approve'](
        invokeFrom(h.ada, h.tenantId, { verb: 'fix.approve', approvalId, fixId: 'per-user-mfa.disable' }),
        {
          verb: 'fix.approve',
          approvalId,
          fixId: 'per-user-mfa.disable',
        },
      );
      expect(cardText(approved)).toContain('Applied');
      expect(cardText(approved)).toContain('Decided by');
      expect(h.standIn.tenant.perUserMfa['c0c0c0c0-0000-4000-8000-00000000000c']).toBe('disabled');
      expect(h.standIn.writes).toBe(1);
      expect(h.notified).toHaveLength(1);
      expect(verbsOf(h.notified[0]!)).toEqual([]);
      expect((await h.audit.list()).map((e) => e.action).reverse()).toEqual([
        'fix.request',
        'access.denied',
        'fix.approve',
        'fix.apply',
      ]);
    } finally {
      await h.standIn.close();
    }
  });

  it('refuses forged actions: another conversation, a fix not offered, another tenant', async () => {
    const h = await routeHarness();
    try {
      const handlers = createFixHandlers(h.deps);
      const data = offer('fix.apply', 'security-defaults.disable');
      const elsewhere = await handlers['fix.apply'](
        invokeFrom(h.ada, h.tenantId, data, '19:other@thread.tacv2'),
        data,
      );
      expect(cardText(elsewhere)).toContain("That request didn't come from one of my cards");
      const otherPlaybook = offer('fix.apply', 'security-defaults.disable', { playbook: 'mailbox-full' });
      expect(
        cardText(await handlers['fix.apply'](invokeFrom(h.ada, h.tenantId, otherPlaybook), otherPlaybook)),
      ).toContain("didn't come from one of my cards");
      const undo = offer('fix.apply', 'security-defaults.enable');
      expect(cardText(await handlers['fix.apply'](invokeFrom(h.ada, h.tenantId, undo), undo))).toContain(
        "That fix isn't available for this problem.",
      );
      const junk = { verb: 'fix.apply', walkthroughId: 'wt-1', fixId: 'rm -rf /' };
      expect(cardText(await handlers['fix.apply'](invokeFrom(h.ada, h.tenantId, junk), junk))).not.toContain(
        'Applied',
      );
      const request = offer('fix.request', 'security-defaults.disable');
      const requested = await handlers['fix.request'](invokeFrom(h.uma, h.tenantId, request), request);
      const approvalId = String(verbsOfData(h.helpdeskPosts[0]!)[0]?.approvalId);
      expect(cardText(requested)).toContain('Waiting for an admin');
      const otherTenant = await handlers['fix.approve'](
        invokeFrom(h.ada, '99999999-0000-4000-8000-000000000009', { verb: 'fix.approve', approvalId }),
        {
          verb: 'fix.approve',
          approvalId,
        },
      );
      expect(cardText(otherTenant)).toContain("didn't come from one of my cards");
      expect(h.standIn.writes).toBe(0);
      expect((await h.audit.list()).filter((e) => e.action === 'action.forged')).toHaveLength(4);
    } finally {
      await h.standIn.close();
    }
  });

  it('missing Graph permission → localized message naming the permission, approval failed', async () => {
    const h = await routeHarness({ roles: ['User.Read.All', 'Policy.Read.All'] });
    try {
      const handlers = createFixHandlers(h.deps);
      const data = offer('fix.apply', 'security-defaults.disable');
      const card = await handlers['fix.apply'](invokeFrom(h.ada, h.tenantId, data), data);
      const text = cardText(card);
      expect(text).toContain("I don't have the Microsoft 365 permission this needs.");
      expect(text).toContain('Policy.ReadWrite.SecurityDefaults');
      expect(text).toContain('Failed');
      expect(h.standIn.writes).toBe(0);
    } finally {
      await h.standIn.close();
    }
  });

  it('dry-run: allowlisted admin applies, the card shows the exact request, nothing is written', async () => {
    const h = await routeHarness({ dryRun: true, allowlist: ['a0a0a0a0-0000-4000-8000-00000000000a'] });
    try {
      const handlers = createFixHandlers(h.deps);
      const data = offer('fix.apply', 'security-defaults.disable');
      const card = await handlers['fix.apply'](invokeFrom(h.ada, h.tenantId, data), data);
      expect(cardText(card)).toContain('Dry run: nothing was changed.');
      expect(cardText(card)).toContain('Status: Dry run, nothing changed');
      expect(cardText(card)).toContain(
        'PATCH /v1.0/policies/identitySecurityDefaultsEnforcementPolicy {\\"isEnabled\\":false}',
      );
      expect(verbsOf(card)).toEqual([]);
      expect(h.standIn.requests).toHaveLength(0);
      const diagnose = offer('diagnose.run', 'diagnose.smtp-auth');
      const checks = await handlers['diagnose.run'](invokeFrom(h.ada, h.tenantId, diagnose), diagnose);
      expect(cardText(checks)).toContain(
        'Not checked: the bot runs in dry-run mode without Graph credentials.',
      );
    } finally {
      await h.standIn.close();
    }
  });

  it('diagnose.run shows checks and offers the fixes that apply; the guide is open to anyone', async () => {
    const h = await routeHarness();
    try {
      const handlers = createFixHandlers(h.deps);
      const data = offer('diagnose.run', 'diagnose.smtp-auth');
      const card = await handlers['diagnose.run'](invokeFrom(h.ada, h.tenantId, data), data);
      expect(cardText(card)).toContain('Security defaults are on, which blocks password sign-in for SMTP.');
      expect(cardText(card)).toContain('Sign-in error 50076');
      expect(verbsOf(card)).toEqual(['fix.apply', 'fix.apply', 'fix.apply', 'fix.apply']);
      expect(cardText(await handlers['diagnose.run'](invokeFrom(h.uma, h.tenantId, data), data))).toContain(
        'Only an administrator',
      );
      const guide = offer('fix.request', 'modern-auth.guide');
      expect(cardText(await handlers['fix.request'](invokeFrom(h.uma, h.tenantId, guide), guide))).toContain(
        'OAuth 2.0 for SMTP',
      );
      expect(h.standIn.writes).toBe(0);
    } finally {
      await h.standIn.close();
    }
  });

  it('without the runbook the Exchange switch is honest: PowerShell to run, then Verify', async () => {
    const h = await routeHarness();
    try {
      const handlers = createFixHandlers(h.deps);
      const data = offer('fix.apply', 'smtp-auth.enable-mailbox');
      const card = await handlers['fix.apply'](invokeFrom(h.ada, h.tenantId, data), data);
      const text = cardText(card);
      expect(text).toContain('Status: Waiting for an admin to make the change by hand');
      expect(text).toContain(
        "Set-CASMailbox -Identity 'printer@contoso.com' -SmtpClientAuthenticationDisabled $false",
      );
      expect(verbsOf(card)).toContain('fix.verify');
      expect(h.standIn.writes).toBe(0);
      expect((await h.audit.list())[0]).toMatchObject({
        action: 'fix.apply',
        result: 'manual',
        mailbox: 'printer@contoso.com',
      });
    } finally {
      await h.standIn.close();
    }
  });

  it('registerFixRoutes adds an actionExecute route per verb, each naming its roles, and answers an invoke', async () => {
    const h = await routeHarness();
    try {
      const app = new Application({ storage: new MemoryStorage() });
      registerFixRoutes(app, h.deps);
      expect(FIX_ROUTES.map((r) => r.verb)).toEqual([
        'fix.apply',
        'fix.request',
        'fix.approve',
        'fix.reject',
        'fix.undo',
        'fix.verify',
        'diagnose.run',
        'fix.status',
      ]);
      expect(FIX_ROUTES.every((r) => r.roles.kind !== undefined)).toBe(true);
      const data = offer('fix.apply', 'security-defaults.disable');
      const context = invokeFrom(h.ada, h.tenantId, data);
      const sent: unknown[] = [];
      context.onSendActivities(async (_ctx, activities, next) => {
        sent.push(...activities);
        return next();
      });
      await app.run(context);
      const response = sent.find((a) => (a as { type?: string }).type === 'invokeResponse') as
        { value: { status: number; body: { value: AdaptiveCard } } } | undefined;
      expect(response?.value.status).toBe(200);
      expect(cardText(response!.value.body.value)).toContain('Changed through Microsoft Graph');
      expect(h.standIn.writes).toBe(1);
    } finally {
      await h.standIn.close();
    }
  });
});

function verbsOfData(card: AdaptiveCard): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'Action.Execute') found.push(record.data as Record<string, unknown>);
      for (const [key, value] of Object.entries(record))
        if (key !== 'fallback' && key !== 'refresh') walk(value);
    }
  };
  walk(card.body);
  return found;
}
