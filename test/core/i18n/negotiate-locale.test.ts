import {
  directionOf,
  isSupportedLocale,
  matchLocale,
  negotiateLocale,
  PLANNED_LOCALES,
  SUPPORTED_LOCALES,
} from '../../../src/core/i18n';

describe('matchLocale over the planned locales', () => {
  it.each([
    ['hr', 'hr-HR'],
    ['fi', 'fi-FI'],
    ['cs', 'cs-CZ'],
    ['de-AT', 'de-DE'],
    ['fr-CA', 'fr-FR'],
    ['es-MX', 'es-ES'],
    ['ja', 'ja-JP'],
    ['ar-EG', 'ar-SA'],
    ['en-GB', 'en-US'],
    ['hr-hr', 'hr-HR'],
    ['ro_RO', 'ro-RO'],
    ['  bg-BG  ', 'bg-BG'],
  ])('%s -> %s', (requested, expected) => {
    expect(matchLocale(requested, PLANNED_LOCALES)).toBe(expected);
  });

  it('maps pt to pt-BR only when a pt-BR catalog exists', () => {
    expect(matchLocale('pt', PLANNED_LOCALES)).toBe('pt-BR');
    expect(matchLocale('pt', ['en-US', 'de-DE'])).toBe('en-US');
  });

  it.each([['xx'], ['zz-ZZ'], ['not a locale!'], [''], ['   '], ['*'], ['en-US-x-'], [null], [undefined]])(
    'falls back to en-US for %p',
    (requested) => {
      expect(matchLocale(requested, PLANNED_LOCALES)).toBe('en-US');
    },
  );
});

describe('negotiateLocale over the shipped catalogs', () => {
  it('always returns a supported locale', () => {
    for (const requested of ['hr', 'fi', 'pt', 'en-GB', 'garbage', undefined, null, 'ar']) {
      const locale = negotiateLocale(requested);
      expect(SUPPORTED_LOCALES).toContain(locale);
      expect(isSupportedLocale(locale)).toBe(true);
    }
    expect(negotiateLocale('en-GB')).toBe('en-US');
    expect(negotiateLocale('qq-QQ')).toBe('en-US');
    expect(negotiateLocale('hr')).toBe('hr-HR');
    expect(negotiateLocale('fi')).toBe('fi-FI');
    expect(negotiateLocale('pt')).toBe('pt-BR');
    expect(negotiateLocale('pt-PT')).toBe('pt-BR');
  });

  it('lists en-US first', () => {
    expect(SUPPORTED_LOCALES[0]).toBe('en-US');
  });

  it('picks a shipped translation when one exists', () => {
    for (const locale of SUPPORTED_LOCALES) {
      expect(negotiateLocale(locale)).toBe(locale);
      expect(negotiateLocale(locale.toLowerCase())).toBe(locale);
      expect(negotiateLocale(locale.split('-')[0])).toBe(locale);
    }
  });
});

describe('directionOf', () => {
  it.each([
    ['ar-SA', 'rtl'],
    ['he-IL', 'rtl'],
    ['fa', 'rtl'],
    ['ur-PK', 'rtl'],
    ['en-US', 'ltr'],
    ['hr-HR', 'ltr'],
    ['ja-JP', 'ltr'],
  ])('%s is %s', (locale, direction) => {
    expect(directionOf(locale)).toBe(direction);
  });
});
