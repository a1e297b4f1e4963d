import type { StandInTenant } from './tenant-state';

/** What a route handler gets. */
export interface RouteRequest {
  method: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  tenant: StandInTenant;
}

/** What a route handler answers: a status and JSON body, or a Graph error. */
export type RouteReply =
  { status: number; body?: unknown } | { error: { status: number; code: string; message: string } };

/** One Graph endpoint the stand-in serves; `spec` is the path name as in graph-paths.json. */
export interface Route {
  method: 'GET' | 'PATCH';
  spec: string;
  /** Any one of these app roles (or delegated scopes) in the token allows the call. */
  permissions: string[];
  write: boolean;
  handle(request: RouteRequest): RouteReply;
}

const collection = (value: unknown[]) => ({ status: 200, body: { '@odata.context': 'stand-in', value } });
const notFound = (what: string): RouteReply => ({
  error: {
    status: 404,
    code: 'Request_ResourceNotFound',
    message: `Resource '${what}' does not exist or one of its queried reference-property objects are not present.`,
  },
});

function findUser(tenant: StandInTenant, idOrUpn: string) {
  return Object.values(tenant.users).find(
    (u) => u.id === idOrUpn || u.userPrincipalName.toLowerCase() === idOrUpn.toLowerCase(),
  );
}

const securityDefaults = (tenant: StandInTenant) => ({
  '@odata.context':
    'https://graph.microsoft.com/v1.0/$metadata#policies/identitySecurityDefaultsEnforcementPolicy/$entity',
  id: '00000000-0000-0000-0000-000000000005',
  displayName: 'Security Defaults',
  description: 'Security defaults is a set of basic identity security mechanisms recommended by Microsoft.',
  isEnabled: tenant.securityDefaultsEnabled,
});

