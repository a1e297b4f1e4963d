import { BotError } from '../../../src/core/errors';
import { isTerminal, newApproval, transition, type Approval } from '../../../src/core/fixes/approval';
import { admin, user, TENANT } from './fakes';

const now = new Date('2026-11-25T08:00:00Z');
const base = (): Approval =>
  newApproval({
    id: 'a1',
    tenantId: TENANT,
    fixId: 'security-defaults.disable',
    target: {},
    reason: 'printer cannot send',
    offeredFixes: ['security-defaults.disable'],
    requestedBy: user,
    now,
    ttlHours: 24,
  });

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof BotError ? error.code : 'not-a-bot-error';
  }
  return undefined;
}

describe('approval state machine', () => {
  it('walks requested → approved → applying → applied and records who decided', () => {
    const approved = transition(base(), { type: 'approve', by: admin }, now);
    expect(approved.state).toBe('approved');
    expect(approved.decidedBy?.aadObjectId).toBe(admin.aadObjectId);
    const applying = transition(approved, { type: 'start-apply', by: admin }, now);
    const applied = transition(
      applying,
      { type: 'succeed', result: { path: 'graph', requestId: 'r1' } },
      now,
    );
    expect(applied.state).toBe('applied');
    expect(applied.result).toEqual({ path: 'graph', requestId: 'r1' });
    expect(applied.history.map((h) => h.state)).toEqual(['requested', 'approved', 'applying', 'applied']);
    expect(isTerminal(applied.state)).toBe(true);
  });

  it('expires after the TTL', () => {
    expect(base().expiresAt).toBe('2026-11-26T08:00:00.000Z');
    const later = new Date('2026-11-26T08:00:00Z');
    expect(codeOf(() => transition(base(), { type: 'approve', by: admin }, later))).toBe('APPROVAL_EXPIRED');
    expect(transition(base(), { type: 'expire' }, later).state).toBe('expired');
  });

  it.each([
    ['requested', 'start-apply'],
    ['requested', 'succeed'],
    ['approved', 'approve'],
    ['approved', 'reject'],
    ['applying', 'approve'],
    ['applied', 'start-apply'],
    ['rejected', 'approve'],
    ['failed', 'start-apply'],
    ['expired', 'approve'],
  ] as const)('refuses %s --%s-->', (state, type) => {
    const approval = { ...base(), state };
    const event = type === 'succeed' ? { type, result: { path: 'graph' as const } } : { type, by: admin };
    expect(codeOf(() => transition(approval, event, now))).toBe('APPROVAL_INVALID_TRANSITION');
  });

  it('rejects and fails are terminal', () => {
    const rejected = transition(base(), { type: 'reject', by: admin }, now);
    expect(rejected.state).toBe('rejected');
    const applying = { ...base(), state: 'applying' as const };
    const failed = transition(
      applying,
      { type: 'fail', result: { path: 'graph', errorCode: 'GRAPH_THROTTLED' } },
      now,
    );
    expect(failed.state).toBe('failed');
    expect(failed.result?.errorCode).toBe('GRAPH_THROTTLED');
  });
});
