import type { GraphRequest } from '../../core/fixes/types';

/** Least application permission per endpoint, named in GRAPH_PERMISSION_MISSING so the admin knows what to grant. */
const LEAST: readonly [method: GraphRequest['method'], pattern: RegExp, permission: string][] = [
  [
    'PATCH',
    /^\/policies\/identitySecurityDefaultsEnforcementPolicy$/,
    'Policy.ReadWrite.SecurityDefaults or Policy.ReadWrite.ConditionalAccess',
  ],
  ['GET', /^\/policies\/identitySecurityDefaultsEnforcementPolicy$/, 'Policy.Read.All'],
  ['PATCH', /^\/users\/[^/]+\/authentication\/requirements$/, 'Policy.ReadWrite.AuthenticationMethod'],
  ['GET', /^\/users\/[^/]+\/authentication\/requirements$/, 'Policy.Read.All'],
  ['GET', /^\/users\/[^/]+\/transitiveMemberOf\/microsoft\.graph\.directoryRole$/, 'User.Read.All'],
  ['POST', /^\/users\/[^/]+\/checkMemberGroups$/, 'GroupMember.Read.All'],
  ['GET', /^\/users\/[^/]+\/licenseDetails$/, 'User.Read.All'],
  ['GET', /^\/users\/[^/]+$/, 'User.Read.All'],
  ['GET', /^\/roleManagement\/directory\/transitiveRoleAssignments$/, 'RoleManagement.Read.Directory'],
  ['GET', /^\/identity\/conditionalAccess\/policies$/, 'Policy.Read.All'],
  ['GET', /^\/auditLogs\/signIns$/, 'AuditLog.Read.All'],
];

/** The permission to grant for a request (falls back to Directory.Read.All for reads). */
export function leastPermission(request: Pick<GraphRequest, 'method' | 'path'>): string {
  const hit = LEAST.find(([method, pattern]) => method === request.method && pattern.test(request.path));
  return hit ? hit[2] : request.method === 'GET' ? 'Directory.Read.All' : 'Directory.ReadWrite.All';
}
