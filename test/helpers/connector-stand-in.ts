import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { freePort } from './free-port';

/** One call the bot made to the Bot Connector. */
export interface ConnectorCall {
  kind: 'send' | 'reply' | 'update' | 'create' | 'other';
  method: string;
  path: string;
  conversationId?: string;
  activityId?: string;
  body: Record<string, unknown>;
  authorization?: string;
}

/** A running stand-in of the Bot Connector REST API (the `serviceUrl` the bot replies to). */
export interface ConnectorStandIn {
  /** Use as the activities' `serviceUrl`. */
  url: string;
  calls: ConnectorCall[];
  /** Calls that carry a message (send, reply, update, proactive create). */
  messages(): ConnectorCall[];
  /** Waits until `count` calls match (proactive posts can land after the HTTP response). */
  waitFor(
    predicate: (call: ConnectorCall) => boolean,
    count?: number,
    timeoutMs?: number,
  ): Promise<ConnectorCall[]>;
  clear(): void;
  close(): Promise<void>;
}

const ROUTES: { kind: ConnectorCall['kind']; method: string; pattern: RegExp }[] = [
  { kind: 'create', method: 'POST', pattern: /^\/v3\/conversations\/?$/ },
  { kind: 'send', method: 'POST', pattern: /^\/v3\/conversations\/([^/]+)\/activities\/?$/ },
  { kind: 'reply', method: 'POST', pattern: /^\/v3\/conversations\/([^/]+)\/activities\/([^/]+)$/ },
  { kind: 'update', method: 'PUT', pattern: /^\/v3\/conversations\/([^/]+)\/activities\/([^/]+)$/ },
];

function readJson(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>);
      } catch {
        resolve({});
      }
    });
  });
}

/** Starts the stand-in on a free port below 32768; it records every call and answers like the real service. */
export async function startConnectorStandIn(): Promise<ConnectorStandIn> {
  const calls: ConnectorCall[] = [];
  let counter = 0;
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const body = await readJson(req);
    const route = ROUTES.find(
      (candidate) => candidate.method === req.method && candidate.pattern.test(url.pathname),
    );
    const match = route ? route.pattern.exec(url.pathname) : null;
    const call: ConnectorCall = {
      kind: route?.kind ?? 'other',
      method: req.method ?? '',
      path: url.pathname,
      conversationId: match?.[1] ? decodeURIComponent(match[1]) : undefined,
      activityId: match?.[2] ? decodeURIComponent(match[2]) : undefined,
      body,
      authorization: req.headers.authorization,
    };
    calls.push(call);
    res.setHeader('content-type', 'application/json');
    if (!route) {
      res.statusCode = 404;
      res.end(JSON.stringify({ error: { code: 'NotFound', message: 'stand-in: unknown route' } }));
      return;
    }
    counter += 1;
    if (route.kind === 'create') {
      res.statusCode = 201;
      res.end(JSON.stringify({ id: `created-conversation-${counter}`, activityId: `activity-${counter}` }));
      return;
    }
    res.statusCode = route.kind === 'update' ? 200 : 201;
    res.end(
      JSON.stringify({
        id: call.activityId && route.kind === 'update' ? call.activityId : `activity-${counter}`,
      }),
    );
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;

  const matching = (predicate: (call: ConnectorCall) => boolean) => calls.filter(predicate);
  return {
    url: `http://127.0.0.1:${address.port}/`,
    calls,
    messages: () => matching((call) => call.kind !== 'other'),
    waitFor: async (predicate, count = 1, timeoutMs = 5000) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = matching(predicate);
        if (found.length >= count) return found;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(
        `connector stand-in: expected ${count} matching call(s), saw ${matching(predicate).length}`,
      );
    },
    clear: () => {
      calls.length = 0;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
