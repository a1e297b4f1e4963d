import { createTranslator } from '../../../src/core/i18n';

// Languages with more plural forms than English: the translator must pick the right one.
const steps = '{count, plural, one {# krok} few {# kroky} many {# kroku} other {# kroků}}';
const hrSteps = '{count, plural, one {# korak} few {# koraka} other {# koraka_}}';
const catalogs = {
  'en-US': { 'ui.steps-count': '{count, plural, one {# step} other {# steps}}' },
  'cs-CZ': { 'ui.steps-count': steps },
  'hr-HR': { 'ui.steps-count': hrSteps },
};

describe('ICU plurals in locales with few/many', () => {
  it('Czech uses one, few, many (fractions) and other', () => {
    const t = createTranslator('cs', { catalogs, strict: true });
    expect(t.locale).toBe('cs-CZ');
    expect(t.t('ui.steps-count', { count: 1 })).toBe('1 krok');
    expect(t.t('ui.steps-count', { count: 3 })).toBe('3 kroky');
    expect(t.t('ui.steps-count', { count: 1.5 })).toBe('1,5 kroku');
    expect(t.t('ui.steps-count', { count: 5 })).toBe('5 kroků');
  });

  it('Croatian uses one for 21, few for 3 and 24, other for 5 and 11', () => {
    const t = createTranslator('hr', { catalogs, strict: true });
    expect(t.locale).toBe('hr-HR');
    expect(t.t('ui.steps-count', { count: 21 })).toBe('21 korak');
    expect(t.t('ui.steps-count', { count: 3 })).toBe('3 koraka');
    expect(t.t('ui.steps-count', { count: 24 })).toBe('24 koraka');
    expect(t.t('ui.steps-count', { count: 5 })).toBe('5 koraka_');
    expect(t.t('ui.steps-count', { count: 11 })).toBe('11 koraka_');
  });
});
