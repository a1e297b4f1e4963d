import {
  STAND_IN_CA,
  sampleTenant,
  startGraphStandIn,
  type GraphStandIn,
  type StandInTenant,
} from '../support/graph-stand-in';
import { startBot, type RunningBot } from './bot-harness';

const CLIENT_ID = '5e1f0000-0000-4000-8000-0000000000e2';
const SECRET = 'e2e-secret';

/** The bot over HTTP with Graph pointed at the local Entra + Graph stand-in (client-secret app, its TLS certificate). */
export async function startBotAgainstStandIn(
  tenant: StandInTenant = sampleTenant(),
): Promise<{ bot: RunningBot; standIn: GraphStandIn; stop(): Promise<void> }> {
  const standIn = await startGraphStandIn({
    tenant,
    apps: {
      [CLIENT_ID]: {
        secret: SECRET,
        roles: ['User.Read.All', 'Policy.Read.All', 'Policy.ReadWrite.SecurityDefaults'],
      },
    },
  });
  const bot = await startBot({
    env: {
      GRAPH_AUTH: 'client-secret',
      AZURE_TENANT_ID: tenant.tenantId,
      AZURE_CLIENT_ID: CLIENT_ID,
      AZURE_CLIENT_SECRET: SECRET,
      AZURE_AUTHORITY_HOST: standIn.authorityHost,
      GRAPH_BASE_URL: standIn.graphBaseUrl,
    },
    overrides: { graphExtras: { tlsCa: STAND_IN_CA } },
  });
  return {
    bot,
    standIn,
    stop: async () => {
      await bot.stop();
      await standIn.close();
    },
  };
}
