import type { FixId } from '../playbooks/types';
import type { ReadResult, NotCheckedReason } from './read-result';
import { explainSignInError, type SignInErrorExplanation } from './sign-in-errors';

/** Plan ids that contain Exchange but grant no mailbox (Exchange Foundation). */
const NON_MAILBOX_EXCHANGE_PLANS = ['113feb6c-3fe4-4440-bddc-54d774bf0318'];

/** The subset of Graph shapes the diagnosis reads (see graph-openapi-subset paths). */
export interface DiagnosisInput {
  securityDefaults: ReadResult<{ isEnabled?: boolean | null }>;
  perUserMfa: ReadResult<{ perUserMfaState?: string | null }>;
  user: ReadResult<{
    accountEnabled?: boolean | null;
    assignedPlans?: readonly {
      service?: string | null;
      capabilityStatus?: string | null;
      servicePlanId?: string | null;
    }[];
  }>;
  conditionalAccess: ReadResult<
    readonly {
      id?: string;
      displayName?: string | null;
      state?: string | null;
      conditions?: { clientAppTypes?: readonly string[] | null } | null;
      grantControls?: { builtInControls?: readonly string[] | null } | null;
    }[]
  >;
  /** Recent sign-ins with clientAppUsed 'Authenticated SMTP', newest first. */
  smtpSignIns: ReadResult<
    readonly { createdDateTime?: string; status?: { errorCode?: number | null } | null }[]
  >;
  /** SmtpClientAuthenticationDisabled for the mailbox (runbook Get-CASMailbox), when available. */
  mailboxSmtpAuthDisabled: ReadResult<boolean | null>;
}

/** Ids of the diagnosis checks; each has message keys `fix.check.<id>.<outcome>`. */
export type CheckId =
  | 'security-defaults'
  | 'per-user-mfa'
  | 'account-enabled'
  | 'exchange-licence'
  | 'conditional-access'
  | 'smtp-sign-ins'
  | 'mailbox-smtp-auth';

/** The outcome of one check. */
export interface Check {
  id: CheckId;
  outcome: 'passed' | 'failed' | 'not-checked';
  /** `fix.check.<id>.<outcome>`, or `fix.not-checked.<reason>` for not-checked. */
  messageKey: string;
  params: Readonly<Record<string, string | number>>;
  fixes: readonly FixId[];
}

/** The diagnosis: every check, sign-in errors explained, and the fixes that apply (ordered, unique). */
export interface Diagnosis {
  checks: readonly Check[];
  signInErrors: readonly SignInErrorExplanation[];
  applicableFixes: readonly FixId[];
}

const passed = (id: CheckId, params: Check['params'] = {}): Check => ({
  id,
  outcome: 'passed',
  messageKey: `fix.check.${id}.passed`,
  params,
  fixes: [],
});
const failed = (id: CheckId, fixes: readonly FixId[], params: Check['params'] = {}): Check => ({
  id,
  outcome: 'failed',
  messageKey: `fix.check.${id}.failed`,
  params,
  fixes,
});
const skipped = (
  id: CheckId,
  reason: NotCheckedReason,
  permission?: string,
  fixes: readonly FixId[] = [],
): Check => ({
  id,
  outcome: 'not-checked',
  messageKey: `fix.not-checked.${reason}`,
  params: permission ? { permission } : {},
  fixes,
});

function checkOf<T>(
  id: CheckId,
  read: ReadResult<T>,
  judge: (value: T) => Check,
  fixesWhenUnknown: readonly FixId[] = [],
): Check {
  return read.status === 'ok'
    ? judge(read.value)
    : skipped(id, read.reason, read.permission, fixesWhenUnknown);
}

/** Pure: turns Graph read results into checks and the fixes that apply. */
export function diagnoseSmtpAuth(input: DiagnosisInput): Diagnosis {
  const checks: Check[] = [
    checkOf('security-defaults', input.securityDefaults, (policy) =>
      policy.isEnabled === true
        ? failed('security-defaults', ['security-defaults.disable', 'modern-auth.guide'])
        : passed('security-defaults'),
    ),
    checkOf('per-user-mfa', input.perUserMfa, (req) =>
      req.perUserMfaState === 'enabled' || req.perUserMfaState === 'enforced'
        ? failed('per-user-mfa', ['per-user-mfa.disable', 'modern-auth.guide'], {
            state: req.perUserMfaState,
          })
        : passed('per-user-mfa'),
    ),
    checkOf('account-enabled', input.user, (user) =>
      user.accountEnabled === false ? failed('account-enabled', []) : passed('account-enabled'),
    ),
    checkOf('exchange-licence', input.user, (user) =>
      (user.assignedPlans ?? []).some(
        (plan) =>
          plan.service?.toLowerCase() === 'exchange' &&
          plan.capabilityStatus === 'Enabled' &&
          !NON_MAILBOX_EXCHANGE_PLANS.includes(plan.servicePlanId ?? ''),
      )
        ? passed('exchange-licence')
        : failed('exchange-licence', []),
    ),
    checkOf('conditional-access', input.conditionalAccess, (policies) => {
      const blocking = policies.filter(
        (policy) =>
          policy.state === 'enabled' &&
          (policy.conditions?.clientAppTypes ?? []).some(
            (type) => type === 'other' || type === 'exchangeActiveSync',
          ) &&
          (policy.grantControls?.builtInControls ?? []).includes('block'),
      );
      return blocking.length > 0
        ? failed('conditional-access', ['modern-auth.guide'], {
            policies: blocking.map((p) => p.displayName ?? p.id ?? '?').join(', '),
          })
        : passed('conditional-access');
    }),
    // Without the runbook nobody can read the switch, so the Exchange fix stays on offer (as a guide + verify).
    checkOf(
      'mailbox-smtp-auth',
      input.mailboxSmtpAuthDisabled,
      (disabled) =>
        disabled === true
          ? failed('mailbox-smtp-auth', ['smtp-auth.enable-mailbox'])
          : passed('mailbox-smtp-auth'),
      ['smtp-auth.enable-mailbox'],
    ),
  ];

  let signInErrors: SignInErrorExplanation[] = [];
  if (input.smtpSignIns.status === 'ok') {
    const codes = [
      ...new Set(
        input.smtpSignIns.value.map((entry) => entry.status?.errorCode ?? 0).filter((code) => code !== 0),
      ),
    ];
    signInErrors = codes.map(explainSignInError);
    checks.push(
      signInErrors.length > 0
        ? failed(
            'smtp-sign-ins',
            signInErrors.flatMap((e) => e.fixes),
            { codes: codes.join(', ') },
          )
        : passed('smtp-sign-ins', { count: input.smtpSignIns.value.length }),
    );
  } else {
    checks.push(skipped('smtp-sign-ins', input.smtpSignIns.reason, input.smtpSignIns.permission));
  }

  const fixes = new Set<FixId>(checks.flatMap((check) => check.fixes));
  // Basic auth for SMTP is being retired: the modern path is always worth showing.
  fixes.add('modern-auth.guide');
  const order: readonly FixId[] = [
    'security-defaults.disable',
    'per-user-mfa.disable',
    'smtp-auth.enable-mailbox',
    'modern-auth.guide',
  ];
  return { checks, signInErrors, applicableFixes: order.filter((id) => fixes.has(id)) };
}
