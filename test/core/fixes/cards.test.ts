import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AdaptiveCard } from '../../../src/core/cards/types';
import { newApproval, transition, type Approval } from '../../../src/core/fixes/approval';
import { buildApprovalCard, buildDiagnosisCard, buildGuideCard } from '../../../src/core/fixes/cards';
import { diagnoseSmtpAuth } from '../../../src/core/fixes/diagnosis';
import { notChecked, ok } from '../../../src/core/fixes/read-result';
import enUS from '../../../src/core/i18n/catalogs/en-US.json';
import { createTranslator } from '../../../src/core/i18n';
import { validateCard } from '../cards/helpers/validate-card';
import { admin, user } from './fakes';

/** Golden fix cards: test/core/fixes/golden/*.json. Regenerate with `UPDATE_GOLDEN=1 npx jest test/core/fixes/cards`. */
const GOLDEN = join(__dirname, 'golden');
const t = createTranslator('en-US', { catalogs: { 'en-US': enUS }, strict: true });
const now = new Date('2026-11-25T08:00:00Z');

function approvalIn(state: 'requested' | 'applied' | 'failed' | 'dry-run' | 'manual'): Approval {
  const base = newApproval({
    id: 'ap-golden',
    tenantId: user.tenantId,
    fixId: state === 'manual' ? 'smtp-auth.enable-mailbox' : 'security-defaults.disable',
    target: state === 'manual' ? { mailbox: 'scanner@contoso.com' } : {},
    reason: 'The *scanner* says 535 5.7.139 [click](https://evil.example)',
    offeredFixes: ['security-defaults.disable', 'smtp-auth.enable-mailbox'],
    requestedBy: { ...user, teamsId: '29:uma' },
    now,
    ttlHours: 24,
  });
  if (state === 'requested') return base;
  const applying = transition(
    transition(base, { type: 'approve', by: admin }, now),
    { type: 'start-apply', by: admin },
    now,
  );
  if (state === 'failed') {
    return transition(
      applying,
      {
        type: 'fail',
        result: {
          path: 'graph',
          errorCode: 'GRAPH_PERMISSION_MISSING',
          errorParams: { permission: 'Policy.ReadWrite.SecurityDefaults' },
        },
      },
      now,
    );
  }
  const result =
    state === 'applied'
      ? { path: 'graph' as const, requestId: '8d3f0a52-1c1b-4a6e-9c55-0e4b7a2f9d10' }
      : state === 'manual'
        ? { path: 'manual' as const }
        : {
            path: 'dry-run' as const,
            request: {
              method: 'PATCH' as const,
              version: 'v1.0' as const,
              path: '/policies/identitySecurityDefaultsEnforcementPolicy',
              body: { isEnabled: false },
            },
          };
  return transition(applying, { type: 'succeed', result }, now);
}

const diagnosis = diagnoseSmtpAuth({
  securityDefaults: ok({ isEnabled: true }),
  perUserMfa: ok({ perUserMfaState: 'enforced' }),
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
  conditionalAccess: notChecked('missing-permission', 'Policy.Read.All'),
  smtpSignIns: ok([{ status: { errorCode: 50076 } }]),
  mailboxSmtpAuthDisabled: notChecked('not-configured'),
});
const ref = { walkthroughId: 'wt-golden', playbook: 'smtp-auth', step: 'check-tenant' };

const CARDS: [string, AdaptiveCard][] = [
  [
    'approval.requested.admin.json',
    buildApprovalCard(approvalIn('requested'), t, { canDecide: true, refreshUserIds: ['29:uma'] }),
  ],
  [
    'approval.requested.requester.json',
    buildApprovalCard(approvalIn('requested'), t, { canDecide: false, note: t.t('fix.card.requested') }),
  ],
  ['approval.applied.json', buildApprovalCard(approvalIn('applied'), t, { canDecide: true })],
  ['approval.failed.json', buildApprovalCard(approvalIn('failed'), t, { canDecide: true })],
  ['approval.dry-run.json', buildApprovalCard(approvalIn('dry-run'), t, { canDecide: true })],
  ['approval.manual.json', buildApprovalCard(approvalIn('manual'), t, { canDecide: true })],
  [
    'diagnosis.admin.json',
    buildDiagnosisCard(diagnosis, t, { ...ref, canApply: true, refreshUserIds: ['29:ada'] }),
  ],
  ['diagnosis.user.json', buildDiagnosisCard(diagnosis, t, { ...ref, canApply: false })],
  ['guide.json', buildGuideCard(t)],
];

describe('fix cards', () => {
  it.each(CARDS)('%s is a valid Adaptive Card 1.5 that the SDK renders', (_name, card) => {
    expect(validateCard(card)).toEqual([]);
    expect(card.version).toBe('1.5');
  });

  it.each(CARDS)('%s matches its golden file', (name, card) => {
    const file = join(GOLDEN, name);
    const json = `${JSON.stringify(card, null, 2)}\n`;
    if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(file)) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, json);
    }
    // Compared as data: the files are Prettier-formatted.
    expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });

  it('user text never becomes Markdown and the requester view has no decision buttons', () => {
    const requester = JSON.stringify(CARDS[1]![1]);
    expect(requester).toContain('"type":"TextRun"');
    expect(requester).not.toContain('"verb":"fix.approve"');
    const admin = CARDS[0]![1];
    expect(admin.refresh?.userIds).toEqual(['29:uma']);
    expect(admin.refresh?.action.verb).toBe('fix.status');
    expect(JSON.stringify(CARDS[7]![1])).toContain('"verb":"fix.request"');
    expect(JSON.stringify(CARDS[6]![1])).not.toContain('"verb":"fix.request"');
  });
});
