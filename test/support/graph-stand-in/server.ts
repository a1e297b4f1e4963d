import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { freePort } from '../../helpers/free-port';
import { matchRoute, type RouteReply } from './routes';
import { sampleTenant, type StandInTenant } from './tenant-state';

/** An app registration the token endpoint knows: its secret and the application permissions granted. */
export interface StandInApp {
  secret?: string;
  /** Application permissions (token `roles`). */
  roles: string[];
  /** Delegated permissions for on-behalf-of tokens (token `scp`). */
  scopes?: string[];
}

/** Self-signed certificate for 127.0.0.1/localhost: MSAL only talks to an https authority. */
export const STAND_IN_CA = readFileSync(path.join(__dirname, 'stand-in.cert.pem'), 'utf8');
const STAND_IN_KEY = readFileSync(path.join(__dirname, 'stand-in.key.pem'), 'utf8');

/** One request the stand-in answered. */
export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  requestId: string;
  at: number;
}

/** A running stand-in: Entra token issuance and Graph, both on https with the stand-in certificate. */
export interface GraphStandIn {
  /** https://127.0.0.1:<port> — use as AZURE_AUTHORITY_HOST. */
  authorityHost: string;
  /** https://127.0.0.1:<port> — use as GRAPH_BASE_URL. */
  graphBaseUrl: string;
  tenant: StandInTenant;
  apps: Record<string, StandInApp>;
  /** Successful writes (PATCH/POST that changed state). */
  readonly writes: number;
  readonly requests: readonly LoggedRequest[];
  readonly tokensIssued: number;
  /** Answer the next `times` calls to `spec` (e.g. "/v1.0/policies/...") with 429/503 and Retry-After. */
  throttle(spec: string, times: number, retryAfterSeconds: number, status?: 429 | 503 | 504): void;
  close(): Promise<void>;
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function jwt(payload: Record<string, unknown>): string {
  return `${b64url({ typ: 'JWT', alg: 'RS256', kid: 'stand-in' })}.${b64url(payload)}.${Buffer.from('stand-in-signature').toString('base64url')}`;
}

function decodeJwt(token: string): Record<string, unknown> | undefined {
  const part = token.split('.')[1];
  if (!part) return undefined;
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function listen(server: https.Server): Promise<number> {
  for (let attempt = 0; ; attempt += 1) {
    const port = await freePort();
    const error = await new Promise<Error | undefined>((resolve) => {
      server.once('error', resolve);
      server.listen(port, '127.0.0.1', () => {
        server.removeListener('error', resolve);
        resolve(undefined);
      });
    });
    if (!error) return port;
    if (attempt >= 5) throw error;
  }
}

/** Starts the stand-in on two free ports below 32768. */
export async function startGraphStandIn(
  options: { tenant?: StandInTenant; apps?: Record<string, StandInApp> } = {},
): Promise<GraphStandIn> {
  const tenant = options.tenant ?? sampleTenant();
  const apps: Record<string, StandInApp> = options.apps ?? {};
  const requests: LoggedRequest[] = [];
  const throttles = new Map<string, { times: number; retryAfter: number; status: number }>();
  let writes = 0;
  let tokensIssued = 0;

  const ports = { authority: 0, graph: 0 };
  const authorityHost = () => `https://127.0.0.1:${ports.authority}`;

  const json = (
    res: http.ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  };

  const tokenServer = https.createServer({ key: STAND_IN_KEY, cert: STAND_IN_CA }, (req, res) => {
    void (async () => {
      const host = authorityHost();
      const url = new URL(req.url ?? '/', host);
      const [, tid, ...rest] = url.pathname.split('/');
      const tail = rest.join('/');
      if (req.method === 'GET' && tail === 'v2.0/.well-known/openid-configuration') {
        return json(res, 200, {
          token_endpoint: `${host}/${tid}/oauth2/v2.0/token`,
          authorization_endpoint: `${host}/${tid}/oauth2/v2.0/authorize`,
          end_session_endpoint: `${host}/${tid}/oauth2/v2.0/logout`,
          issuer: `${host}/${tid}/v2.0`,
          jwks_uri: `${host}/${tid}/discovery/v2.0/keys`,
          response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
          token_endpoint_auth_methods_supported: [
            'client_secret_post',
            'private_key_jwt',
            'client_secret_basic',
          ],
        });
      }
      if (req.method !== 'POST' || tail !== 'oauth2/v2.0/token')
        return json(res, 404, { error: 'not_found' });
      const form = new URLSearchParams(await readBody(req));
      const clientId = form.get('client_id') ?? '';
      const app = apps[clientId];
      const secretOk =
        app && (app.secret ? form.get('client_secret') === app.secret : !!form.get('client_assertion'));
      if (!app || !secretOk) {
        return json(res, 401, {
          error: 'invalid_client',
          error_description: `AADSTS7000215: Invalid client secret provided. Trace ID: ${randomUUID()}`,
          error_codes: [7000215],
        });
      }
      const now = Math.floor(Date.now() / 1000);
      const grant = form.get('grant_type');
      const claims: Record<string, unknown> = {
        aud: 'https://graph.microsoft.com',
        iss: `https://sts.windows.net/${tid}/`,
        tid,
        appid: clientId,
        iat: now,
        nbf: now,
        exp: now + 3600,
      };
      if (grant === 'urn:ietf:params:oauth:grant-type:jwt-bearer') {
        const user = decodeJwt(form.get('assertion') ?? '');
        claims.oid = user?.oid;
        claims.scp = (app.scopes ?? []).join(' ');
      } else {
        claims.roles = app.roles;
      }
      tokensIssued += 1;
      json(res, 200, {
        token_type: 'Bearer',
        expires_in: 3599,
        ext_expires_in: 3599,
        access_token: jwt(claims),
      });
    })();
  });

  const graphServer = https.createServer({ key: STAND_IN_KEY, cert: STAND_IN_CA }, (req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://stand-in');
      const requestId = randomUUID();
      const clientRequestId = (req.headers['client-request-id'] as string | undefined) ?? randomUUID();
      const headers = { 'request-id': requestId, 'client-request-id': clientRequestId };
      const raw = await readBody(req);
      const log = (status: number) =>
        requests.push({ method: req.method ?? '', path: url.pathname, status, requestId, at: Date.now() });
      const fail = (status: number, code: string, message: string, extra: Record<string, string> = {}) => {
        log(status);
        json(
          res,
          status,
          {
            error: {
              code,
              message,
              innerError: {
                date: new Date().toISOString(),
                'request-id': requestId,
                'client-request-id': clientRequestId,
              },
            },
          },
          { ...headers, ...extra },
        );
      };
      const found = matchRoute(req.method ?? '', url.pathname);
      if (!found) return fail(400, 'BadRequest', `Resource not found for the segment '${url.pathname}'.`);
      const throttle = throttles.get(found.route.spec);
      if (throttle && throttle.times > 0) {
        throttle.times -= 1;
        return fail(
          throttle.status,
          throttle.status === 429 ? 'TooManyRequests' : 'ServiceUnavailable',
          'Too many requests. Retry later.',
          {
            'retry-after': String(throttle.retryAfter),
          },
        );
      }
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const claims = token ? decodeJwt(token) : undefined;
      if (!claims || claims.tid !== tenant.tenantId) {
        return fail(
          401,
          'InvalidAuthenticationToken',
          'Access token validation failure. Invalid audience or tenant.',
        );
      }
      const granted = [
        ...((claims.roles as string[] | undefined) ?? []),
        ...String(claims.scp ?? '')
          .split(' ')
          .filter(Boolean),
      ];
      if (!found.route.permissions.some((p) => granted.includes(p))) {
        return fail(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
      }
      let body: unknown;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        return fail(400, 'BadRequest', 'Unable to read JSON request payload.');
      }
      const reply: RouteReply = found.route.handle({
        method: req.method ?? '',
        params: found.params,
        query: url.searchParams,
        headers: req.headers,
        body,
        tenant,
      });
      if ('error' in reply) return fail(reply.error.status, reply.error.code, reply.error.message);
      if (found.route.write) writes += 1;
      log(reply.status);
      json(res, reply.status, reply.body, headers);
    })();
  });

  // One after the other: two free-port picks made before either listens can collide.
  ports.authority = await listen(tokenServer);
  ports.graph = await listen(graphServer);

  return {
    authorityHost: authorityHost(),
    graphBaseUrl: `https://127.0.0.1:${ports.graph}`,
    tenant,
    apps,
    get writes() {
      return writes;
    },
    get requests() {
      return requests;
    },
    get tokensIssued() {
      return tokensIssued;
    },
    throttle(spec, times, retryAfterSeconds, status = 429) {
      throttles.set(spec, { times, retryAfter: retryAfterSeconds, status });
    },
    close: async () => {
      tokenServer.closeAllConnections();
      graphServer.closeAllConnections();
      await Promise.all([new Promise((r) => tokenServer.close(r)), new Promise((r) => graphServer.close(r))]);
    },
  };
}
