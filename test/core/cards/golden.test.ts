import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildErrorCard,
  buildFallbackCard,
  buildHelpCard,
  buildHelpdeskHandoffCard,
  buildWelcomeCard,
  previewFileName,
  previewPlaybookCards,
  sampleFor,
  serializeCard,
  type AdaptiveCard,
} from '../../../src/core/cards';
import { BotError } from '../../../src/core/errors';
import { createTranslator, SUPPORTED_LOCALES } from '../../../src/core/i18n';
import { PLAYBOOK_IDS } from '../../../src/core/ndr/types';
import { getPlaybook } from '../../../src/core/playbooks';
import { validateCard } from './helpers/validate-card';

/**
 * Golden cards: test/golden/cards/<locale>/<playbook>.<nn>-<name>.json (and common.<name>.json for the cards outside
 * a walkthrough). Regenerate after an intended change with `UPDATE_GOLDEN=1 npx jest test/core/cards`.
 */
const GOLDEN_ROOT = join(__dirname, '..', '..', 'golden', 'cards');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

function commonCards(locale: string): Array<[string, AdaptiveCard]> {
  const t = createTranslator(locale, { strict: true });
  const sample = sampleFor('smtp-auth');
  const smtpAuth = getPlaybook('smtp-auth');
  return [
    ['common.welcome.json', buildWelcomeCard({ t, locales: SUPPORTED_LOCALES })],
    ['common.help.json', buildHelpCard({ t })],
    [
      'common.fallback-unknown-code.json',
      buildFallbackCard({
        t,
        walkthroughId: 'preview',
        finding: {
          ...sampleFor('general').finding,
          playbook: null,
          status: '5.9.999',
          reply: '550',
          evidence: '550 5.9.999 Rejected by policy XYZ',
        },
        details: sample.details,
      }),
    ],
    ['common.fallback-nothing-found.json', buildFallbackCard({ t, walkthroughId: 'preview', finding: null })],
    [
      'common.error.json',
      buildErrorCard(new BotError('INPUT_TOO_LARGE', { params: { limit: '1 MB', max: '1 MB' } }), t),
    ],
    [
      'common.helpdesk-handoff.json',
      buildHelpdeskHandoffCard({
        t,
        askedBy: 'Ana Horvat',
        finding: sample.finding,
        details: sample.details,
        playbookTitleKey: smtpAuth.titleKey,
        stepTitleKey: smtpAuth.steps[0]?.titleKey,
      }),
    ],
  ];
}

function expectedFiles(locale: string): Map<string, AdaptiveCard> {
  const files = new Map<string, AdaptiveCard>();
  const t = createTranslator(locale, { strict: true });
  for (const playbookId of PLAYBOOK_IDS) {
    for (const named of previewPlaybookCards(playbookId, t))
      files.set(previewFileName(playbookId, named), named.card);
  }
  for (const [name, card] of commonCards(locale)) files.set(name, card);
  return files;
}

describe.each(SUPPORTED_LOCALES.map((locale) => [locale]))('cards in %s', (locale) => {
  const files = expectedFiles(locale);
  const dir = join(GOLDEN_ROOT, locale);

  it('every card validates with the adaptivecards SDK (no errors or warnings) and renders', () => {
    const problems = [...files].flatMap(([name, card]) =>
      validateCard(card).map((problem) => `${name}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  it('every walkthrough card is in the right direction for the locale', () => {
    const rtl = createTranslator(locale).direction === 'rtl';
    for (const card of files.values()) expect(card.rtl === true).toBe(rtl);
  });

  it('matches the golden files', () => {
    if (UPDATE) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      for (const [name, card] of files) writeFileSync(join(dir, name), serializeCard(card));
    }
    expect(existsSync(dir)).toBe(true);
    const onDisk = readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort();
    expect(onDisk).toEqual([...files.keys()].sort());
    for (const [name, card] of files) {
      expect({ name, json: readFileSync(join(dir, name), 'utf8') }).toEqual({
        name,
        json: serializeCard(card),
      });
    }
  });
});

it('golden files exist only for supported locales', () => {
  const dirs = existsSync(GOLDEN_ROOT) ? readdirSync(GOLDEN_ROOT).sort() : [];
  if (UPDATE) {
    for (const stale of dirs.filter((dir) => !(SUPPORTED_LOCALES as readonly string[]).includes(dir))) {
      rmSync(join(GOLDEN_ROOT, stale), { recursive: true, force: true });
    }
  }
  const after = readdirSync(GOLDEN_ROOT).sort();
  expect(after).toEqual([...SUPPORTED_LOCALES].sort());
});
