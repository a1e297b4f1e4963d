import {
  ClientCertificateCredential,
  ClientSecretCredential,
  ManagedIdentityCredential,
  OnBehalfOfCredential,
} from '@azure/identity';
import {
  createAppCredential,
  createOnBehalfOfCredential,
  graphScope,
  isMicrosoftAuthority,
  resolveGraphAuthMode,
} from '../../../src/adapters/graph/credentials';
import { formatGraphRequest, DryRunGraph } from '../../../src/adapters/graph/dry-run-graph';
import { retryDelayMs } from '../../../src/adapters/graph/retry-middleware';
import { loadConfig } from '../../../src/config';
import { BotError } from '../../../src/core/errors';

const base = {
  AZURE_TENANT_ID: '72f988bf-0000-4000-8000-000000000001',
  AZURE_CLIENT_ID: 'f00dcafe-0000-4000-8000-000000000001',
};

describe('Graph credentials and modes', () => {
  it('auto resolves to certificate, then client secret, else dry-run', () => {
    expect(resolveGraphAuthMode(loadConfig({}))).toBe('dry-run');
    expect(resolveGraphAuthMode(loadConfig({ ...base, AZURE_CLIENT_SECRET: 's' }))).toBe('client-secret');
    expect(
      resolveGraphAuthMode(
        loadConfig({ ...base, AZURE_CLIENT_SECRET: 's', AZURE_CLIENT_CERTIFICATE_PATH: '/c.pem' }),
      ),
    ).toBe('certificate');
    expect(
      resolveGraphAuthMode(loadConfig({ ...base, AZURE_CLIENT_SECRET: 's', GRAPH_AUTH: 'dry-run' })),
    ).toBe('dry-run');
  });

  it('builds the @azure/identity credential for each mode', () => {
    expect(createAppCredential(loadConfig({}))).toBeUndefined();
    expect(createAppCredential(loadConfig({ ...base, AZURE_CLIENT_SECRET: 's' }))).toBeInstanceOf(
      ClientSecretCredential,
    );
    expect(
      createAppCredential(loadConfig({ ...base, AZURE_CLIENT_CERTIFICATE_PATH: '/c.pem' })),
    ).toBeInstanceOf(ClientCertificateCredential);
    expect(createAppCredential(loadConfig({ GRAPH_AUTH: 'managed-identity' }))).toBeInstanceOf(
      ManagedIdentityCredential,
    );
    expect(
      createOnBehalfOfCredential(loadConfig({ ...base, AZURE_CLIENT_SECRET: 's' }), 'sso-token'),
    ).toBeInstanceOf(OnBehalfOfCredential);
    expect(() => createAppCredential(loadConfig({ GRAPH_AUTH: 'client-secret' }))).toThrow(BotError);
  });

  it('knows Microsoft authorities and national-cloud Graph scopes', () => {
    expect(isMicrosoftAuthority('https://login.microsoftonline.us')).toBe(true);
    expect(isMicrosoftAuthority('https://127.0.0.1:20001')).toBe(false);
    expect(graphScope('https://graph.microsoft.us')).toBe('https://graph.microsoft.us/.default');
    expect(graphScope('https://microsoftgraph.chinacloudapi.cn/')).toBe(
      'https://microsoftgraph.chinacloudapi.cn/.default',
    );
  });

  it('dry-run returns the exact request for writes and nothing for reads', async () => {
    const graph = new DryRunGraph();
    const request = {
      method: 'PATCH' as const,
      version: 'v1.0' as const,
      path: '/policies/identitySecurityDefaultsEnforcementPolicy',
      body: { isEnabled: false },
    };
    expect(await graph.execute(request)).toEqual({ status: 0, body: request, dryRun: true });
    expect((await graph.execute({ method: 'GET', version: 'v1.0', path: '/x' })).body).toBeUndefined();
    expect(formatGraphRequest(request)).toBe(
      'PATCH https://graph.microsoft.com/v1.0/policies/identitySecurityDefaultsEnforcementPolicy\n{\n  "isEnabled": false\n}',
    );
  });

  it('reads Retry-After as seconds or a date, backs off exponentially without it', () => {
    expect(retryDelayMs('3', 0)).toBe(3000);
    expect(retryDelayMs(new Date(10_000).toUTCString(), 0, 4_000)).toBe(6000);
    expect(retryDelayMs(null, 2)).toBe(4000);
  });
});
