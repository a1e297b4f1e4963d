import { BotError, ERROR_CODES, errorMessageKey, isBotError, toBotError } from '../../src/core/errors';

describe('error catalogue', () => {
  it('gives every code an HTTP status and an i18n key', () => {
    for (const code of Object.keys(ERROR_CODES) as (keyof typeof ERROR_CODES)[]) {
      const error = new BotError(code);
      expect(error.messageKey).toBe(errorMessageKey(code));
      expect(error.httpStatus).toBeGreaterThanOrEqual(400);
    }
  });

  it('wraps anything thrown without losing the cause', () => {
    const cause = new TypeError('boom');
    const wrapped = toBotError(cause, 'GRAPH_UNAVAILABLE');
    expect(wrapped).toMatchObject({ code: 'GRAPH_UNAVAILABLE', cause });
    const original = new BotError('NOT_ADMIN', { params: { role: 'Exchange Administrator' } });
    expect(toBotError(original)).toBe(original);
    expect(isBotError('NOT_ADMIN')).toBe(false);
  });

  it('keeps the detail out of the user-facing key', () => {
    const error = new BotError('INPUT_UNREADABLE', { detail: '/etc/secret: EACCES' });
    expect(error.message).toContain('EACCES');
    expect(error.messageKey).toBe('error.INPUT_UNREADABLE');
  });
});
