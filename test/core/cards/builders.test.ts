import { BotError } from '../../../src/core/errors';
import {
  buildErrorCard,
  buildFallbackCard,
  buildHelpCard,
  buildHelpdeskHandoffCard,
  buildStepCard,
  buildSummaryCard,
  buildWalkthroughCards,
  buildWelcomeCard,
  parseCardAction,
  sampleFor,
  type AdaptiveCard,
  type CardElement,
  type RichTextBlock,
  type TextBlock,
  type WalkthroughCardInput,
} from '../../../src/core/cards';
import { fakeTranslator, samplePlaybook } from './helpers/fakes';
import {
  allActions,
  executeActions,
  MAX_CARD_BYTES,
  renderCardHtml,
  validateCard,
} from './helpers/validate-card';

const HOSTILE =
  '550 5.7.1 [click here](https://evil.example/login) **urgent** <a href="javascript:alert(1)">x</a> mailto:ceo@evil.example www.evil.example \u202egnp.exe # > ~ `code` _x_';

function walkthrough(overrides: Partial<WalkthroughCardInput> = {}): WalkthroughCardInput {
  const sample = sampleFor('smtp-auth');
  return {
    t: fakeTranslator(),
    walkthroughId: 'wt-123',
    finding: sample.finding,
    details: sample.details,
    playbook: samplePlaybook,
    steps: samplePlaybook.steps,
    ...overrides,
  };
}

function elements(card: AdaptiveCard): CardElement[] {
  const out: CardElement[] = [];
  const visit = (items: readonly CardElement[]): void => {
    for (const item of items) {
      out.push(item);
      if (item.type === 'Container') visit(item.items);
      if (item.type === 'ColumnSet') item.columns.forEach((column) => visit(column.items));
    }
  };
  visit(card.body);
  return out;
}

const textBlocks = (card: AdaptiveCard): TextBlock[] =>
  elements(card).filter((element): element is TextBlock => element.type === 'TextBlock');
const runs = (card: AdaptiveCard) =>
  elements(card)
    .filter((element): element is RichTextBlock => element.type === 'RichTextBlock')
    .flatMap((block) => block.inlines);

function expectSafe(card: AdaptiveCard): void {
  const json = JSON.stringify(card);
  expect(json).not.toMatch(/https?:\/\/evil/i);
  expect(json).not.toMatch(/mailto:ceo/i);
  expect(json).not.toContain('www.evil');
  expect(json).not.toContain('\u202e');
  // User text never reaches a Markdown-processed TextBlock.
  for (const block of textBlocks(card)) expect(block.text).not.toContain('evil');
}

describe('buildSummaryCard', () => {
  it('is an Adaptive Card 1.5 with the finding, the diagnosis, the step list and start/helpdesk buttons', () => {
    const card = buildSummaryCard(walkthrough());
    expect(card).toMatchObject({
      type: 'AdaptiveCard',
      version: '1.5',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    });
    expect(card.rtl).toBeUndefined();
    const texts = textBlocks(card).map((block) => block.text);
    expect(texts).toContain('[playbook.smtp-auth.title]');
    expect(texts).toContain('[playbook.smtp-auth.diagnosis]');
    expect(texts).toContain('[variant.smtp-auth.disabled-tenant]');
    expect(texts.join('\n')).toContain('3. [playbook.smtp-auth.security-defaults.title]');
    const evidence = runs(card).find((run) => run.text.includes('SmtpClientAuthentication'));
    expect(evidence?.fontType).toBe('Monospace');
    expect(runs(card).some((run) => run.text === '535 5.7.139' && run.fontType === 'Monospace')).toBe(true);
    expect(executeActions(card).map((action) => action.verb)).toEqual(['step.next', 'helpdesk.ask']);
    expect(executeActions(card)[0]?.data).toEqual({
      verb: 'step.next',
      walkthroughId: 'wt-123',
      playbook: 'smtp-auth',
      step: 'summary',
    });
    expect(validateCard(card)).toEqual([]);
  });

  it('omits the variant explanation when the catalog has none and the start button when no step is planned', () => {
    const t = fakeTranslator('en-US', 'ltr', (key) => !key.startsWith('variant.'));
    const card = buildSummaryCard(walkthrough({ t, steps: [] }));
    expect(JSON.stringify(card)).not.toContain('variant.');
    expect(executeActions(card).map((action) => action.verb)).toEqual(['helpdesk.ask']);
    expect(validateCard(card)).toEqual([]);
  });

  it('escapes hostile evidence: no Markdown, no live links, no bidi override, truncated', () => {
    const sample = sampleFor('smtp-auth');
    const long = `${HOSTILE} ${'x'.repeat(2000)}`;
    const card = buildSummaryCard(walkthrough({ finding: { ...sample.finding, evidence: long } }));
    expectSafe(card);
    const evidence = runs(card).find((run) => run.text.includes('hxxps://evil.example'));
    expect(evidence).toBeDefined();
    expect(evidence?.text).toContain('[click here](hxxps://evil.example/login)');
    expect(evidence?.text).toContain('mailto[:]ceo@evil.example');
    expect(evidence?.text).toContain('javascript[:]alert');
    expect(Array.from(evidence?.text ?? '').length).toBeLessThanOrEqual(300);
    expect(evidence?.text.endsWith('…')).toBe(true);
    expect(validateCard(card)).toEqual([]);
    const html = renderCardHtml(card);
    expect(html).not.toMatch(/<a[\s>]|<script|<strong>|<em>/i);
    expect(html).toContain(
      '[click here](hxxps://evil.example/login) **urgent** &lt;a href="javascript[:]alert(1)"',
    );
  });

  it('sets rtl for right-to-left locales', () => {
    const card = buildSummaryCard(walkthrough({ t: fakeTranslator('ar-SA', 'rtl') }));
    expect(card.rtl).toBe(true);
    expect(validateCard(card)).toEqual([]);
  });

  it('adds a per-user refresh when user ids are given', () => {
    const card = buildSummaryCard(walkthrough({ refreshUserIds: ['user-a', 'user-b'] }));
    expect(card.refresh).toEqual({
      action: {
        type: 'Action.Execute',
        verb: 'step.goto',
        data: { verb: 'step.goto', walkthroughId: 'wt-123', playbook: 'smtp-auth', step: 'summary' },
      },
      userIds: ['user-a', 'user-b'],
    });
    expect(validateCard(card)).toEqual([]);
  });
});

