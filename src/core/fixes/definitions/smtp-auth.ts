import { ROLE } from '../roles';
import type { FixDefinition } from '../types';

// No Graph API sets SmtpClientAuthenticationDisabled: these run as an Azure Automation runbook or as a guide.
const ROLES = [ROLE.globalAdministrator, ROLE.exchangeAdministrator] as const;
const PERMISSIONS = {
  delegated: [],
  application: ['Exchange.ManageAsApp (runbook managed identity) + Exchange Administrator role'],
};

/** The PowerShell an admin runs when the runbook is not configured (never translated). */
export function smtpAuthPowerShell(mailbox: string, enabled: boolean): string[] {
  const quoted = `'${mailbox.replace(/'/g, "''")}'`;
  return [
    'Connect-ExchangeOnline',
    `Set-CASMailbox -Identity ${quoted} -SmtpClientAuthenticationDisabled $${enabled ? 'false' : 'true'}`,
    `Get-CASMailbox -Identity ${quoted} | Format-List SmtpClientAuthenticationDisabled`,
  ];
}

/** Turns SMTP AUTH on for one mailbox (Set-CASMailbox -SmtpClientAuthenticationDisabled $false). */
export const smtpAuthEnableMailbox: FixDefinition = {
  id: 'smtp-auth.enable-mailbox',
  kind: 'runbook',
  titleKey: 'fix.smtp-auth.enable-mailbox.title',
  riskKey: 'fix.smtp-auth.enable-mailbox.risk',
  expectedKey: 'fix.smtp-auth.enable-mailbox.expected',
  requiredRoles: ROLES,
  permissions: PERMISSIONS,
  needs: ['mailbox'],
  undo: (target) => ({ fixId: 'smtp-auth.disable-mailbox', target: { mailbox: target.mailbox } }),
};

/** Turns SMTP AUTH off again for the mailbox. */
export const smtpAuthDisableMailbox: FixDefinition = {
  id: 'smtp-auth.disable-mailbox',
  kind: 'runbook',
  titleKey: 'fix.smtp-auth.disable-mailbox.title',
  riskKey: 'fix.smtp-auth.disable-mailbox.risk',
  expectedKey: 'fix.smtp-auth.disable-mailbox.expected',
  requiredRoles: ROLES,
  permissions: PERMISSIONS,
  needs: ['mailbox'],
};
