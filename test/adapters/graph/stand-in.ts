import { GraphClientAdapter } from '../../../src/adapters/graph/graph-client';
import { createAppCredential } from '../../../src/adapters/graph/credentials';
import { loadConfig } from '../../../src/config';
import { STAND_IN_CA, startGraphStandIn, type GraphStandIn } from '../../support/graph-stand-in';

export const CLIENT_ID = 'f00dcafe-0000-4000-8000-000000000001';
export const SECRET = 'stand-in-secret';
export const ALL_APP_ROLES = [
  'Policy.Read.All',
  'Policy.ReadWrite.SecurityDefaults',
  'Policy.ReadWrite.AuthenticationMethod',
  'User.Read.All',
  'AuditLog.Read.All',
];

/** A stand-in plus a live GraphClientAdapter (client secret) pointed at it. */
export async function graphAgainstStandIn(
  roles = ALL_APP_ROLES,
  extra: { sleep?: (ms: number) => Promise<void>; secret?: string } = {},
) {
  const standIn: GraphStandIn = await startGraphStandIn({ apps: { [CLIENT_ID]: { secret: SECRET, roles } } });
  const config = loadConfig({
    AZURE_TENANT_ID: standIn.tenant.tenantId,
    AZURE_CLIENT_ID: CLIENT_ID,
    AZURE_CLIENT_SECRET: extra.secret ?? SECRET,
    AZURE_AUTHORITY_HOST: standIn.authorityHost,
    GRAPH_BASE_URL: standIn.graphBaseUrl,
  });
  const credential = createAppCredential(config, { tlsCa: STAND_IN_CA });
  if (!credential) throw new Error('expected a credential');
  const graph = new GraphClientAdapter({
    credential,
    baseUrl: config.GRAPH_BASE_URL,
    maxRetries: config.GRAPH_MAX_RETRIES,
    sleep: extra.sleep,
    tlsCa: STAND_IN_CA,
  });
  return { standIn, graph, config };
}