describe('buildStepCard', () => {
  it('shows "step n of total", the body, where to click with a link, PowerShell in monospace', () => {
    const card = buildStepCard({ ...walkthrough(), stepIndex: 1 });
    const texts = textBlocks(card).map((block) => block.text);
    expect(texts[0]).toBe('[ui.step-of current=2 total=3]');
    expect(texts).toContain('[playbook.smtp-auth.enable-mailbox.title]');
    expect(texts).toContain('[playbook.smtp-auth.enable-mailbox.body]');
    expect(texts).toContain('[playbook.smtp-auth.enable-mailbox.path]');
    const link = allActions(card).find((action) => action.type === 'Action.OpenUrl');
    expect(link).toEqual({
      type: 'Action.OpenUrl',
      title: '[ui.button.open-portal portal=[ui.portal.m365-admin]]',
      url: 'https://admin.microsoft.com/#/users',
    });
    const shell = runs(card).filter(
      (run) => run.text.startsWith('Set-CASMailbox') || run.text.startsWith('Get-'),
    );
    expect(shell).toHaveLength(2);
    shell.forEach((run) => expect(run.fontType).toBe('Monospace'));
    expect(validateCard(card)).toEqual([]);
  });

  it('shows the security cost in a warning container', () => {
    const card = buildStepCard({ ...walkthrough(), stepIndex: 2 });
    const warning = elements(card).find(
      (element) => element.type === 'Container' && element.style === 'warning',
    );
    expect(JSON.stringify(warning)).toContain('[playbook.smtp-auth.security-defaults.risk]');
    expect(JSON.stringify(warning)).toContain('[ui.label.security-cost]');
  });

  it('offers "Apply fix" to admins and "Request fix" to others, only for offered fixes of the step', () => {
    const admin = buildStepCard({
      ...walkthrough({ fixActions: [{ fixId: 'security-defaults.disable', canApply: true }] }),
      stepIndex: 2,
    });
    const user = buildStepCard({
      ...walkthrough({ fixActions: [{ fixId: 'security-defaults.disable', canApply: false }] }),
      stepIndex: 2,
    });
    const none = buildStepCard({
      ...walkthrough({ fixActions: [{ fixId: 'smtp-auth.enable-mailbox', canApply: true }] }),
      stepIndex: 2,
    });
    const fixVerbs = (card: AdaptiveCard) =>
      executeActions(card)
        .filter((action) => action.verb.startsWith('fix.'))
        .map((action) => [action.verb, action.data['fixId']]);
    expect(fixVerbs(admin)).toEqual([['fix.apply', 'security-defaults.disable']]);
    expect(fixVerbs(user)).toEqual([['fix.request', 'security-defaults.disable']]);
    expect(fixVerbs(none)).toEqual([]);
    expect(validateCard(admin)).toEqual([]);
  });

  it('asks for the mailbox on fix steps when the NDR named no sender, and only then', () => {
    const offers = { fixActions: [{ fixId: 'security-defaults.disable' as const, canApply: false }] };
    const withoutSender = buildStepCard({
      ...walkthrough({ ...offers, details: { ...walkthrough().details, sender: null } }),
      stepIndex: 2,
    });
    const input = elements(withoutSender).find((element) => element.type === 'Input.Text');
    expect(input).toMatchObject({ id: 'mailbox', style: 'email', label: '[ui.fix.mailbox-label]' });
    expect(validateCard(withoutSender)).toEqual([]);
    const withSender = buildStepCard({ ...walkthrough(offers), stepIndex: 2 });
    expect(elements(withSender).some((element) => element.type === 'Input.Text')).toBe(false);
    const noFixes = buildStepCard({
      ...walkthrough({ details: { ...walkthrough().details, sender: null } }),
      stepIndex: 1,
    });
    expect(elements(noFixes).some((element) => element.type === 'Input.Text')).toBe(false);
  });

  it('offers diagnose.run to admins on a diagnosis step', () => {
    const card = buildStepCard({
      ...walkthrough({ fixActions: [{ fixId: 'diagnose.smtp-auth', canApply: true }] }),
      stepIndex: 0,
    });
    expect(executeActions(card).find((action) => action.verb === 'diagnose.run')?.data).toMatchObject({
      fixId: 'diagnose.smtp-auth',
      step: 'diagnose',
    });
  });

  it('navigates: previous always (back to the summary from step 1), next except on the last step, outcomes', () => {
    const first = executeActions(buildStepCard({ ...walkthrough(), stepIndex: 0 })).map(
      (action) => action.verb,
    );
    const last = executeActions(buildStepCard({ ...walkthrough(), stepIndex: 2 })).map(
      (action) => action.verb,
    );
    expect(first).toEqual([
      'step.previous',
      'step.next',
      'outcome.fixed',
      'outcome.still-failing',
      'helpdesk.ask',
    ]);
    expect(last).toEqual(['step.previous', 'outcome.fixed', 'outcome.still-failing', 'helpdesk.ask']);
  });

  it('throws UNKNOWN_STEP for an index outside the plan', () => {
    expect(() => buildStepCard({ ...walkthrough(), stepIndex: 3 })).toThrow(BotError);
    expect(() => buildStepCard({ ...walkthrough(), stepIndex: -1 })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_STEP' }),
    );
  });
});

