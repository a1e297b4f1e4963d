import { ROLE } from '../roles';
import type { FixDefinition, GraphRequest } from '../types';

const PATH = '/policies/identitySecurityDefaultsEnforcementPolicy';
const ROLES = [
  ROLE.globalAdministrator,
  ROLE.securityAdministrator,
  ROLE.conditionalAccessAdministrator,
] as const;
const PERMISSIONS = {
  delegated: ['Policy.ReadWrite.SecurityDefaults', 'Policy.Read.All'],
  application: ['Policy.ReadWrite.SecurityDefaults', 'Policy.Read.All'],
};

const read = (): GraphRequest => ({ method: 'GET', version: 'v1.0', path: PATH });
const isEnabled = (body: unknown): boolean | undefined =>
  typeof body === 'object' &&
  body !== null &&
  typeof (body as { isEnabled?: unknown }).isEnabled === 'boolean'
    ? (body as { isEnabled: boolean }).isEnabled
    : undefined;

/** Turns tenant-wide security defaults off (they block SMTP AUTH with a password). */
export const securityDefaultsDisable: FixDefinition = {
  id: 'security-defaults.disable',
  kind: 'graph',
  titleKey: 'fix.security-defaults.disable.title',
  riskKey: 'fix.security-defaults.disable.risk',
  expectedKey: 'fix.security-defaults.disable.expected',
  requiredRoles: ROLES,
  permissions: PERMISSIONS,
  needs: [],
  request: () => ({ method: 'PATCH', version: 'v1.0', path: PATH, body: { isEnabled: false } }),
  read,
  isApplied: (body) => isEnabled(body) === false,
  undo: () => ({ fixId: 'security-defaults.enable', target: {} }),
};

/** Turns security defaults back on. */
export const securityDefaultsEnable: FixDefinition = {
  id: 'security-defaults.enable',
  kind: 'graph',
  titleKey: 'fix.security-defaults.enable.title',
  riskKey: 'fix.security-defaults.enable.risk',
  expectedKey: 'fix.security-defaults.enable.expected',
  requiredRoles: ROLES,
  permissions: PERMISSIONS,
  needs: [],
  request: () => ({ method: 'PATCH', version: 'v1.0', path: PATH, body: { isEnabled: true } }),
  read,
  isApplied: (body) => isEnabled(body) === true,
};
