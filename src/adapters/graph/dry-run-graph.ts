import type { GraphPort, GraphResponse } from '../../core/fixes/ports';
import type { GraphRequest } from '../../core/fixes/types';

/** Dry-run Graph: sends nothing. Writes answer with the exact request they would send; reads are "not checked". */
export class DryRunGraph implements GraphPort {
  readonly dryRun = true;
  /** Every request that would have been sent, in order. */
  readonly wouldSend: GraphRequest[] = [];

  async execute(request: GraphRequest): Promise<GraphResponse> {
    this.wouldSend.push(request);
    return { status: 0, body: request.method === 'GET' ? undefined : request, dryRun: true };
  }
}

/** The request as an admin would type it: `PATCH https://graph.microsoft.com/v1.0/... {json}`. */
export function formatGraphRequest(request: GraphRequest, baseUrl = 'https://graph.microsoft.com'): string {
  const query = request.query ? `?${new URLSearchParams({ ...request.query }).toString()}` : '';
  const body = request.body ? `\n${JSON.stringify(request.body, null, 2)}` : '';
  return `${request.method} ${new URL(baseUrl).origin}/${request.version}${request.path}${query}${body}`;
}
