import restify from 'restify';
import type { TurnContext } from 'botbuilder';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { Logger } from 'pino';
import { activityProblems } from './validate-activity';

/** What the HTTP layer needs: the adapter and the turn logic it runs. */
export interface HttpServerDeps {
  adapter: TeamsAdapter;
  run: (context: TurnContext) => Promise<void>;
  logger: Logger;
  /** Largest accepted request body (Bot Framework activities are small; pasted NDRs are capped by MAX_INPUT_BYTES). */
  maxBodyBytes: number;
}

/** restify server with `POST /api/messages` (Bot Framework) and `GET /healthz`. */
export function createHttpServer(deps: HttpServerDeps): restify.Server {
  const server = restify.createServer({ name: 'ndr-assist', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: deps.maxBodyBytes, mapParams: false }));

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

  server.post('/api/messages', async (req, res) => {
    const problems = activityProblems(req.body);
    if (problems.length > 0) {
      deps.logger.info({ problems }, 'rejected a malformed activity');
      res.send(400, { error: 'invalid activity', problems });
      return;
    }
    try {
      await deps.adapter.process(req, res, deps.run);
    } catch (error) {
      // The adapter's own schema check (zod) throws on wrongly typed fields; answer 400, never a stack trace.
      deps.logger.warn({ err: error }, 'activity could not be processed');
      if (!res.headersSent) res.send(400, { error: 'invalid activity' });
    }
  });

  server.on('restifyError', (req, _res, error: Error & { statusCode?: number }, callback: () => void) => {
    deps.logger.info({ status: error.statusCode, url: req.url, message: error.message }, 'request rejected');
    // Keep restify's message (e.g. "Invalid JSON") but never expose a stack.
    (error as { toJSON?: () => unknown }).toJSON = () => ({ error: error.name, message: error.message });
    callback();
  });
  return server;
}

/** Starts listening; resolves with the bound port. */
export function listen(server: restify.Server, port: number, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.removeListener('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/** Stops accepting connections and closes idle keep-alive sockets. */
export function close(server: restify.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    (server.server as { closeAllConnections?: () => void }).closeAllConnections?.();
  });
}
