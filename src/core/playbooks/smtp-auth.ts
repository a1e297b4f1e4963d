import { defineStep, definePlaybook } from './define-step';
import { PORTAL_URLS } from './portals';

/** Server-response variants of the smtp-auth family, as emitted by the recognizer (src/core/ndr). */
export const SMTP_AUTH_VARIANTS = {
  clientNotAuthenticated: 'smtp-auth.client-not-authenticated',
  authUnsuccessful: 'smtp-auth.auth-unsuccessful',
  clientAuthFailed: 'smtp-auth.client-auth-failed',
  temporaryFailure: 'smtp-auth.temporary-failure',
  starttlsRequired: 'smtp-auth.starttls-required',
  disabledTenant: 'smtp-auth.disabled-tenant',
  disabledMailbox: 'smtp-auth.disabled-mailbox',
  basicAuthDisabled: 'smtp-auth.basic-auth-disabled',
  securityDefaults: 'smtp-auth.security-defaults',
  conditionalAccess: 'smtp-auth.conditional-access',
  badCredentials: 'smtp-auth.bad-credentials',
  stsUnreachable: 'smtp-auth.sts-unreachable',
  stsNoHttps: 'smtp-auth.sts-no-https',
  basicAuthRetired: 'smtp-auth.basic-auth-retired',
  tlsVersion: 'client-tls.tls-version',
} as const;

const v = SMTP_AUTH_VARIANTS;

/**
 * SMTP AUTH client submission (530 5.7.57, 535 5.7.3, 535 5.7.139 and its variants, 550 5.7.30).
 * Order matters: planSteps keeps it, so each variant leads with its own step (mailbox switch before MFA, security
 * defaults before anything else for that variant), and the modern routes close every plan.
 */
export const smtpAuthPlaybook = definePlaybook('smtp-auth', [
  defineStep('smtp-auth', 'diagnose', {
    link: { portal: 'entra', url: PORTAL_URLS.entra },
    powershell: [
      'Get-CASMailbox -Identity <mailbox> | Format-List SmtpClientAuthenticationDisabled',
      'Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled',
    ],
    fixes: ['diagnose.smtp-auth'],
    forVariants: [v.authUnsuccessful, v.clientAuthFailed, v.temporaryFailure],
    forStatuses: ['5.7.3'],
  }),
  defineStep('smtp-auth', 'configure-client', {
    forVariants: [v.clientNotAuthenticated, v.starttlsRequired, v.tlsVersion],
    forStatuses: ['5.7.57', '4.7.66'],
  }),
  defineStep('smtp-auth', 'credentials', {
    forVariants: [
      v.badCredentials,
      v.authUnsuccessful,
      v.clientAuthFailed,
      v.clientNotAuthenticated,
      v.temporaryFailure,
    ],
  }),
  defineStep('smtp-auth', 'enable-mailbox', {
    risk: true,
    link: { portal: 'm365-admin', url: PORTAL_URLS.m365Users },
    powershell: [
      'Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false',
      '# Tenant-wide, only as a deliberate choice:',
      '# Set-TransportConfig -SmtpClientAuthenticationDisabled $false',
    ],
    fixes: ['smtp-auth.enable-mailbox'],
    forVariants: [
      v.disabledTenant,
      v.disabledMailbox,
      v.clientNotAuthenticated,
      v.authUnsuccessful,
      v.clientAuthFailed,
    ],
    forStatuses: ['5.7.139'],
  }),
  defineStep('smtp-auth', 'security-defaults', {
    risk: true,
    link: { portal: 'entra', url: PORTAL_URLS.entra },
    fixes: ['security-defaults.disable'],
    forVariants: [v.securityDefaults],
    forStatuses: ['5.7.139'],
  }),
  defineStep('smtp-auth', 'conditional-access', {
    risk: true,
    link: { portal: 'entra', url: PORTAL_URLS.entra },
    forVariants: [v.conditionalAccess],
    forStatuses: ['5.7.139'],
  }),
  defineStep('smtp-auth', 'per-user-mfa', {
    risk: true,
    link: { portal: 'entra', url: PORTAL_URLS.entra },
    fixes: ['per-user-mfa.disable'],
    forVariants: [v.conditionalAccess, v.authUnsuccessful, v.clientAuthFailed],
    forStatuses: ['5.7.139'],
  }),
  defineStep('smtp-auth', 'federated-sts', {
    forVariants: [v.stsUnreachable, v.stsNoHttps],
  }),
  defineStep('smtp-auth', 'basic-auth-retirement', {
    forVariants: [
      v.basicAuthRetired,
      v.basicAuthDisabled,
      v.disabledTenant,
      v.disabledMailbox,
      v.securityDefaults,
      v.conditionalAccess,
      v.clientNotAuthenticated,
      v.authUnsuccessful,
      v.clientAuthFailed,
    ],
    forStatuses: ['5.7.30', '5.7.139', '5.7.57', '5.7.3'],
  }),
  defineStep('smtp-auth', 'oauth', {
    link: { portal: 'entra', url: PORTAL_URLS.entra },
    powershell: [
      'New-ServicePrincipal -AppId <application-id> -ObjectId <enterprise-app-object-id>',
      'Add-MailboxPermission -Identity <mailbox> -User <service-principal-id> -AccessRights FullAccess',
    ],
    fixes: ['modern-auth.guide'],
  }),
  defineStep('smtp-auth', 'relay-connector', {
    link: { portal: 'exchange-admin', url: PORTAL_URLS.exoConnectors },
  }),
  defineStep('smtp-auth', 'hve', {
    link: { portal: 'exchange-admin', url: PORTAL_URLS.exoHome },
  }),
  defineStep('smtp-auth', 'acs-email', {
    link: { portal: 'azure', url: PORTAL_URLS.azurePortal },
  }),
]);
