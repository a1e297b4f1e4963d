import { getPlaybook, planSteps, SMTP_AUTH_VARIANTS, smtpAuthPlaybook } from '../../../src/core/playbooks';

const MODERN_ROUTES = ['oauth', 'relay-connector', 'hve', 'acs-email'];

function plan(variant: string | null, status: string | null = null): string[] {
  return planSteps(smtpAuthPlaybook, { status, variant }).map((step) => step.id);
}

describe('smtp-auth playbook', () => {
  it('is the registered smtp-auth playbook', () => {
    expect(getPlaybook('smtp-auth')).toBe(smtpAuthPlaybook);
  });

  it('starts with the check when the variant is unknown', () => {
    expect(plan(null)[0]).toBe('diagnose');
    expect(plan(null)).toHaveLength(smtpAuthPlaybook.steps.length);
  });

  it.each([
    [SMTP_AUTH_VARIANTS.disabledTenant, 'enable-mailbox'],
    [SMTP_AUTH_VARIANTS.disabledMailbox, 'enable-mailbox'],
    [SMTP_AUTH_VARIANTS.securityDefaults, 'security-defaults'],
    [SMTP_AUTH_VARIANTS.conditionalAccess, 'conditional-access'],
    [SMTP_AUTH_VARIANTS.badCredentials, 'credentials'],
    [SMTP_AUTH_VARIANTS.clientNotAuthenticated, 'configure-client'],
    [SMTP_AUTH_VARIANTS.starttlsRequired, 'configure-client'],
    [SMTP_AUTH_VARIANTS.tlsVersion, 'configure-client'],
    [SMTP_AUTH_VARIANTS.authUnsuccessful, 'diagnose'],
    [SMTP_AUTH_VARIANTS.clientAuthFailed, 'diagnose'],
    [SMTP_AUTH_VARIANTS.stsUnreachable, 'federated-sts'],
    [SMTP_AUTH_VARIANTS.stsNoHttps, 'federated-sts'],
    [SMTP_AUTH_VARIANTS.basicAuthRetired, 'basic-auth-retirement'],
    [SMTP_AUTH_VARIANTS.basicAuthDisabled, 'basic-auth-retirement'],
  ])('%s leads with %s and ends with the modern routes', (variant, first) => {
    const steps = plan(variant);
    expect(steps[0]).toBe(first);
    expect(steps.slice(-MODERN_ROUTES.length)).toEqual(MODERN_ROUTES);
  });

  it('puts the mailbox switch before anything about MFA for "disabled for the Tenant/Mailbox"', () => {
    for (const variant of [SMTP_AUTH_VARIANTS.disabledTenant, SMTP_AUTH_VARIANTS.disabledMailbox]) {
      const steps = plan(variant);
      expect(steps).not.toContain('per-user-mfa');
      expect(steps).not.toContain('security-defaults');
      expect(steps.indexOf('enable-mailbox')).toBe(0);
    }
  });

  it('goes straight from the retirement notice to the modern routes for retired Basic auth', () => {
    expect(plan(SMTP_AUTH_VARIANTS.basicAuthRetired)).toEqual(['basic-auth-retirement', ...MODERN_ROUTES]);
    expect(plan(null, '5.7.30')).toEqual(['basic-auth-retirement', ...MODERN_ROUTES]);
  });

  it('offers conditional access then per-user MFA for the conditional-access variant', () => {
    expect(plan(SMTP_AUTH_VARIANTS.conditionalAccess).slice(0, 2)).toEqual([
      'conditional-access',
      'per-user-mfa',
    ]);
  });

  it('names the fix ids the Graph adapter wires', () => {
    const fixes = Object.fromEntries(smtpAuthPlaybook.steps.map((step) => [step.id, step.fixes ?? []]));
    expect(fixes).toMatchObject({
      diagnose: ['diagnose.smtp-auth'],
      'enable-mailbox': ['smtp-auth.enable-mailbox'],
      'security-defaults': ['security-defaults.disable'],
      'per-user-mfa': ['per-user-mfa.disable'],
      oauth: ['modern-auth.guide'],
    });
  });

  it('shows the per-mailbox PowerShell and keeps the tenant-wide switch commented out', () => {
    const step = smtpAuthPlaybook.steps.find((candidate) => candidate.id === 'enable-mailbox');
    expect(step?.powershell?.[0]).toBe(
      'Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false',
    );
    expect(
      step?.powershell
        ?.filter((line) => line.includes('Set-TransportConfig'))
        .every((l) => l.startsWith('#')),
    ).toBe(true);
    expect(step?.riskKey).toBeDefined();
  });

  it('states a security cost on every step that weakens the tenant', () => {
    for (const id of ['enable-mailbox', 'security-defaults', 'conditional-access', 'per-user-mfa']) {
      expect(smtpAuthPlaybook.steps.find((step) => step.id === id)?.riskKey).toBe(
        `playbook.smtp-auth.step.${id}.risk`,
      );
    }
  });
});
