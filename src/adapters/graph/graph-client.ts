import { randomUUID } from 'node:crypto';
import type { TokenCredential } from '@azure/identity';
import { AuthenticationHandler, Client, ResponseType } from '@microsoft/microsoft-graph-client';
import { BotError } from '../../core/errors';
import type { GraphPort, GraphResponse } from '../../core/fixes/ports';
import type { GraphRequest } from '../../core/fixes/types';
import { graphScope } from './credentials';
import { mapGraphError, type GraphErrorBody } from './graph-errors';
import { NodeHttpHandler } from './node-http-handler';
import { RetryAfterMiddleware, type RetryStats } from './retry-middleware';

/** Options of the live Graph adapter. */
export interface GraphClientOptions {
  credential: TokenCredential;
  /** GRAPH_BASE_URL: https://graph.microsoft.com, a national cloud, or a local stand-in. */
  baseUrl: string;
  maxRetries: number;
  sleep?: (ms: number) => Promise<void>;
  maxRetryDelayMs?: number;
  /** Extra CA certificate for the Graph host (local stand-ins). */
  tlsCa?: string;
}

/** Executes GraphRequests through `@microsoft/microsoft-graph-client` with token auth and Retry-After-aware retries. */
export class GraphClientAdapter implements GraphPort {
  readonly dryRun = false;
  private readonly client: Client;
  private readonly retry: RetryAfterMiddleware;
  private readonly transport: NodeHttpHandler;

  constructor(options: GraphClientOptions) {
    const scopes = [graphScope(options.baseUrl)];
    const credential = options.credential;
    const authProvider = {
      getAccessToken: async (): Promise<string> => {
        const token = await credential.getToken(scopes).catch((cause: unknown) => {
          throw new BotError('AUTH_FAILED', {
            cause,
            detail: cause instanceof Error ? cause.message : String(cause),
          });
        });
        if (!token) throw new BotError('AUTH_FAILED', { detail: 'no token' });
        return token.token;
      },
    };
    this.retry = new RetryAfterMiddleware(options.maxRetries, options.sleep, options.maxRetryDelayMs);
    this.transport = new NodeHttpHandler({ ca: options.tlsCa });
    const base = new URL(options.baseUrl);
    this.client = Client.initWithMiddleware({
      baseUrl: `${base.origin}/`,
      middleware: [new AuthenticationHandler(authProvider), this.retry, this.transport],
      // The auth handler only attaches tokens for known Graph hosts; national clouds and stand-ins are added here.
      customHosts: new Set([base.hostname]),
    });
  }

  /** Releases keep-alive sockets. */
  close(): void {
    this.transport.close();
  }

  /** What the retry layer has done so far. */
  get retryStats(): RetryStats {
    return { ...this.retry.stats };
  }

  async execute(request: GraphRequest): Promise<GraphResponse> {
    let builder = this.client.api(request.path).version(request.version).responseType(ResponseType.RAW);
    if (request.query) {
      builder = builder.query(
        Object.fromEntries(
          Object.entries(request.query).map(([key, value]) => [key, encodeURIComponent(value)]),
        ),
      );
    }
    // Our own client-request-id, so a failed call can be found in Graph's logs even without a response.
    const clientRequestId = randomUUID();
    builder = builder.headers({ ...request.headers, 'client-request-id': clientRequestId });
    let response: Response;
    try {
      switch (request.method) {
        case 'GET':
          response = (await builder.get()) as Response;
          break;
        case 'PATCH':
          response = (await builder.patch(request.body ?? {})) as Response;
          break;
        case 'POST':
          response = (await builder.post(request.body ?? {})) as Response;
          break;
        case 'DELETE':
          response = (await builder.delete()) as Response;
          break;
      }
    } catch (cause) {
      if (cause instanceof BotError) throw cause;
      // The SDK re-wraps errors thrown inside the middleware chain; the token failure survives only as text.
      const text = `${String((cause as { body?: unknown }).body ?? '')} ${String(cause)}`;
      const code = text.includes('AUTH_FAILED') ? 'AUTH_FAILED' : 'GRAPH_UNAVAILABLE';
      throw new BotError(code, { cause, detail: `${request.method} ${request.path}: ${text.trim()}` });
    }
    const requestId =
      response.headers.get('request-id') ?? response.headers.get('client-request-id') ?? clientRequestId;
    const text = await response.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    if (!response.ok) {
      throw mapGraphError(request, response.status, body as GraphErrorBody, {
        requestId,
        retryAfter: response.headers.get('retry-after'),
      });
    }
    return { status: response.status, body, requestId, dryRun: false };
  }
}
