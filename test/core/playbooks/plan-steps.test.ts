import {
  definePlaybook,
  defineStep,
  getPlaybook,
  planSteps,
  statusMatches,
} from '../../../src/core/playbooks';

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

describe('plans of the smaller families', () => {
  const plan = (id: string, status: string | null, variant: string | null) =>
    planSteps(getPlaybook(id), { status, variant }).map((step) => step.id);

  it('tenant-blocked: unregistered domains lead for 5.7.750, waiting for temporary 4.7.5xx', () => {
    expect(plan('tenant-blocked', '5.7.750', 'relay.unregistered-domain')).toEqual([
      'unregistered-domains',
      'find-source',
    ]);
    expect(plan('tenant-blocked', null, 'tenant.try-again-later')).toEqual(['wait-temporary', 'find-source']);
    expect(plan('tenant-blocked', '4.7.612', null)).toEqual(['wait-temporary', 'find-source']);
    expect(plan('tenant-blocked', '5.7.708', 'tenant.ip-not-accepted')).toEqual([
      'new-tenant',
      'contact-support',
      'find-source',
    ]);
  });

  it('relay-connector: each relay variant leads with its own fix', () => {
    expect(plan('relay-connector', '5.7.64', 'relay.tenant-attribution')[0]).toBe('update-connector');
    expect(plan('relay-connector', '5.7.68', 'relay.direct-send-rejected')[0]).toBe('direct-send');
    expect(plan('relay-connector', '5.7.1', 'relay.unable-to-relay')[0]).toBe('external-recipients');
  });

  it('banned-sender: the restricted-entities release for 5.1.8, delisting for a banned IP range', () => {
    expect(plan('banned-sender', '5.1.8', null)).toEqual(['secure-account', 'release-restricted']);
    expect(plan('banned-sender', '5.7.620', null)).toEqual(['delist-ip']);
  });

  it('general: shows all four reading steps', () => {
    expect(plan('general', null, null)).toEqual([
      'who-reported',
      'find-code',
      'remote-server',
      'ask-helpdesk',
    ]);
  });
});
