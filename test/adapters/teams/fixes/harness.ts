import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { MemoryApprovalRepository, MemoryAuditLog } from '../../../../src/adapters/audit';
import { DryRunGraph } from '../../../../src/adapters/graph/dry-run-graph';
import { GraphDirectory } from '../../../../src/adapters/graph/graph-directory';
import type { FixRouteDeps, WalkthroughView } from '../../../../src/adapters/teams/fixes';
import type { AdaptiveCard } from '../../../../src/core/cards/types';
import { BotError } from '../../../../src/core/errors';
import { FixService } from '../../../../src/core/fixes/fix-service';
import type { GraphPort } from '../../../../src/core/fixes/ports';
import enUS from '../../../../src/core/i18n/catalogs/en-US.json';
import { createTranslator } from '../../../../src/core/i18n';
import { graphAgainstStandIn, ALL_APP_ROLES } from '../../graph/stand-in';

export const ADA = 'a0a0a0a0-0000-4000-8000-00000000000a';
export const UMA = 'b0b0b0b0-0000-4000-8000-00000000000b';

export const translator = createTranslator('en-US', {
  catalogs: { 'en-US': enUS },
  strict: true,
});

/** An `adaptiveCard/action` invoke from a user, as Teams sends it. */
export function invokeFrom(
  user: { id: string; aadObjectId: string; name: string },
  tenantId: string,
  data: Record<string, unknown>,
  conversationId = '19:helpdesk@thread.tacv2',
): TurnContext {
  const activity: Partial<Activity> = {
    type: 'invoke',
    name: 'adaptiveCard/action',
    channelId: 'msteams',
    from: user,
    recipient: { id: '28:bot', name: 'NDR Assist' },
    conversation: { id: conversationId, tenantId, isGroup: true, conversationType: 'channel', name: 'x' },
    channelData: { tenant: { id: tenantId } },
    value: { action: { type: 'Action.Execute', verb: String(data.verb), data }, trigger: 'manual' },
  };
  return new TurnContext(new TestAdapter(), activity);
}

/** All text in a card, for assertions. */
export function cardText(card: AdaptiveCard): string {
  return JSON.stringify(card);
}

/** Verbs of the Action.Execute buttons in a card body. */
export function verbsOf(card: AdaptiveCard): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'Action.Execute' && typeof record.verb === 'string') found.push(record.verb);
      for (const [key, value] of Object.entries(record))
        if (key !== 'refresh' && key !== 'fallback') walk(value);
    }
  };
  walk(card.body);
  return found;
}

/** Deps for the fix routes over a stand-in tenant (or dry-run), recording helpdesk posts. */
export async function routeHarness(
  options: { dryRun?: boolean; roles?: string[]; allowlist?: string[] } = {},
) {
  const { standIn, graph: live } = await graphAgainstStandIn(options.roles ?? ALL_APP_ROLES);
  const graph: GraphPort = options.dryRun ? new DryRunGraph() : live;
  const audit = new MemoryAuditLog();
  const service = new FixService({
    approvals: new MemoryApprovalRepository(),
    audit,
    directory: new GraphDirectory({
      graph: options.dryRun ? graph : live,
      cacheSeconds: 60,
      allowlist: options.allowlist,
    }),
    graph,
    clock: { now: () => new Date() },
    newId: () => `ap-${Math.random().toString(36).slice(2, 10)}`,
    approvalTtlHours: 24,
  });
  const helpdeskPosts: AdaptiveCard[] = [];
  const notified: AdaptiveCard[] = [];
  const walkthroughs = new Map<string, WalkthroughView>([
    [
      'wt-1',
      {
        id: 'wt-1',
        playbook: 'smtp-auth',
        conversationId: '19:helpdesk@thread.tacv2',
        details: { sender: 'printer@contoso.com' },
      },
    ],
  ]);
  let helpdeskConfigured = true;
  const deps: FixRouteDeps = {
    service,
    translatorFor: () => translator,
    walkthroughs: { get: async (id) => walkthroughs.get(id) },
    offeredFixes: (playbook) =>
      playbook === 'smtp-auth'
        ? [
            'security-defaults.disable',
            'per-user-mfa.disable',
            'smtp-auth.enable-mailbox',
            'modern-auth.guide',
            'diagnose.smtp-auth',
          ]
        : [],
    postToHelpdesk: async (_tenant, card) => {
      if (!helpdeskConfigured) throw new BotError('HELPDESK_NOT_CONFIGURED');
      helpdeskPosts.push(card);
    },
    notifyRequester: async (_approval, card) => void notified.push(card),
  };
  const tenantId = standIn.tenant.tenantId;
  return {
    standIn,
    deps,
    audit,
    helpdeskPosts,
    notified,
    tenantId,
    graph,
    noHelpdesk: () => (helpdeskConfigured = false),
    ada: { id: '29:ada', aadObjectId: ADA, name: 'Ada Admin' },
    uma: { id: '29:uma', aadObjectId: UMA, name: 'Uma User' },
  };
}