/** The endpoints, with the least permissions the subset names for each. */
export const ROUTES: Route[] = [
  {
    method: 'GET',
    spec: '/v1.0/policies/identitySecurityDefaultsEnforcementPolicy',
    permissions: ['Policy.Read.All', 'Policy.ReadWrite.SecurityDefaults'],
    write: false,
    handle: ({ tenant }) => ({ status: 200, body: securityDefaults(tenant) }),
  },
  {
    method: 'GET',
    spec: '/beta/policies/identitySecurityDefaultsEnforcementPolicy',
    permissions: ['Policy.Read.All', 'Policy.ReadWrite.SecurityDefaults'],
    write: false,
    handle: ({ tenant }) => ({ status: 200, body: securityDefaults(tenant) }),
  },
  {
    method: 'PATCH',
    spec: '/v1.0/policies/identitySecurityDefaultsEnforcementPolicy',
    permissions: ['Policy.ReadWrite.SecurityDefaults', 'Policy.ReadWrite.ConditionalAccess'],
    write: true,
    handle: ({ tenant, body }) => {
      const isEnabled = (body as { isEnabled?: unknown } | undefined)?.isEnabled;
      if (typeof isEnabled !== 'boolean')
        return { error: { status: 400, code: 'BadRequest', message: 'isEnabled must be a boolean.' } };
      tenant.securityDefaultsEnabled = isEnabled;
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    spec: '/beta/users/{user-id}/authentication/requirements',
    permissions: ['Policy.Read.All', 'Policy.ReadWrite.AuthenticationMethod'],
    write: false,
    handle: ({ tenant, params }) => {
      const user = findUser(tenant, params['user-id'] ?? '');
      if (!user) return notFound(params['user-id'] ?? '');
      return { status: 200, body: { perUserMfaState: tenant.perUserMfa[user.id] ?? 'disabled' } };
    },
  },
  {
    method: 'PATCH',
    spec: '/beta/users/{user-id}/authentication/requirements',
    permissions: ['Policy.ReadWrite.AuthenticationMethod'],
    write: true,
    handle: ({ tenant, params, body }) => {
      const user = findUser(tenant, params['user-id'] ?? '');
      if (!user) return notFound(params['user-id'] ?? '');
      const state = (body as { perUserMfaState?: unknown } | undefined)?.perUserMfaState;
      if (state !== 'disabled' && state !== 'enabled' && state !== 'enforced') {
        return { error: { status: 400, code: 'BadRequest', message: 'Invalid perUserMfaState.' } };
      }
      tenant.perUserMfa[user.id] = state;
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    spec: '/v1.0/users/{user-id}',
    permissions: ['User.Read.All', 'Directory.Read.All'],
    write: false,
    handle: ({ tenant, params, query }) => {
      const user = findUser(tenant, params['user-id'] ?? '');
      if (!user) return notFound(params['user-id'] ?? '');
      const full: Record<string, unknown> = {
        id: user.id,
        userPrincipalName: user.userPrincipalName,
        mail: user.userPrincipalName,
        accountEnabled: user.accountEnabled,
        assignedPlans: user.assignedPlans,
      };
      const select = query.get('$select')?.split(',');
      const body = select
        ? Object.fromEntries(Object.entries(full).filter(([k]) => k === 'id' || select.includes(k)))
        : full;
      return { status: 200, body };
    },
  },
  {
    method: 'GET',
    spec: '/v1.0/users/{user-id}/transitiveMemberOf/microsoft.graph.directoryRole',
    permissions: ['User.Read.All', 'Directory.Read.All'],
    write: false,
    handle: ({ tenant, params }) => {
      const user = findUser(tenant, params['user-id'] ?? '');
      if (!user) return notFound(params['user-id'] ?? '');
      return collection(
        user.roles.map((roleTemplateId, i) => ({
          '@odata.type': '#microsoft.graph.directoryRole',
          id: `role-${i}`,
          displayName: roleTemplateId,
          roleTemplateId,
        })),
      );
    },
  },
  {
    method: 'GET',
    spec: '/beta/roleManagement/directory/transitiveRoleAssignments',
    permissions: ['RoleManagement.Read.Directory', 'Directory.Read.All'],
    write: false,
    handle: ({ tenant, query, headers }) => {
      const match = /^principalId eq '([^']+)'$/.exec(query.get('$filter') ?? '');
      // Graph answers 404 without ConsistencyLevel: eventual and $count (see the subset's x-notes).
      if (!match || headers['consistencylevel'] !== 'eventual' || query.get('$count') !== 'true')
        return notFound('transitiveRoleAssignments');
      const user = findUser(tenant, match[1] ?? '');
      return collection(
        (user?.roles ?? []).map((roleDefinitionId, i) => ({
          id: `ra-${i}`,
          principalId: user?.id,
          roleDefinitionId,
          directoryScopeId: '/',
        })),
      );
    },
  },
  {
    method: 'GET',
    spec: '/v1.0/identity/conditionalAccess/policies',
    permissions: ['Policy.Read.All'],
    write: false,
    handle: ({ tenant }) => collection(tenant.conditionalAccessPolicies),
  },
  {
    method: 'GET',
    spec: '/v1.0/auditLogs/signIns',
    permissions: ['AuditLog.Read.All'],
    write: false,
    handle: ({ tenant, query }) => {
      if (!tenant.hasP1) {
        return {
          error: {
            status: 403,
            code: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
            message: 'Neither tenant is B2C or tenant doesn\u2019t have premium license',
          },
        };
      }
      const filter = query.get('$filter') ?? '';
      const upn = /userPrincipalName eq '([^']+)'/.exec(filter)?.[1];
      const userId = /userId eq '([^']+)'/.exec(filter)?.[1];
      const app = /clientAppUsed eq '([^']+)'/.exec(filter)?.[1];
      const rows = tenant.signIns.filter(
        (s) =>
          (!upn || s.userPrincipalName === upn) &&
          (!userId || s.userId === userId) &&
          (!app || s.clientAppUsed === app),
      );
      return collection(rows);
    },
  },
];

/** Turns a spec path ("/v1.0/users/{user-id}") into a matcher. */
export function matchRoute(
  method: string,
  pathname: string,
): { route: Route; params: Record<string, string> } | undefined {
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const names: string[] = [];
    const pattern = route.spec.replace(/[.]/g, '\\.').replace(/\{([^}]+)\}/g, (_m, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    const match = new RegExp(`^${pattern}$`).exec(pathname);
    if (match)
      return {
        route,
        params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1] ?? '')])),
      };
  }
  return undefined;
}
