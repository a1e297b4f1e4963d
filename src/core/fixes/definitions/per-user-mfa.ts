import { ROLE } from '../roles';
import type { FixDefinition, FixTarget, GraphRequest, PerUserMfaState } from '../types';

const ROLES = [
  ROLE.globalAdministrator,
  ROLE.authenticationPolicyAdministrator,
  ROLE.privilegedAuthenticationAdministrator,
] as const;
const PERMISSIONS = {
  delegated: ['Policy.ReadWrite.AuthenticationMethod'],
  application: ['Policy.ReadWrite.AuthenticationMethod'],
};

const path = (target: FixTarget): string =>
  `/users/${encodeURIComponent(target.userId ?? '')}/authentication/requirements`;
const read = (target: FixTarget): GraphRequest => ({ method: 'GET', version: 'beta', path: path(target) });

/** The perUserMfaState in a strongAuthenticationRequirements body, if present. */
export function perUserMfaStateOf(body: unknown): PerUserMfaState | undefined {
  const state =
    typeof body === 'object' && body !== null
      ? (body as { perUserMfaState?: unknown }).perUserMfaState
      : undefined;
  return state === 'disabled' || state === 'enabled' || state === 'enforced' ? state : undefined;
}

/** Turns legacy per-user MFA off for one user (beta API). */
export const perUserMfaDisable: FixDefinition = {
  id: 'per-user-mfa.disable',
  kind: 'graph',
  titleKey: 'fix.per-user-mfa.disable.title',
  riskKey: 'fix.per-user-mfa.disable.risk',
  expectedKey: 'fix.per-user-mfa.disable.expected',
  requiredRoles: ROLES,
  permissions: PERMISSIONS,
  needs: ['userId'],
  request: (target) => ({
    method: 'PATCH',
    version: 'beta',
    path: path(target),
    body: { perUserMfaState: 'disabled' },
  }),
  read,
  isApplied: (body) => perUserMfaStateOf(body) === 'disabled',
  undo: (target, before) => {
    const previous = perUserMfaStateOf(before);
    return {
      fixId: 'per-user-mfa.restore',
      target: {
        userId: target.userId,
        previousMfaState: previous && previous !== 'disabled' ? previous : 'enforced',
      },
    };
  },
};

/** Puts per-user MFA back to the state recorded before the fix (enforced when unknown). */
export const perUserMfaRestore: FixDefinition = {
  id: 'per-user-mfa.restore',
  kind: 'graph',
  titleKey: 'fix.per-user-mfa.restore.title',
  riskKey: 'fix.per-user-mfa.restore.risk',
  expectedKey: 'fix.per-user-mfa.restore.expected',
  requiredRoles: ROLES,
  permissions: PERMISSIONS,
  needs: ['userId'],
  request: (target) => ({
    method: 'PATCH',
    version: 'beta',
    path: path(target),
    body: { perUserMfaState: target.previousMfaState ?? 'enforced' },
  }),
  read,
  isApplied: (body) => {
    const state = perUserMfaStateOf(body);
    return state === 'enabled' || state === 'enforced';
  },
};
