import http from 'node:http';
import https from 'node:https';
import { BotError } from '../../core/errors';

/** A plain HTTP response: status, headers and body text. */
export interface PlainResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/** One HTTP(S) request with node's client (a private CA can be given for local stand-ins). */
export function httpsRequest(
  url: string,
  init: { method: string; headers?: Record<string, string>; body?: string; ca?: string; timeoutMs?: number },
): Promise<PlainResponse> {
  const target = new URL(url);
  const secure = target.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const request = (secure ? https : http).request(
      target,
      { method: init.method, headers: init.headers, ...(secure && init.ca ? { ca: init.ca } : {}) },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    request.setTimeout(init.timeoutMs ?? 30_000, () =>
      request.destroy(
        new BotError('RUNBOOK_FAILED', { detail: `timeout: ${init.method} ${target.pathname}` }),
      ),
    );
    request.on('error', reject);
    request.end(init.body);
  });
}
