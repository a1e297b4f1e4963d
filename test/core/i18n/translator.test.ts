import { BotError } from '../../../src/core/errors';
import { createTranslator } from '../../../src/core/i18n';

describe('createTranslator', () => {
  it('formats en-US messages with ICU arguments and plurals', () => {
    const t = createTranslator('en-US', { strict: true });
    expect(t.locale).toBe('en-US');
    expect(t.direction).toBe('ltr');
    expect(t.t('ui.step-of', { current: 2, total: 5 })).toBe('Step 2 of 5');
    expect(t.t('ui.steps-count', { count: 1 })).toBe('1 step');
    expect(t.t('ui.steps-count', { count: 4 })).toBe('4 steps');
  });

  it('negotiates the requested locale and falls back to en-US for unknown ones', () => {
    expect(createTranslator('en-GB').locale).toBe('en-US');
    expect(createTranslator('xx-garbage!!').locale).toBe('en-US');
    expect(createTranslator(undefined).locale).toBe('en-US');
  });

  it('returns the key for a message missing everywhere, and throws in strict mode', () => {
    expect(createTranslator('en-US').t('no.such.key')).toBe('no.such.key');
    expect(createTranslator('en-US').has('no.such.key')).toBe(false);
    expect(() => createTranslator('en-US', { strict: true }).t('no.such.key')).toThrow(BotError);
  });

  it('reports a missing ICU argument in strict mode and falls back to the key otherwise', () => {
    expect(() => createTranslator('en-US', { strict: true }).t('ui.step-of')).toThrow(
      expect.objectContaining({ code: 'MESSAGE_FORMAT_FAILED' }),
    );
    expect(createTranslator('en-US').t('ui.step-of')).toBe('ui.step-of');
  });

  it('keeps angle brackets and PowerShell variables as text', () => {
    const line =
      'Run Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false, then wait.';
    const t = createTranslator('en-US', { catalogs: { 'en-US': { 'ui.ps': line } }, strict: true });
    expect(t.t('ui.ps')).toBe(line);
  });
});

describe('createTranslator with injected catalogs', () => {
  const catalogs = {
    'en-US': { 'ui.next': 'Next step', 'ui.only-en': 'Only in English', 'ui.hello': 'Hello {name}' },
    'de-DE': { 'ui.next': 'Nächster Schritt', 'ui.hello': 'Hallo {name}' },
    'ar-SA': { 'ui.next': 'الخطوة التالية' },
  };

  it('uses the locale, falls back to en-US per key, and reports direction', () => {
    const de = createTranslator('de', { catalogs });
    expect(de.locale).toBe('de-DE');
    expect(de.direction).toBe('ltr');
    expect(de.t('ui.next')).toBe('Nächster Schritt');
    expect(de.t('ui.only-en')).toBe('Only in English');
    expect(de.t('ui.hello', { name: 'Ana' })).toBe('Hallo Ana');
    expect(de.has('ui.only-en')).toBe(true);

    const ar = createTranslator('ar', { catalogs });
    expect(ar.locale).toBe('ar-SA');
    expect(ar.direction).toBe('rtl');
    expect(ar.t('ui.next')).toBe('الخطوة التالية');
  });

  it('formats select on booleans and leaves unused params alone', () => {
    const t = createTranslator('en-US', {
      catalogs: { 'en-US': { 'ui.flag': '{on, select, true {on} other {off}}' } },
      strict: true,
    });
    expect(t.t('ui.flag', { on: true })).toBe('on');
    expect(t.t('ui.flag', { on: false, extra: 'ignored' })).toBe('off');
  });
});
