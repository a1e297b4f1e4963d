export { createGraphAdapters, type GraphAdapters } from './create-graph-adapters';
export {
  createAppCredential,
  createOnBehalfOfCredential,
  graphScope,
  isMicrosoftAuthority,
  resolveGraphAuthMode,
  type CredentialExtras,
  type GraphAuthConfig,
  type GraphAuthMode,
} from './credentials';
export { DryRunGraph, formatGraphRequest } from './dry-run-graph';
export { GraphClientAdapter, type GraphClientOptions } from './graph-client';
export { GraphDirectory, type GraphDirectoryOptions } from './graph-directory';
export { mapGraphError } from './graph-errors';
export { OnBehalfOfGraph, withUserAssertion } from './on-behalf-of-graph';
export { leastPermission } from './permissions';
export { AutomationRunbookClient, type RunbookClientOptions } from './runbook-client';
