import '../i18n/esm-interop';
import { definePlaybook, defineStep, planSteps, statusMatches } from '../../../src/core/playbooks';

const playbook = definePlaybook('general', [
  defineStep('general', 'first'),
  defineStep('general', 'for-a', { forVariants: ['x.a'] }),
  defineStep('general', 'for-a-and-b', { forVariants: ['x.a', 'x.b'], forStatuses: ['5.7.1'] }),
  defineStep('general', 'for-range', { forStatuses: ['5.7.606-649'] }),
  defineStep('general', 'last'),
]);

const ids = (status: string | null, variant: string | null) =>
  planSteps(playbook, { status, variant }).map((step) => step.id);

describe('planSteps', () => {
  it('leads with the steps aimed at the variant, then the general steps, in playbook order', () => {
    expect(ids(null, 'x.a')).toEqual(['for-a', 'for-a-and-b', 'first', 'last']);
    expect(ids('5.7.1', 'x.b')).toEqual(['for-a-and-b', 'first', 'last']);
  });

  it('uses the status when no step names the variant', () => {
    expect(ids('5.7.1', 'x.unknown')).toEqual(['for-a-and-b', 'first', 'last']);
    expect(ids('5.7.610', null)).toEqual(['for-range', 'first', 'last']);
  });

  it('shows every step when nothing is aimed at the finding', () => {
    const all = ['first', 'for-a', 'for-a-and-b', 'for-range', 'last'];
    expect(ids(null, null)).toEqual(all);
    expect(ids('5.1.1', 'y.other')).toEqual(all);
  });

  it('returns a fresh array the caller may change', () => {
    const plan = planSteps(playbook, { status: null, variant: null });
    plan.pop();
    expect(playbook.steps).toHaveLength(5);
  });
});

describe('statusMatches', () => {
  it.each([
    ['5.7.64', '5.7.64', true],
    ['5.7.64', '5.7.640', false],
    ['5.7.606-649', '5.7.606', true],
    ['5.7.606-649', '5.7.649', true],
    ['5.7.606-649', '5.7.650', false],
    ['5.7.606-649', '4.7.610', false],
    ['4.7.500-699', '4.7.5', false],
    ['4.7.500-699', 'garbage', false],
  ])('%s matches %s: %s', (pattern, status, expected) => {
    expect(statusMatches(pattern, status)).toBe(expected);
  });
});