describe('every action of a walkthrough', () => {
  const cards = buildWalkthroughCards({
    ...walkthrough(),
    fixActions: [
      { fixId: 'diagnose.smtp-auth', canApply: true },
      { fixId: 'smtp-auth.enable-mailbox', canApply: false },
      { fixId: 'security-defaults.disable', canApply: true },
    ],
  });

  it('names the cards 00-summary, 01-<step>, ...', () => {
    expect(cards.map((card) => card.name)).toEqual([
      '00-summary',
      '01-diagnose',
      '02-enable-mailbox',
      '03-security-defaults',
    ]);
  });

  it('uses Action.Execute with an Action.Submit fallback carrying the same verb and data', () => {
    for (const { card } of cards) {
      for (const action of executeActions(card)) {
        expect(action.data['verb']).toBe(action.verb);
        expect(action.fallback).toEqual({
          type: 'Action.Submit',
          title: action.title,
          data: action.data,
          ...(action.style ? { style: action.style } : {}),
          ...(action.tooltip ? { tooltip: action.tooltip } : {}),
        });
      }
    }
  });

  it('carries data that parseCardAction accepts, including the step check against the playbook', () => {
    const lookup = () => samplePlaybook;
    for (const { card } of cards) {
      for (const action of executeActions(card)) {
        expect(parseCardAction(action.data, lookup)).toEqual(action.data);
      }
    }
  });
});

describe('buildFallbackCard', () => {
  it('shows what was found (escaped) and how to read an NDR, with a helpdesk button', () => {
    const finding = { ...sampleFor('general').finding, evidence: HOSTILE, playbook: null };
    const card = buildFallbackCard({ t: fakeTranslator(), walkthroughId: 'wt-9', finding });
    expectSafe(card);
    const texts = textBlocks(card).map((block) => block.text);
    expect(texts).toEqual(
      expect.arrayContaining(['[ui.fallback.title]', '[ui.fallback.found]', '[ui.fallback.how-to-read]']),
    );
    expect(executeActions(card).map((action) => action.data)).toEqual([
      { verb: 'helpdesk.ask', walkthroughId: 'wt-9', playbook: 'general', step: 'summary' },
    ]);
    expect(validateCard(card)).toEqual([]);
  });

  it('says nothing was found when there is no finding', () => {
    const card = buildFallbackCard({ t: fakeTranslator(), walkthroughId: 'wt-9', finding: null });
    const texts = textBlocks(card).map((block) => block.text);
    expect(texts).toContain('[ui.fallback.nothing-found]');
    expect(texts).not.toContain('[ui.fallback.found]');
    expect(validateCard(card)).toEqual([]);
  });
});

