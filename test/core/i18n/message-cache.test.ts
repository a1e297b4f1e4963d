import { clearMessageCache } from '../../../src/core/i18n';
import { compileMessage } from '../../../src/core/i18n/message-cache';

describe('compileMessage', () => {
  it('compiles a message once per locale and text', () => {
    const first = compileMessage('en-US', 'Step {current} of {total}');
    expect(compileMessage('en-US', 'Step {current} of {total}')).toBe(first);
    expect(compileMessage('de-DE', 'Step {current} of {total}')).not.toBe(first);
    clearMessageCache();
    expect(compileMessage('en-US', 'Step {current} of {total}')).not.toBe(first);
  });

  it('throws on broken ICU syntax', () => {
    expect(() => compileMessage('en-US', 'Step {current of')).toThrow();
  });
});
