import {
  defangLinks,
  escapeMarkdown,
  MAX_FIELD_CHARS,
  sanitizeUserText,
  truncate,
  userTextForMarkdown,
} from '../../../src/core/cards';

describe('defangLinks', () => {
  it.each([
    ['see https://evil.example/x', 'see hxxps://evil.example/x'],
    ['HTTP://EVIL.EXAMPLE', 'HxxP://EVIL.EXAMPLE'],
    ['http://a and https://b', 'hxxp://a and hxxps://b'],
    ['mailto:ceo@evil.example', 'mailto[:]ceo@evil.example'],
    ['javascript:alert(1)', 'javascript[:]alert(1)'],
    ['visit www.evil.example', 'visit www[.]evil.example'],
    ['msteams://teams.microsoft.com/l/chat', 'msteams[:]//teams.microsoft.com/l/chat'],
    ['Diagnostic data: none', 'Diagnostic data: none'],
    ['535 5.7.139 Authentication unsuccessful', '535 5.7.139 Authentication unsuccessful'],
  ])('%s', (input, expected) => {
    expect(defangLinks(input)).toBe(expected);
  });
});

describe('escapeMarkdown', () => {
  it('escapes every Markdown special so the text shows literally', () => {
    expect(escapeMarkdown('[a](b) **c** _d_ # e > f ~ `g` \\')).toBe(
      '\\[a\\]\\(b\\) \\*\\*c\\*\\* \\_d\\_ \\# e \\> f \\~ \\`g\\` \\\\',
    );
  });
  it('stops a leading number from starting an ordered list', () => {
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
  });
});

describe('sanitizeUserText', () => {
  it('keeps one line and drops control and bidi-override characters', () => {
    expect(sanitizeUserText('a\r\nb\tc\u0000d\u202eevil\u2066e\ufeff')).toBe('a b cdevile');
  });
  it('caps the length with an ellipsis, counting code points', () => {
    const text = sanitizeUserText('😀'.repeat(500));
    expect(Array.from(text)).toHaveLength(MAX_FIELD_CHARS);
    expect(text.endsWith('…')).toBe(true);
  });
  it('leaves ordinary evidence untouched', () => {
    const line = '530 5.7.57 Client not authenticated to send mail. [AM0PR01CA0001.eurprd01.prod.example]';
    expect(sanitizeUserText(line, 300)).toBe(line);
  });
});

describe('truncate and userTextForMarkdown', () => {
  it('truncates only when longer than the limit', () => {
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('abcd', 3)).toBe('ab…');
  });
  it('sanitizes then escapes', () => {
    expect(userTextForMarkdown('[x](https://evil.example)')).toBe('\\[x\\]\\(hxxps://evil.example\\)');
  });
});
