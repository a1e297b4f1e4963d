import http from 'node:http';
import https from 'node:https';
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { BotError } from '../../core/errors';

/** Transport options: a private CA (stand-ins, TLS-inspecting proxies) and a per-request timeout. */
export interface NodeHttpHandlerOptions {
  ca?: string;
  timeoutMs?: number;
}

/**
 * The last middleware: sends the request with node:http(s) and keep-alive agents. Used instead of the SDK's fetch
 * handler because global fetch cannot be given a private CA without an extra dependency.
 */
export class NodeHttpHandler implements Middleware {
  private readonly httpsAgent: https.Agent;
  private readonly httpAgent = new http.Agent({ keepAlive: true });
  private readonly timeoutMs: number;

  constructor(options: NodeHttpHandlerOptions = {}) {
    this.httpsAgent = new https.Agent({ keepAlive: true, ...(options.ca ? { ca: options.ca } : {}) });
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  async execute(context: Context): Promise<void> {
    const url = new URL(typeof context.request === 'string' ? context.request : context.request.url);
    const init = context.options ?? {};
    const headers: Record<string, string> = {};
    new Headers(init.headers as ConstructorParameters<typeof Headers>[0]).forEach((value, key) => {
      headers[key] = value;
    });
    const body = typeof init.body === 'string' ? init.body : undefined;
    const secure = url.protocol === 'https:';
    context.response = await new Promise<Response>((resolve, reject) => {
      const request = (secure ? https : http).request(
        url,
        { method: init.method ?? 'GET', headers, agent: secure ? this.httpsAgent : this.httpAgent },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('error', reject);
          incoming.on('end', () => {
            const status = incoming.statusCode ?? 500;
            const responseHeaders = new Headers();
            for (const [key, value] of Object.entries(incoming.headers)) {
              if (value !== undefined)
                responseHeaders.set(key, Array.isArray(value) ? value.join(', ') : value);
            }
            const noBody = status === 204 || status === 304 || chunks.length === 0;
            resolve(
              new Response(noBody ? null : Buffer.concat(chunks), {
                status,
                statusText: incoming.statusMessage ?? '',
                headers: responseHeaders,
              }),
            );
          });
        },
      );
      request.setTimeout(this.timeoutMs, () =>
        request.destroy(new BotError('GRAPH_UNAVAILABLE', { detail: `timeout after ${this.timeoutMs} ms` })),
      );
      request.on('error', reject);
      request.end(body);
    });
  }

  /** Closes idle keep-alive sockets (tests, shutdown). */
  close(): void {
    this.httpsAgent.destroy();
    this.httpAgent.destroy();
  }
}
