import { AsyncLocalStorage } from 'node:async_hooks';
import { BotError } from '../../core/errors';
import type { GraphPort, GraphResponse } from '../../core/fixes/ports';
import type { GraphRequest } from '../../core/fixes/types';
import { createOnBehalfOfCredential, type CredentialExtras, type GraphAuthConfig } from './credentials';
import { GraphClientAdapter } from './graph-client';

const assertion = new AsyncLocalStorage<string>();

/** Runs `fn` with the clicking admin's Teams SSO token as the on-behalf-of assertion for Graph calls inside it. */
export function withUserAssertion<T>(token: string | undefined, fn: () => Promise<T>): Promise<T> {
  return token ? assertion.run(token, fn) : fn();
}

/**
 * Graph on behalf of the admin who clicked (GRAPH_AUTH=on-behalf-of, the preferred mode): Graph itself enforces the
 * admin's roles and consent, and the bot holds no standing write permission. One client per token, kept briefly.
 */
export class OnBehalfOfGraph implements GraphPort {
  readonly dryRun = false;
  private readonly clients = new Map<string, { client: GraphClientAdapter; until: number }>();

  constructor(
    private readonly config: GraphAuthConfig & { GRAPH_MAX_RETRIES: number },
    private readonly extras: CredentialExtras = {},
  ) {}

  async execute(request: GraphRequest): Promise<GraphResponse> {
    const token = assertion.getStore();
    if (!token)
      throw new BotError('AUTH_FAILED', {
        detail: 'on-behalf-of needs the Teams SSO token of the clicking admin',
      });
    return this.clientFor(token).execute(request);
  }

  private clientFor(token: string): GraphClientAdapter {
    const now = Date.now();
    for (const [key, entry] of this.clients) if (entry.until < now) this.clients.delete(key);
    const cached = this.clients.get(token);
    if (cached) return cached.client;
    const client = new GraphClientAdapter({
      credential: createOnBehalfOfCredential(this.config, token, this.extras),
      baseUrl: this.config.GRAPH_BASE_URL,
      maxRetries: this.config.GRAPH_MAX_RETRIES,
      tlsCa: this.extras.tlsCa,
    });
    this.clients.set(token, { client, until: now + 10 * 60_000 });
    return client;
  }
}
