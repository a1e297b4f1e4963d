import {
  ClientCertificateCredential,
  ClientSecretCredential,
  ManagedIdentityCredential,
  OnBehalfOfCredential,
  type TokenCredential,
  type TokenCredentialOptions,
} from '@azure/identity';
import { BotError } from '../../core/errors';
import type { Config } from '../../config';

/** The Graph/Azure settings this module reads from the validated config. */
export type GraphAuthConfig = Pick<
  Config,
  | 'AZURE_TENANT_ID'
  | 'AZURE_CLIENT_ID'
  | 'AZURE_CLIENT_SECRET'
  | 'AZURE_CLIENT_CERTIFICATE_PATH'
  | 'AZURE_AUTHORITY_HOST'
  | 'GRAPH_AUTH'
  | 'GRAPH_BASE_URL'
>;

/** A concrete auth mode (`auto` resolved). */
export type GraphAuthMode = Exclude<Config['GRAPH_AUTH'], 'auto'>;

/** Extra transport options (tests pass the stand-in's CA). */
export interface CredentialExtras {
  tlsCa?: string;
}

const MICROSOFT_AUTHORITIES = [
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.chinacloudapi.cn',
  'login.partner.microsoftonline.cn',
  'login.microsoftonline.de',
  'login.windows.net',
  'login.microsoft.com',
  'login.sts.microsoft.com',
];

/** True for the public and national-cloud Entra hosts (where instance discovery works). */
export function isMicrosoftAuthority(authorityHost: string): boolean {
  return MICROSOFT_AUTHORITIES.includes(new URL(authorityHost).hostname.toLowerCase());
}

/** `auto` picks certificate, then client secret; with neither, dry-run (never a silent guess at managed identity). */
export function resolveGraphAuthMode(config: GraphAuthConfig): GraphAuthMode {
  if (config.GRAPH_AUTH !== 'auto') return config.GRAPH_AUTH;
  if (config.AZURE_TENANT_ID && config.AZURE_CLIENT_ID && config.AZURE_CLIENT_CERTIFICATE_PATH)
    return 'certificate';
  if (config.AZURE_TENANT_ID && config.AZURE_CLIENT_ID && config.AZURE_CLIENT_SECRET) return 'client-secret';
  return 'dry-run';
}

/** The `.default` scope of the configured Graph cloud (national clouds have their own host). */
export function graphScope(graphBaseUrl: string): string {
  return `${new URL(graphBaseUrl).origin}/.default`;
}

function options(config: GraphAuthConfig, extras: CredentialExtras): TokenCredentialOptions {
  const authorityHost = config.AZURE_AUTHORITY_HOST;
  return {
    ...(authorityHost ? { authorityHost } : {}),
    // Instance discovery asks login.microsoftonline.com about the authority: a custom or local authority would fail it.
    ...(authorityHost && !isMicrosoftAuthority(authorityHost) ? { disableInstanceDiscovery: true } : {}),
    ...(extras.tlsCa ? { tlsOptions: { ca: extras.tlsCa } } : {}),
  } as TokenCredentialOptions;
}

function required(config: GraphAuthConfig, mode: GraphAuthMode, ...keys: (keyof GraphAuthConfig)[]): void {
  const missing = keys.filter((key) => !config[key]);
  if (missing.length > 0) {
    throw new BotError('CONFIG_INVALID', {
      params: { problems: `${missing.join(', ')}: required when GRAPH_AUTH=${mode}` },
    });
  }
}

/** The app-only credential for the configured mode, or undefined in dry-run (and in on-behalf-of, which is per user). */
export function createAppCredential(
  config: GraphAuthConfig,
  extras: CredentialExtras = {},
): TokenCredential | undefined {
  const mode = resolveGraphAuthMode(config);
  const common = options(config, extras);
  switch (mode) {
    case 'client-secret':
      required(config, mode, 'AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET');
      return new ClientSecretCredential(
        config.AZURE_TENANT_ID!,
        config.AZURE_CLIENT_ID!,
        config.AZURE_CLIENT_SECRET!,
        common,
      );
    case 'certificate':
      required(config, mode, 'AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_CERTIFICATE_PATH');
      return new ClientCertificateCredential(
        config.AZURE_TENANT_ID!,
        config.AZURE_CLIENT_ID!,
        { certificatePath: config.AZURE_CLIENT_CERTIFICATE_PATH! },
        common,
      );
    case 'managed-identity':
      // AZURE_CLIENT_ID selects a user-assigned identity; without it the system-assigned one is used.
      return config.AZURE_CLIENT_ID
        ? new ManagedIdentityCredential({ clientId: config.AZURE_CLIENT_ID, ...common })
        : new ManagedIdentityCredential(common);
    case 'on-behalf-of':
    case 'dry-run':
      return undefined;
  }
}

/** On-behalf-of the admin who clicked (preferred: Graph enforces the admin's own roles and consent). */
export function createOnBehalfOfCredential(
  config: GraphAuthConfig,
  userAssertionToken: string,
  extras: CredentialExtras = {},
): TokenCredential {
  required(config, 'on-behalf-of', 'AZURE_TENANT_ID', 'AZURE_CLIENT_ID');
  const common = options(config, extras);
  if (config.AZURE_CLIENT_CERTIFICATE_PATH) {
    return new OnBehalfOfCredential({
      tenantId: config.AZURE_TENANT_ID!,
      clientId: config.AZURE_CLIENT_ID!,
      certificatePath: config.AZURE_CLIENT_CERTIFICATE_PATH,
      userAssertionToken,
      ...common,
    });
  }
  required(config, 'on-behalf-of', 'AZURE_CLIENT_SECRET');
  return new OnBehalfOfCredential({
    tenantId: config.AZURE_TENANT_ID!,
    clientId: config.AZURE_CLIENT_ID!,
    clientSecret: config.AZURE_CLIENT_SECRET!,
    userAssertionToken,
    ...common,
  });
}
