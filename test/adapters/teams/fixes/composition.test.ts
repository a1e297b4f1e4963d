import { MemoryStorage, type Activity, type TurnContext } from 'botbuilder';
import { createFixModule, fixRouteDepsFrom } from '../../../../src/adapters/teams/fixes';
import { openDatabase } from '../../../../src/adapters/audit';
import { HelpdeskDirectory } from '../../../../src/adapters/teams/helpdesk';
import { WalkthroughStore } from '../../../../src/adapters/teams/walkthrough-store';
import type { BotServices } from '../../../../src/adapters/teams/services';
import { OnBehalfOfGraph, withUserAssertion } from '../../../../src/adapters/graph';
import { loadConfig } from '../../../../src/config';
import { BotError } from '../../../../src/core/errors';
import { STAND_IN_CA, startGraphStandIn } from '../../../support/graph-stand-in';
import { CLIENT_ID, SECRET } from '../../graph/stand-in';
import { ADA, translator } from './harness';

describe('fix module composition', () => {
  it('without credentials runs in dry-run with approvals in memory', async () => {
    const module = createFixModule(loadConfig({ STORAGE_KIND: 'memory' }));
    expect(module.graphMode).toBe('dry-run');
    expect(module.runbookConfigured).toBe(false);
    expect(await module.reconcile()).toBe(0);
    module.close();
  });

  it('with a client secret applies through Graph and audits into the SQLite file', async () => {
    const standIn = await startGraphStandIn({
      apps: {
        [CLIENT_ID]: {
          secret: SECRET,
          roles: ['User.Read.All', 'Policy.ReadWrite.SecurityDefaults', 'Policy.Read.All'],
        },
      },
    });
    const db = openDatabase(':memory:');
    try {
      const config = loadConfig({
        AZURE_TENANT_ID: standIn.tenant.tenantId,
        AZURE_CLIENT_ID: CLIENT_ID,
        AZURE_CLIENT_SECRET: SECRET,
        AZURE_AUTHORITY_HOST: standIn.authorityHost,
        GRAPH_BASE_URL: standIn.graphBaseUrl,
        AUTOMATION_SUBSCRIPTION_ID: '0b1f6471-1bf0-4dda-aec3-111122223333',
        AUTOMATION_RESOURCE_GROUP: 'rg',
        AUTOMATION_ACCOUNT: 'aa',
      });
      const module = createFixModule(config, { db, extras: { tlsCa: STAND_IN_CA } });
      expect(module.graphMode).toBe('client-secret');
      expect(module.runbookConfigured).toBe(true);
      const outcome = await module.service.applyDirect(
        { aadObjectId: ADA, name: 'Ada', tenantId: standIn.tenant.tenantId },
        {
          fixId: 'security-defaults.disable',
          target: {},
          reason: '',
          offeredFixes: ['security-defaults.disable'],
          idempotencyKey: 'wt',
        },
      );
      expect(outcome.status).toBe('applied');
      expect(standIn.writes).toBe(1);
      expect((await module.audit.list()).map((e) => e.action)).toEqual(['fix.apply', 'fix.approve']);
      const row = db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number };
      expect(row.n).toBe(2);
    } finally {
      db.close();
      await standIn.close();
    }
  });

  it('with blob/cosmos bot state, approvals go to the shared Storage', async () => {
    const storage = new MemoryStorage();
    const db = openDatabase(':memory:');
    const config = loadConfig({
      STORAGE_KIND: 'blob',
      AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
    });
    const module = createFixModule(config, { db, storage });
    const { approval } = await module.service.requestFix(
      { aadObjectId: ADA, name: 'Ada', tenantId: 't1' },
      {
        fixId: 'security-defaults.disable',
        target: {},
        reason: '',
        offeredFixes: ['security-defaults.disable'],
      },
    );
    const key = `fix-approvals/${approval.id}`;
    expect((await storage.read([key]))[key]).toMatchObject({ state: 'requested' });
    expect((await module.audit.list()).map((e) => e.action)).toEqual(['fix.request']);
    db.close();
  });

  it('on-behalf-of: Graph is called with a delegated token for the clicking admin, never without one', async () => {
    const standIn = await startGraphStandIn({
      apps: { [CLIENT_ID]: { secret: SECRET, roles: [], scopes: ['Policy.Read.All'] } },
    });
    try {
      const config = loadConfig({
        GRAPH_AUTH: 'on-behalf-of',
        AZURE_TENANT_ID: standIn.tenant.tenantId,
        AZURE_CLIENT_ID: CLIENT_ID,
        AZURE_CLIENT_SECRET: SECRET,
        AZURE_AUTHORITY_HOST: standIn.authorityHost,
        GRAPH_BASE_URL: standIn.graphBaseUrl,
      });
      const graph = new OnBehalfOfGraph(config, { tlsCa: STAND_IN_CA });
      const request = {
        method: 'GET' as const,
        version: 'v1.0' as const,
        path: '/policies/identitySecurityDefaultsEnforcementPolicy',
      };
      await expect(graph.execute(request)).rejects.toMatchObject({ code: 'AUTH_FAILED' });
      const sso = `e30.${Buffer.from(JSON.stringify({ oid: ADA, aud: CLIENT_ID })).toString('base64url')}.sig`;
      const read = await withUserAssertion(sso, () => graph.execute(request));
      expect(read.body).toMatchObject({ isEnabled: true });
      await expect(
        withUserAssertion(sso, () =>
          graph.execute({ ...request, method: 'PATCH', body: { isEnabled: false } }),
        ),
      ).rejects.toMatchObject({
        code: 'GRAPH_PERMISSION_MISSING',
      });
    } finally {
      await standIn.close();
    }
  });

  it('fixRouteDepsFrom: offers the playbook fixes, posts to the helpdesk channel, maps walkthroughs', async () => {
    const storage = new MemoryStorage();
    const sent: Partial<Activity>[] = [];
    const updated: Partial<Activity>[] = [];
    const helpdesk = new HelpdeskDirectory(storage);
    const services = {
      config: { DEFAULT_LOCALE: 'en-US' },
      assistant: { translator: () => translator, negotiateLocale: () => 'en-US' },
      storage,
      walkthroughs: new WalkthroughStore(storage),
      helpdesk,
      postToHelpdesk: async (tenantId: string, message: Partial<Activity>) => {
        const channel = await helpdesk.get(tenantId);
        if (!channel) throw new BotError('HELPDESK_NOT_CONFIGURED');
        sent.push(message);
        return channel;
      },
      continueConversation: async (_reference: unknown, logic: (context: TurnContext) => Promise<void>) =>
        logic({
          sendActivity: async (activity: Partial<Activity>) => void sent.push(activity),
          updateActivity: async (activity: Partial<Activity>) => void updated.push(activity),
        } as unknown as TurnContext),
    } as unknown as BotServices;
    const deps = fixRouteDepsFrom(services, createFixModule(loadConfig({ STORAGE_KIND: 'memory' })).service);
    expect([...deps.offeredFixes('smtp-auth')].sort()).toEqual([
      'diagnose.smtp-auth',
      'modern-auth.guide',
      'per-user-mfa.disable',
      'security-defaults.disable',
      'smtp-auth.enable-mailbox',
    ]);
    expect(deps.offeredFixes('nonsense')).toEqual([]);
    const card = { type: 'AdaptiveCard' as const, body: [] };
    await expect(deps.postToHelpdesk('t1', card)).rejects.toThrow(BotError);
    await services.helpdesk.setFrom({
      channelId: 'msteams',
      conversation: {
        id: '19:hd@thread.tacv2',
        tenantId: 't1',
        isGroup: true,
        conversationType: 'channel',
        name: 'hd',
      },
      channelData: { tenant: { id: 't1' } },
      from: { id: '29:x', name: 'X' },
      recipient: { id: '28:bot', name: 'bot' },
      serviceUrl: 'https://smba.example',
    });
    await deps.postToHelpdesk('t1', card);
    expect(sent[0]?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(await deps.walkthroughs.get('missing')).toBeUndefined();
    expect(
      deps.userAssertion?.({
        activity: { value: { authentication: { token: 'abc' } } },
      } as unknown as TurnContext),
    ).toBe('abc');
    expect(deps.helpdeskTranslator?.().locale).toBe('en-US');

    const approval = { id: 'ap-7' } as Parameters<NonNullable<typeof deps.onRequested>>[0];
    await deps.notifyRequester?.(approval, card); // nothing remembered: no-op
    expect(updated).toHaveLength(0);
    const requesterTurn = {
      activity: {
        type: 'invoke',
        channelId: 'msteams',
        replyToId: '1700000000000',
        conversation: { id: 'a:1on1', tenantId: 't1' },
        from: { id: '29:uma', name: 'Uma' },
        recipient: { id: '28:bot', name: 'bot' },
        serviceUrl: 'https://smba.example',
      },
    } as unknown as TurnContext;
    await deps.onRequested?.(approval, requesterTurn);
    await deps.notifyRequester?.(approval, card);
    expect(updated[0]?.id).toBe('1700000000000');
    expect(updated[0]?.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  });
});
