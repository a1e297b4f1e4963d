import type { Config } from '../../config';
import type { DirectoryPort, GraphPort, RunbookPort } from '../../core/fixes/ports';
import {
  createAppCredential,
  resolveGraphAuthMode,
  type CredentialExtras,
  type GraphAuthMode,
} from './credentials';
import { DryRunGraph } from './dry-run-graph';
import { GraphClientAdapter } from './graph-client';
import { GraphDirectory } from './graph-directory';
import { OnBehalfOfGraph } from './on-behalf-of-graph';
import { AutomationRunbookClient } from './runbook-client';

/** The Graph-side ports for the fix service, chosen from the configuration. */
export interface GraphAdapters {
  mode: GraphAuthMode;
  graph: GraphPort;
  directory: DirectoryPort;
  runbook?: RunbookPort;
}

/** Builds Graph (live, on-behalf-of or dry-run), the role check and, when AUTOMATION_* is set, the runbook client. */
export function createGraphAdapters(config: Config, extras: CredentialExtras = {}): GraphAdapters {
  const mode: GraphAuthMode = config.DRY_RUN ? 'dry-run' : resolveGraphAuthMode(config);
  const credential = mode === 'dry-run' ? undefined : createAppCredential(config, extras);
  let graph: GraphPort;
  if (mode === 'dry-run') graph = new DryRunGraph();
  else if (mode === 'on-behalf-of') graph = new OnBehalfOfGraph(config, extras);
  else
    graph = new GraphClientAdapter({
      credential: credential!,
      baseUrl: config.GRAPH_BASE_URL,
      maxRetries: config.GRAPH_MAX_RETRIES,
      tlsCa: extras.tlsCa,
    });
  const directory = new GraphDirectory({
    graph,
    cacheSeconds: config.ROLE_CACHE_SECONDS,
    allowlist: config.ADMIN_ALLOWLIST,
    adminGroupId: config.ADMIN_GROUP_ID,
  });
  const runbook =
    credential &&
    config.AUTOMATION_SUBSCRIPTION_ID &&
    config.AUTOMATION_RESOURCE_GROUP &&
    config.AUTOMATION_ACCOUNT
      ? new AutomationRunbookClient({
          credential,
          armBaseUrl: config.ARM_BASE_URL,
          subscriptionId: config.AUTOMATION_SUBSCRIPTION_ID,
          resourceGroup: config.AUTOMATION_RESOURCE_GROUP,
          account: config.AUTOMATION_ACCOUNT,
          runbook: config.AUTOMATION_RUNBOOK,
          tlsCa: extras.tlsCa,
        })
      : undefined;
  return { mode, graph, directory, ...(runbook ? { runbook } : {}) };
}
