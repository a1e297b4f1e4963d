import { BotError } from '../../core/errors';
import type { GraphRequest } from '../../core/fixes/types';
import { leastPermission } from './permissions';

/** Graph's error body: `{ error: { code, message, innerError: { request-id, date, client-request-id } } }`. */
export interface GraphErrorBody {
  error?: {
    code?: string;
    message?: string;
    innerError?: { 'request-id'?: string; date?: string; 'client-request-id'?: string };
  };
}

/** Graph code for sign-in logs in a tenant without Entra ID P1/P2. */
export const NO_PREMIUM_LICENCE = 'Authentication_RequestFromNonPremiumTenantOrB2CTenant';

/** Maps a failed Graph response to a BotError whose params say what to do (permission to grant, when to retry). */
export function mapGraphError(
  request: Pick<GraphRequest, 'method' | 'path'>,
  status: number,
  body: GraphErrorBody | undefined,
  headers: { requestId?: string; retryAfter?: string | null },
): BotError {
  const graphCode = body?.error?.code ?? `HTTP${status}`;
  const requestId = headers.requestId ?? body?.error?.innerError?.['request-id'] ?? '';
  const base = { graphCode, requestId, status };
  const detail = `${request.method} ${request.path} → ${status} ${graphCode}`;
  if (status === 403 && graphCode === NO_PREMIUM_LICENCE) {
    return new BotError('GRAPH_PERMISSION_MISSING', {
      params: { ...base, permission: 'Microsoft Entra ID P1', reason: 'no-licence' },
      detail,
    });
  }
  if (status === 403) {
    return new BotError('GRAPH_PERMISSION_MISSING', {
      params: { ...base, permission: leastPermission(request), reason: 'missing-permission' },
      detail,
    });
  }
  if (status === 401) return new BotError('AUTH_FAILED', { params: base, detail });
  if (status === 404) return new BotError('GRAPH_NOT_FOUND', { params: base, detail });
  if (status === 429)
    return new BotError('GRAPH_THROTTLED', {
      params: { ...base, retryAfter: headers.retryAfter ?? '' },
      detail,
    });
  if (status === 503 || status === 504) return new BotError('GRAPH_UNAVAILABLE', { params: base, detail });
  return new BotError('GRAPH_REQUEST_FAILED', { params: base, detail });
}