describe('welcome, help and error cards', () => {
  it('welcome card offers a language picker with locale.set', () => {
    const card = buildWelcomeCard({ t: fakeTranslator(), locales: ['en-US', 'fi-FI', 'ar-SA'] });
    const picks = executeActions(card).map((action) => action.data);
    expect(picks).toEqual([
      { verb: 'locale.set', locale: 'en-US' },
      { verb: 'locale.set', locale: 'fi-FI' },
      { verb: 'locale.set', locale: 'ar-SA' },
    ]);
    picks.forEach((data) => expect(parseCardAction(data)).toEqual(data));
    expect(validateCard(card)).toEqual([]);
  });

  it('help card validates', () => {
    const card = buildHelpCard({ t: fakeTranslator() });
    expect(textBlocks(card).map((block) => block.text)).toEqual(['[ui.help.title]', '[ui.help.body]']);
    expect(validateCard(card)).toEqual([]);
  });

  it('error card shows the localized message and the code, never the detail, a stack or raw params', () => {
    const error = new BotError('UNKNOWN_LOCALE', {
      params: { locale: '[x](https://evil.example)' },
      detail: 'secret internal detail',
      cause: new TypeError('boom'),
    });
    const card = buildErrorCard(error, fakeTranslator());
    const json = JSON.stringify(card);
    expect(json).toContain('error.UNKNOWN_LOCALE');
    expect(json).toContain('UNKNOWN_LOCALE');
    expect(json).not.toContain('secret internal detail');
    expect(json).not.toContain('boom');
    expect(json).not.toContain('at ');
    expect(json).not.toContain('https://evil');
    expect(validateCard(card)).toEqual([]);
  });

  it('error card falls back to error.INTERNAL when the catalog lacks the code', () => {
    const t = fakeTranslator('en-US', 'ltr', (key) => key !== 'error.GRAPH_THROTTLED');
    const card = buildErrorCard(new BotError('GRAPH_THROTTLED'), t);
    expect(JSON.stringify(card)).toContain('[error.INTERNAL]');
  });
});

describe('buildHelpdeskHandoffCard', () => {
  it('lists who asked, the code, variant, evidence, recipients, sender, subject and servers as plain runs', () => {
    const sample = sampleFor('smtp-auth');
    const card = buildHelpdeskHandoffCard({
      t: fakeTranslator(),
      askedBy: 'Mallory [admin](https://evil.example)',
      finding: { ...sample.finding, evidence: HOSTILE },
      details: {
        ...sample.details,
        recipients: Array.from({ length: 14 }, (_, index) => `user${index}@fabrikam.example`),
        subject: 'Invoice www.evil.example',
      },
      playbookTitleKey: samplePlaybook.titleKey,
      stepTitleKey: samplePlaybook.steps[1]?.titleKey,
    });
    expectSafe(card);
    const text = runs(card)
      .map((run) => run.text)
      .join('\n');
    expect(text).toContain('Mallory [admin](hxxps://evil.example)');
    expect(text).toContain('535 5.7.139');
    expect(text).toContain('smtp-auth.disabled-tenant');
    expect(text).toContain('user9@fabrikam.example (+4)');
    expect(text).not.toContain('user10@');
    expect(text).toContain('scanner@contoso.example');
    expect(text).toContain('mx.fabrikam.example');
    expect(text).toContain('[playbook.smtp-auth.enable-mailbox.title]');
    expect(validateCard(card)).toEqual([]);
  });
});

describe('size', () => {
  it('keeps the biggest card (long evidence, many recipients, every feature) under 80 KB', () => {
    const sample = sampleFor('smtp-auth');
    const huge = 'ж'.repeat(100_000);
    const many = Array.from({ length: 5000 }, (_, index) => `${huge.slice(0, 50)}${index}@example.com`);
    const cards: AdaptiveCard[] = [
      buildSummaryCard(walkthrough({ finding: { ...sample.finding, evidence: huge } })),
      buildStepCard({
        ...walkthrough({ refreshUserIds: Array.from({ length: 500 }, (_, i) => `u${i}`) }),
        stepIndex: 1,
      }),
      buildHelpdeskHandoffCard({
        t: fakeTranslator(),
        askedBy: huge,
        finding: { ...sample.finding, evidence: huge },
        details: { ...sample.details, recipients: many, subject: huge, sender: huge },
      }),
    ];
    for (const card of cards) {
      expect(Buffer.byteLength(JSON.stringify(card), 'utf8')).toBeLessThan(MAX_CARD_BYTES);
      expect(validateCard(card)).toEqual([]);
    }
  });
});
