import { diagnoseSmtpAuth, type DiagnosisInput } from '../../../src/core/fixes/diagnosis';
import { notChecked, ok } from '../../../src/core/fixes/read-result';

const healthy: DiagnosisInput = {
  securityDefaults: ok({ isEnabled: false }),
  perUserMfa: ok({ perUserMfaState: 'disabled' }),
  user: ok({
    accountEnabled: true,
    assignedPlans: [
      {
        service: 'exchange',
        capabilityStatus: 'Enabled',
        servicePlanId: 'efb87545-963c-4e0d-99df-69c6916d9eb0',
      },
    ],
  }),
  conditionalAccess: ok([]),
  smtpSignIns: ok([{ createdDateTime: '2026-11-24T10:00:00Z', status: { errorCode: 0 } }]),
  mailboxSmtpAuthDisabled: ok(false),
};

describe('diagnoseSmtpAuth', () => {
  it('passes every check on a healthy tenant and still offers the modern path', () => {
    const result = diagnoseSmtpAuth(healthy);
    expect(result.checks.every((c) => c.outcome === 'passed')).toBe(true);
    expect(result.applicableFixes).toEqual(['modern-auth.guide']);
  });

  it('finds security defaults, per-user MFA and the mailbox switch', () => {
    const result = diagnoseSmtpAuth({
      ...healthy,
      securityDefaults: ok({ isEnabled: true }),
      perUserMfa: ok({ perUserMfaState: 'enforced' }),
      mailboxSmtpAuthDisabled: ok(true),
    });
    expect(result.applicableFixes).toEqual([
      'security-defaults.disable',
      'per-user-mfa.disable',
      'smtp-auth.enable-mailbox',
      'modern-auth.guide',
    ]);
    expect(result.checks.find((c) => c.id === 'per-user-mfa')?.params).toEqual({ state: 'enforced' });
  });

  it('reports missing permission and missing P1 licence as not checked, never as passed', () => {
    const result = diagnoseSmtpAuth({
      ...healthy,
      securityDefaults: notChecked('missing-permission', 'Policy.Read.All'),
      smtpSignIns: notChecked('no-licence'),
      mailboxSmtpAuthDisabled: notChecked('not-configured'),
    });
    const sd = result.checks.find((c) => c.id === 'security-defaults');
    expect(sd).toMatchObject({
      outcome: 'not-checked',
      messageKey: 'fix.not-checked.missing-permission',
      params: { permission: 'Policy.Read.All' },
    });
    expect(result.checks.find((c) => c.id === 'smtp-sign-ins')?.messageKey).toBe(
      'fix.not-checked.no-licence',
    );
    // the Exchange switch cannot be read without the runbook, so its fix stays on offer
    expect(result.applicableFixes).toContain('smtp-auth.enable-mailbox');
    expect(result.applicableFixes).not.toContain('security-defaults.disable');
  });

  it('explains SMTP sign-in errors and flags blocking CA policies and licences', () => {
    const result = diagnoseSmtpAuth({
      ...healthy,
      user: ok({
        accountEnabled: false,
        assignedPlans: [
          {
            service: 'exchange',
            capabilityStatus: 'Enabled',
            servicePlanId: '113feb6c-3fe4-4440-bddc-54d774bf0318',
          },
        ],
      }),
      conditionalAccess: ok([
        {
          id: 'p1',
          displayName: 'Block legacy auth',
          state: 'enabled',
          conditions: { clientAppTypes: ['exchangeActiveSync', 'other'] },
          grantControls: { builtInControls: ['block'] },
        },
        {
          id: 'p2',
          displayName: 'Report only',
          state: 'enabledForReportingButNotEnforced',
          conditions: { clientAppTypes: ['other'] },
          grantControls: { builtInControls: ['block'] },
        },
      ]),
      smtpSignIns: ok([
        { status: { errorCode: 50076 } },
        { status: { errorCode: 50126 } },
        { status: { errorCode: 50076 } },
      ]),
    });
    const byId = Object.fromEntries(result.checks.map((c) => [c.id, c]));
    expect(byId['account-enabled']?.outcome).toBe('failed');
    expect(byId['exchange-licence']?.outcome).toBe('failed');
    expect(byId['conditional-access']?.params).toEqual({ policies: 'Block legacy auth' });
    expect(byId['smtp-sign-ins']?.params).toEqual({ codes: '50076, 50126' });
    expect(result.signInErrors.map((e) => e.messageKey)).toEqual(['fix.signin.50076', 'fix.signin.50126']);
    expect(result.applicableFixes).toEqual([
      'security-defaults.disable',
      'per-user-mfa.disable',
      'modern-auth.guide',
    ]);
  });
});
