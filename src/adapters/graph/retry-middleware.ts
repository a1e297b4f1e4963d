import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

const RETRYABLE = [429, 503, 504];

/** Milliseconds a Retry-After header asks for (seconds or an HTTP date); exponential back-off without one. */
export function retryDelayMs(retryAfter: string | null, attempt: number, now = Date.now()): number {
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  return Math.min(2 ** attempt * 1000, 32_000);
}

/** Counts of what the retry layer did (for logs and test figures). */
export interface RetryStats {
  attempts: number;
  retries: number;
  waitedMs: number;
}

/**
 * Retries 429/503/504 honouring Retry-After, at most `maxRetries` times and never waiting longer than `maxDelayMs`
 * for one retry (beyond that the 429 is returned and surfaces as GRAPH_THROTTLED with its Retry-After).
 */
export class RetryAfterMiddleware implements Middleware {
  private next: Middleware | undefined;
  readonly stats: RetryStats = { attempts: 0, retries: 0, waitedMs: 0 };

  constructor(
    private readonly maxRetries: number,
    private readonly sleep: (ms: number) => Promise<void> = (ms) =>
      new Promise((resolve) => setTimeout(resolve, ms)),
    private readonly maxDelayMs = 60_000,
  ) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      this.stats.attempts += 1;
      await this.next?.execute(context);
      const response = context.response;
      if (!response || !RETRYABLE.includes(response.status) || attempt >= this.maxRetries) return;
      const delay = retryDelayMs(response.headers.get('retry-after'), attempt);
      if (delay > this.maxDelayMs) return;
      await response.arrayBuffer().catch(() => undefined); // free the connection before waiting
      this.stats.retries += 1;
      this.stats.waitedMs += delay;
      await this.sleep(delay);
    }
  }
}
