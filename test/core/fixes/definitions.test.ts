import { BotError } from '../../../src/core/errors';
import { FIX_DEFINITIONS, getFixDefinition, isFixActionId } from '../../../src/core/fixes/definitions';
import { smtpAuthPowerShell } from '../../../src/core/fixes/definitions/smtp-auth';
import { assertPreconditions } from '../../../src/core/fixes/preconditions';
import { stableId } from '../../../src/core/fixes/stable-id';
import { ALL_ADMIN_ROLES, ROLE, hasAnyRole } from '../../../src/core/fixes/roles';
import { EXPLAINED_SIGN_IN_ERRORS, explainSignInError } from '../../../src/core/fixes/sign-in-errors';
import messages from '../../../src/core/i18n/catalogs/en-US.json';

const catalog = messages as Record<string, string>;

describe('fix definitions', () => {
  it('builds the exact Graph writes', () => {
    expect(FIX_DEFINITIONS['security-defaults.disable'].request?.({})).toEqual({
      method: 'PATCH',
      version: 'v1.0',
      path: '/policies/identitySecurityDefaultsEnforcementPolicy',
      body: { isEnabled: false },
    });
    expect(FIX_DEFINITIONS['per-user-mfa.disable'].request?.({ userId: 'printer@contoso.com' })).toEqual({
      method: 'PATCH',
      version: 'beta',
      path: '/users/printer%40contoso.com/authentication/requirements',
      body: { perUserMfaState: 'disabled' },
    });
  });

  it('undo restores the state read before the fix', () => {
    const undo = FIX_DEFINITIONS['per-user-mfa.disable'].undo?.(
      { userId: 'u1@contoso.com' },
      { perUserMfaState: 'enabled' },
    );
    expect(undo).toEqual({
      fixId: 'per-user-mfa.restore',
      target: { userId: 'u1@contoso.com', previousMfaState: 'enabled' },
    });
    const restore = FIX_DEFINITIONS['per-user-mfa.restore'].request?.(undo!.target);
    expect(restore?.body).toEqual({ perUserMfaState: 'enabled' });
    expect(FIX_DEFINITIONS['security-defaults.disable'].undo?.({}, undefined).fixId).toBe(
      'security-defaults.enable',
    );
    expect(FIX_DEFINITIONS['smtp-auth.enable-mailbox'].undo?.({ mailbox: 'a@b.com' }, undefined)).toEqual({
      fixId: 'smtp-auth.disable-mailbox',
      target: { mailbox: 'a@b.com' },
    });
  });

  it('expected result is judged from the read body', () => {
    const sd = FIX_DEFINITIONS['security-defaults.disable'];
    expect(sd.isApplied?.({ isEnabled: false })).toBe(true);
    expect(sd.isApplied?.({ isEnabled: true })).toBe(false);
    expect(sd.isApplied?.({})).toBe(false);
  });

  it('names least roles per fix', () => {
    expect(FIX_DEFINITIONS['smtp-auth.enable-mailbox'].requiredRoles).toEqual([
      ROLE.globalAdministrator,
      ROLE.exchangeAdministrator,
    ]);
    expect(
      hasAnyRole([ROLE.exchangeAdministrator], FIX_DEFINITIONS['security-defaults.disable'].requiredRoles),
    ).toBe(false);
    expect(
      hasAnyRole([ROLE.securityAdministrator], FIX_DEFINITIONS['security-defaults.disable'].requiredRoles),
    ).toBe(true);
    expect(hasAnyRole([], FIX_DEFINITIONS['modern-auth.guide'].requiredRoles)).toBe(true);
    expect(ALL_ADMIN_ROLES).toHaveLength(6);
  });

  it('preconditions refuse a missing or malformed target', () => {
    const mfa = FIX_DEFINITIONS['per-user-mfa.disable'];
    expect(() => assertPreconditions(mfa, {})).toThrow(BotError);
    expect(() => assertPreconditions(mfa, { userId: '../../policies' })).toThrow(BotError);
    expect(() => assertPreconditions(mfa, { userId: '0f9e3c5a-1b2c-4d5e-8f90-123456789abc' })).not.toThrow();
    expect(() =>
      assertPreconditions(FIX_DEFINITIONS['smtp-auth.enable-mailbox'], { mailbox: 'not-a-mailbox' }),
    ).toThrow(BotError);
  });

  it('quotes the mailbox in the PowerShell', () => {
    expect(smtpAuthPowerShell("o'brien@contoso.com", true)[1]).toBe(
      "Set-CASMailbox -Identity 'o''brien@contoso.com' -SmtpClientAuthenticationDisabled $false",
    );
  });

  it('explains the sign-in error codes', () => {
    expect(explainSignInError(50126)).toEqual({ code: 50126, messageKey: 'fix.signin.50126', fixes: [] });
    expect(explainSignInError(50076).fixes).toContain('per-user-mfa.disable');
    expect(explainSignInError(53003).fixes).toEqual(['modern-auth.guide']);
    expect(explainSignInError(1).messageKey).toBe('fix.signin.other');
  });

  it('has an en-US message for every key it uses', () => {
    const keys = Object.values(FIX_DEFINITIONS).flatMap((d) => [d.titleKey, d.riskKey, d.expectedKey]);
    keys.push(...EXPLAINED_SIGN_IN_ERRORS.map((code) => `fix.signin.${code}`), 'fix.signin.other');
    for (const key of keys) expect(catalog[key]).toEqual(expect.any(String));
    expect(isFixActionId('security-defaults.disable')).toBe(true);
    expect(() => getFixDefinition('rm -rf')).toThrow(BotError);
  });
});

describe('stableId', () => {
  it('is stable, short and distinct per key (FNV-1a 64)', () => {
    expect(stableId('')).toBe('fx-cbf29ce484222325');
    expect(stableId('a')).toBe('fx-af63dc4c8601ec8c');
    expect(stableId('t1\nwt-1\nsecurity-defaults.disable')).toBe(
      stableId('t1\nwt-1\nsecurity-defaults.disable'),
    );
    expect(stableId('t1\nwt-1\nsecurity-defaults.disable')).not.toBe(
      stableId('t2\nwt-1\nsecurity-defaults.disable'),
    );
    expect(stableId('ü'.repeat(500))).toMatch(/^fx-[0-9a-f]{16}$/);
  });
});
