import { BotError } from '../../../src/core/errors';
import { FIX_DEFINITIONS } from '../../../src/core/fixes/definitions';
import { graphAgainstStandIn } from './stand-in';

async function errorOf(promise: Promise<unknown>): Promise<BotError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BotError) return error;
    throw error;
  }
  throw new Error('expected a BotError');
}

describe('GraphClientAdapter against the local Graph/Entra stand-in', () => {
  it('gets a token with the client secret, reads and writes security defaults, surfaces request-id', async () => {
    const { standIn, graph } = await graphAgainstStandIn();
    try {
      const read = await graph.execute(FIX_DEFINITIONS['security-defaults.disable'].read!({}));
      expect(read.body).toMatchObject({ isEnabled: true });
      const write = await graph.execute(FIX_DEFINITIONS['security-defaults.disable'].request!({}));
      expect(write.status).toBe(204);
      expect(write.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(standIn.requests.at(-1)?.requestId).toBe(write.requestId);
      expect(standIn.tenant.securityDefaultsEnabled).toBe(false);
      expect(standIn.writes).toBe(1);
      expect(standIn.tokensIssued).toBe(1); // the token is cached between calls
    } finally {
      await standIn.close();
    }
  });

  it('writes the beta per-user MFA state for a UPN', async () => {
    const { standIn, graph } = await graphAgainstStandIn();
    try {
      await graph.execute(
        FIX_DEFINITIONS['per-user-mfa.disable'].request!({ userId: 'printer@contoso.com' }),
      );
      expect(standIn.tenant.perUserMfa['c0c0c0c0-0000-4000-8000-00000000000c']).toBe('disabled');
      expect(standIn.requests.at(-1)?.path).toBe(
        '/beta/users/printer%40contoso.com/authentication/requirements',
      );
    } finally {
      await standIn.close();
    }
  });

  it('retries 429 honouring Retry-After, bounded by GRAPH_MAX_RETRIES', async () => {
    const waits: number[] = [];
    const { standIn, graph } = await graphAgainstStandIn(undefined, {
      sleep: async (ms) => void waits.push(ms),
    });
    try {
      standIn.throttle('/v1.0/policies/identitySecurityDefaultsEnforcementPolicy', 2, 7);
      const read = await graph.execute({
        method: 'GET',
        version: 'v1.0',
        path: '/policies/identitySecurityDefaultsEnforcementPolicy',
      });
      expect(read.status).toBe(200);
      expect(waits).toEqual([7000, 7000]);
      standIn.throttle('/v1.0/policies/identitySecurityDefaultsEnforcementPolicy', 10, 1);
      const error = await errorOf(
        graph.execute({
          method: 'GET',
          version: 'v1.0',
          path: '/policies/identitySecurityDefaultsEnforcementPolicy',
        }),
      );
      expect(error.code).toBe('GRAPH_THROTTLED');
      expect(error.params.retryAfter).toBe('1');
      expect(graph.retryStats).toMatchObject({ attempts: 3 + 4, retries: 2 + 3 });
    } finally {
      await standIn.close();
    }
  });

  it('really waits for Retry-After on a 503', async () => {
    const { standIn, graph } = await graphAgainstStandIn();
    try {
      standIn.throttle('/v1.0/identity/conditionalAccess/policies', 1, 1, 503);
      const started = Date.now();
      await graph.execute({ method: 'GET', version: 'v1.0', path: '/identity/conditionalAccess/policies' });
      expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    } finally {
      await standIn.close();
    }
  });

  it('maps 403 Authorization_RequestDenied to GRAPH_PERMISSION_MISSING naming the permission to grant', async () => {
    const { standIn, graph } = await graphAgainstStandIn(['Policy.Read.All']);
    try {
      const error = await errorOf(graph.execute(FIX_DEFINITIONS['security-defaults.disable'].request!({})));
      expect(error.code).toBe('GRAPH_PERMISSION_MISSING');
      expect(error.messageKey).toBe('error.GRAPH_PERMISSION_MISSING');
      expect(error.params).toMatchObject({
        permission: 'Policy.ReadWrite.SecurityDefaults or Policy.ReadWrite.ConditionalAccess',
        graphCode: 'Authorization_RequestDenied',
        status: 403,
      });
      expect(String(error.params.requestId)).toMatch(/^[0-9a-f-]{36}$/);
      expect(standIn.writes).toBe(0);
    } finally {
      await standIn.close();
    }
  });

  it('maps 404 to GRAPH_NOT_FOUND and a wrong secret to AUTH_FAILED', async () => {
    const { standIn, graph } = await graphAgainstStandIn();
    try {
      const error = await errorOf(
        graph.execute({ method: 'GET', version: 'v1.0', path: '/users/nobody@contoso.com' }),
      );
      expect(error.code).toBe('GRAPH_NOT_FOUND');
    } finally {
      await standIn.close();
    }
    const bad = await graphAgainstStandIn(undefined, { secret: 'wrong' });
    try {
      const error = await errorOf(
        bad.graph.execute({ method: 'GET', version: 'v1.0', path: '/identity/conditionalAccess/policies' }),
      );
      expect(error.code).toBe('AUTH_FAILED');
      expect(bad.standIn.requests).toHaveLength(0);
    } finally {
      await bad.standIn.close();
    }
  });
});
