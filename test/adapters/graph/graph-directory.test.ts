import { DryRunGraph } from '../../../src/adapters/graph/dry-run-graph';
import { GraphDirectory } from '../../../src/adapters/graph/graph-directory';
import type { GraphPort } from '../../../src/core/fixes/ports';
import { ALL_ADMIN_ROLES, ROLE } from '../../../src/core/fixes/roles';
import { graphAgainstStandIn } from './stand-in';

const ADA = 'a0a0a0a0-0000-4000-8000-00000000000a';
const UMA = 'b0b0b0b0-0000-4000-8000-00000000000b';

describe('GraphDirectory (role check)', () => {
  it('reads active roles from transitiveMemberOf and caches them for ROLE_CACHE_SECONDS', async () => {
    const { standIn, graph } = await graphAgainstStandIn();
    let now = 0;
    try {
      const directory = new GraphDirectory({ graph, cacheSeconds: 300, now: () => now });
      expect(await directory.roleTemplateIds(standIn.tenant.tenantId, ADA)).toEqual([
        ROLE.globalAdministrator,
      ]);
      expect(await directory.roleTemplateIds(standIn.tenant.tenantId, UMA)).toEqual([]);
      standIn.tenant.users[ADA]!.roles = [];
      expect(await directory.roleTemplateIds(standIn.tenant.tenantId, ADA)).toEqual([
        ROLE.globalAdministrator,
      ]);
      now += 301_000;
      expect(await directory.roleTemplateIds(standIn.tenant.tenantId, ADA)).toEqual([]);
      expect(standIn.requests.filter((r) => r.path.endsWith('microsoft.graph.directoryRole'))).toHaveLength(
        3,
      );
    } finally {
      await standIn.close();
    }
  });

  it('ADMIN_ALLOWLIST narrows, never widens', async () => {
    const { standIn, graph } = await graphAgainstStandIn();
    try {
      const directory = new GraphDirectory({ graph, cacheSeconds: 0, allowlist: [UMA] });
      expect(await directory.roleTemplateIds(standIn.tenant.tenantId, ADA)).toEqual([]);
      expect(await directory.roleTemplateIds(standIn.tenant.tenantId, UMA)).toEqual([]);
    } finally {
      await standIn.close();
    }
  });

  it('ADMIN_GROUP_ID requires membership (checkMemberGroups)', async () => {
    const calls: string[] = [];
    const graph: GraphPort = {
      dryRun: false,
      execute: async (request) => {
        calls.push(`${request.method} ${request.path}`);
        if (request.method === 'POST')
          return {
            status: 200,
            body: { value: request.path.includes(ADA) ? ['9f0c0000-0000-4000-8000-000000000000'] : [] },
            dryRun: false,
          };
        return {
          status: 200,
          body: { value: [{ roleTemplateId: ROLE.exchangeAdministrator }] },
          dryRun: false,
        };
      },
    };
    const directory = new GraphDirectory({
      graph,
      cacheSeconds: 0,
      adminGroupId: '9F0C0000-0000-4000-8000-000000000000',
    });
    expect(await directory.roleTemplateIds('t', ADA)).toEqual([ROLE.exchangeAdministrator]);
    expect(await directory.roleTemplateIds('t', UMA)).toEqual([]);
    expect(calls).toEqual([
      `POST /users/${ADA}/checkMemberGroups`,
      `GET /users/${ADA}/transitiveMemberOf/microsoft.graph.directoryRole`,
      `POST /users/${UMA}/checkMemberGroups`,
    ]);
  });

  it('in dry-run only allowlisted users are admins, and nothing is read', async () => {
    const graph = new DryRunGraph();
    expect(await new GraphDirectory({ graph, cacheSeconds: 0 }).roleTemplateIds('t', ADA)).toEqual([]);
    expect(
      await new GraphDirectory({ graph, cacheSeconds: 0, allowlist: [ADA] }).roleTemplateIds('t', ADA),
    ).toEqual(ALL_ADMIN_ROLES);
    expect(graph.wouldSend).toHaveLength(0);
  });
});
