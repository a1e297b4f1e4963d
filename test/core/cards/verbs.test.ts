import { BotError } from '../../../src/core/errors';
import { ALL_VERBS, parseCardAction, VERBS, type CardActionData } from '../../../src/core/cards';
import { samplePlaybook } from './helpers/fakes';

const lookup = (id: string) => (id === 'smtp-auth' ? samplePlaybook : undefined);
const ref = { walkthroughId: 'wt-1', playbook: 'smtp-auth' as const, step: 'enable-mailbox' };

function rejects(value: unknown, withLookup = true): void {
  let thrown: unknown;
  try {
    parseCardAction(value, withLookup ? lookup : undefined);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(BotError);
  expect((thrown as BotError).code).toBe('CARD_ACTION_INVALID');
}

describe('VERBS', () => {
  it('are the dotted verbs the bot routes, all distinct', () => {
    expect([...ALL_VERBS].sort()).toEqual(
      [
        'diagnose.run',
        'fix.apply',
        'fix.approve',
        'fix.reject',
        'fix.request',
        'fix.undo',
        'fix.verify',
        'helpdesk.ask',
        'locale.set',
        'outcome.fixed',
        'outcome.still-failing',
        'step.goto',
        'step.next',
        'step.previous',
      ].sort(),
    );
    expect(VERBS.fixApply).toBe('fix.apply');
  });
});

describe('parseCardAction accepts', () => {
  const valid: CardActionData[] = [
    { verb: 'step.next', ...ref, step: 'summary' },
    { verb: 'step.previous', ...ref },
    { verb: 'step.goto', ...ref, step: 'security-defaults' },
    { verb: 'outcome.fixed', ...ref },
    { verb: 'outcome.still-failing', ...ref },
    { verb: 'helpdesk.ask', ...ref },
    { verb: 'fix.apply', ...ref, fixId: 'smtp-auth.enable-mailbox' },
    { verb: 'fix.request', ...ref, fixId: 'smtp-auth.enable-mailbox' },
    { verb: 'diagnose.run', ...ref, step: 'diagnose', fixId: 'diagnose.smtp-auth' },
    { verb: 'fix.approve', fixId: 'security-defaults.disable', approvalId: 'apr-42' },
    { verb: 'fix.reject', ...ref, fixId: 'security-defaults.disable', approvalId: 'apr-42' },
    { verb: 'fix.undo', fixId: 'per-user-mfa.disable', approvalId: 'apr-42' },
    { verb: 'fix.verify', fixId: 'smtp-auth.enable-mailbox', approvalId: 'apr-42' },
    { verb: 'locale.set', locale: 'fi-FI' },
    { verb: 'locale.set', locale: 'zh-Hant-TW', ...ref },
  ];
  it.each(valid.map((data) => [data.verb, data] as const))('%s', (_verb, data) => {
    expect(parseCardAction(data, lookup)).toEqual(data);
    // JSON round trip, as it arrives from Teams.
    expect(parseCardAction(JSON.parse(JSON.stringify(data)), lookup)).toEqual(data);
  });

  it("tolerates the step card's mailbox input sent along with any action, and checks it", () => {
    expect(parseCardAction({ verb: 'step.next', ...ref, mailbox: '' }, lookup)).toMatchObject({
      verb: 'step.next',
    });
    expect(
      parseCardAction(
        { verb: 'fix.request', ...ref, fixId: 'security-defaults.disable', mailbox: 'a@b.example' },
        lookup,
      ),
    ).toMatchObject({ fixId: 'security-defaults.disable' });
    rejects({ verb: 'step.next', ...ref, mailbox: 42 });
    rejects({ verb: 'step.next', ...ref, mailbox: 'x'.repeat(255) });
  });

  it('skips the step check without a lookup but still checks the playbook id', () => {
    expect(parseCardAction({ verb: 'step.next', ...ref, step: 'any-step' })).toMatchObject({
      step: 'any-step',
    });
    rejects({ verb: 'step.next', ...ref, playbook: 'made-up' }, false);
  });
});

describe('parseCardAction rejects hostile or malformed input', () => {
  const cases: Array<[string, unknown]> = [
    ['undefined', undefined],
    ['null', null],
    ['a string', 'step.next'],
    ['a number', 42],
    ['an array', [{ verb: 'step.next', ...ref }]],
    ['a class instance', Object.assign(new Date(), { verb: 'step.next', ...ref })],
    ['no verb', { ...ref }],
    ['an unknown verb', { verb: 'fix.apply-all', ...ref }],
    ['a verb with different case', { verb: 'Step.Next', ...ref }],
    ['a non-string verb', { verb: ['step.next'], ...ref }],
    ['a missing walkthrough id', { verb: 'step.next', playbook: 'smtp-auth', step: 'summary' }],
    ['a numeric walkthrough id', { verb: 'step.next', ...ref, walkthroughId: 12345 }],
    ['an oversized walkthrough id', { verb: 'step.next', ...ref, walkthroughId: 'a'.repeat(65) }],
    ['a walkthrough id with markup', { verb: 'step.next', ...ref, walkthroughId: '<script>' }],
    ['an unknown playbook', { verb: 'step.next', ...ref, playbook: 'smtp-auth2' }],
    ['a prototype key as playbook', { verb: 'step.next', ...ref, playbook: 'constructor' }],
    ['an unknown step', { verb: 'step.goto', ...ref, step: 'disable-everything' }],
    ['a step of another shape', { verb: 'step.goto', ...ref, step: '../../etc' }],
    ['a numeric step', { verb: 'step.goto', ...ref, step: 2 }],
    ['an oversized step', { verb: 'step.goto', ...ref, step: 'a'.repeat(10_000) }],
    ['a missing fix id', { verb: 'fix.apply', ...ref }],
    ['an unknown fix id', { verb: 'fix.apply', ...ref, fixId: 'tenant.delete' }],
    ['a fix id on a navigation verb', { verb: 'step.next', ...ref, fixId: 'smtp-auth.enable-mailbox' }],
    ['an extra field', { verb: 'step.next', ...ref, isAdmin: true }],
    [
      'a __proto__ field',
      JSON.parse(
        `{"verb":"step.next","walkthroughId":"wt-1","playbook":"smtp-auth","step":"summary","__proto__":{"isAdmin":true}}`,
      ),
    ],
    [
      'too many fields',
      { verb: 'fix.approve', ...ref, fixId: 'diagnose.smtp-auth', approvalId: 'a', a: 1, b: 2 },
    ],
    ['an approval without id', { verb: 'fix.approve', fixId: 'security-defaults.disable' }],
    [
      'an approval id that is an object',
      { verb: 'fix.approve', fixId: 'security-defaults.disable', approvalId: {} },
    ],
    [
      'a partial walkthrough on an approval',
      { verb: 'fix.approve', fixId: 'security-defaults.disable', approvalId: 'a', walkthroughId: 'wt' },
    ],
    ['a locale.set without locale', { verb: 'locale.set' }],
    ['a garbage locale', { verb: 'locale.set', locale: 'en_US; DROP TABLE' }],
    ['an oversized locale', { verb: 'locale.set', locale: `en-${'x'.repeat(200)}` }],
  ];
  it.each(cases)('%s', (_name, value) => rejects(value));
});
