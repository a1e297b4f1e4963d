import { decodeEncodedWords } from '../../../src/core/ndr/text/encoded-words';

describe('decodeEncodedWords', () => {
  it.each([
    ['=?UTF-8?B?w7xiZXI=?= x', 'über x'],
    ['Undeliverable: =?iso-8859-1?Q?Caf=E9_menu?=', 'Undeliverable: Café menu'],
    ['=?utf-8?q?a?= =?utf-8?q?b?=', 'ab'],
    ['=?ISO-2022-JP?B?GyRCRnxLXDhsGyhC?=', '日本語'],
    ['=?x-unknown?B?aGVsbG8=?=', 'hello'],
    ['plain subject', 'plain subject'],
    ['broken =?utf-8?B?', 'broken =?utf-8?B?'],
  ])('%s', (input, expected) => {
    expect(decodeEncodedWords(input)).toBe(expected);
  });
});
