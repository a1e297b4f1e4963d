import { ROLE } from '../roles';
import type { FixDefinition } from '../types';

/** Reads the tenant's state (security defaults, per-user MFA, licence, CA policies, SMTP sign-ins): writes nothing. */
export const diagnoseSmtpAuth: FixDefinition = {
  id: 'diagnose.smtp-auth',
  kind: 'diagnose',
  titleKey: 'fix.diagnose.smtp-auth.title',
  riskKey: 'fix.diagnose.smtp-auth.risk',
  expectedKey: 'fix.diagnose.smtp-auth.expected',
  // Sign-in logs and policies reveal tenant configuration: only admins may read them through the bot.
  requiredRoles: Object.values(ROLE),
  permissions: {
    delegated: ['Policy.Read.All', 'User.Read.All', 'AuditLog.Read.All', 'Directory.Read.All'],
    application: ['Policy.Read.All', 'User.Read.All', 'AuditLog.Read.All', 'Directory.Read.All'],
  },
  needs: [],
};
