import { isBotError } from '../errors';
import type { DiagnosisInput } from './diagnosis';
import type { GraphPort, RunbookPort } from './ports';
import { notChecked, ok, type ReadResult } from './read-result';
import type { GraphRequest } from './types';

/** What to diagnose: the account the device signs in with (object id or UPN) and its mailbox. */
export interface DiagnosisSubject {
  userId: string;
  mailbox?: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** The Graph reads the diagnosis makes, as data (also printed by dry-run). */
export function diagnosisRequests(
  subject: DiagnosisSubject,
  since: Date,
): Record<'securityDefaults' | 'perUserMfa' | 'user' | 'conditionalAccess' | 'smtpSignIns', GraphRequest> {
  const user = encodeURIComponent(subject.userId);
  const who = GUID.test(subject.userId)
    ? `userId eq ${quote(subject.userId)}`
    : `userPrincipalName eq ${quote(subject.userId)}`;
  return {
    securityDefaults: {
      method: 'GET',
      version: 'v1.0',
      path: '/policies/identitySecurityDefaultsEnforcementPolicy',
    },
    perUserMfa: { method: 'GET', version: 'beta', path: `/users/${user}/authentication/requirements` },
    user: {
      method: 'GET',
      version: 'v1.0',
      path: `/users/${user}`,
      query: { $select: 'id,userPrincipalName,accountEnabled,assignedPlans' },
    },
    conditionalAccess: { method: 'GET', version: 'v1.0', path: '/identity/conditionalAccess/policies' },
    smtpSignIns: {
      method: 'GET',
      version: 'v1.0',
      path: '/auditLogs/signIns',
      query: {
        $filter: `${who} and clientAppUsed eq 'Authenticated SMTP' and createdDateTime ge ${since.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
        $top: '50',
      },
    },
  };
}

async function read<T>(
  graph: GraphPort,
  request: GraphRequest,
  pick: (body: unknown) => T,
): Promise<ReadResult<T>> {
  try {
    const response = await graph.execute(request);
    if (response.dryRun) return notChecked('dry-run');
    return ok(pick(response.body));
  } catch (error) {
    if (!isBotError(error)) return notChecked('unavailable');
    if (error.code === 'GRAPH_PERMISSION_MISSING') {
      return error.params.reason === 'no-licence'
        ? notChecked('no-licence')
        : notChecked('missing-permission', String(error.params.permission ?? ''));
    }
    if (error.code === 'GRAPH_NOT_FOUND') return notChecked('not-found');
    return notChecked('unavailable');
  }
}

const valueOf = (body: unknown): unknown[] => {
  const value = (body as { value?: unknown } | undefined)?.value;
  return Array.isArray(value) ? value : [];
};

/** Runs the diagnosis reads in parallel and degrades each failure to "not checked" with its reason. */
export async function readDiagnosisInput(
  graph: GraphPort,
  subject: DiagnosisSubject,
  options: { now: Date; runbook?: RunbookPort; lookbackDays?: number },
): Promise<DiagnosisInput> {
  const since = new Date(options.now.getTime() - (options.lookbackDays ?? 7) * 86_400_000);
  const requests = diagnosisRequests(subject, since);
  const mailboxRead = async (): Promise<ReadResult<boolean | null>> => {
    if (!subject.mailbox || !options.runbook) return notChecked('not-configured');
    if (graph.dryRun) return notChecked('dry-run');
    try {
      return ok((await options.runbook.getSmtpAuth(subject.mailbox)).smtpClientAuthenticationDisabled);
    } catch {
      return notChecked('unavailable');
    }
  };
  const [securityDefaults, perUserMfa, user, conditionalAccess, smtpSignIns, mailboxSmtpAuthDisabled] =
    await Promise.all([
      read(graph, requests.securityDefaults, (body) => body as { isEnabled?: boolean | null }),
      read(graph, requests.perUserMfa, (body) => body as { perUserMfaState?: string | null }),
      read(
        graph,
        requests.user,
        (body) => body as DiagnosisInput['user'] extends ReadResult<infer T> ? T : never,
      ),
      read(
        graph,
        requests.conditionalAccess,
        (body) =>
          valueOf(body) as DiagnosisInput['conditionalAccess'] extends ReadResult<infer T> ? T : never,
      ),
      read(
        graph,
        requests.smtpSignIns,
        (body) => valueOf(body) as DiagnosisInput['smtpSignIns'] extends ReadResult<infer T> ? T : never,
      ),
      mailboxRead(),
    ]);
  return { securityDefaults, perUserMfa, user, conditionalAccess, smtpSignIns, mailboxSmtpAuthDisabled };
}
