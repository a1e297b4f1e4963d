import { decode as libqpDecode } from 'libqp';
import { decodeQuotedPrintable } from '../../../src/core/ndr/text/quoted-printable';

const decoded = (text: string) => Buffer.from(decodeQuotedPrintable(text)).toString('latin1');

describe('decodeQuotedPrintable', () => {
  it('decodes escapes, soft line breaks and padding', () => {
    expect(decoded('Diagnostic =3D 550=20=\r\n5.7.57 client   \r\nnot=\nauthenticated=')).toBe(
      'Diagnostic = 550 5.7.57 client\r\nnotauthenticated',
    );
  });

  it('keeps a stray "=" and bad escapes as they are', () => {
    expect(decoded('a=zz b=4 c= d=\re =')).toBe('a=zz b=4 c= d=\re ');
  });

  it('decodes UTF-8 escapes to the bytes of the text', () => {
    expect(new TextDecoder().decode(decodeQuotedPrintable('Doru=C4=8Den=C3=AD se nezda=C5=99ilo'))).toBe(
      'Doručení se nezdařilo',
    );
  });

  it('keeps characters above ASCII (8-bit damage) as UTF-8', () => {
    expect(new TextDecoder().decode(decodeQuotedPrintable('Zpráva 😀 =3D ok'))).toBe('Zpráva 😀 = ok');
  });

  it('decodes exactly like libqp on random encoder output', () => {
    // Escapes, soft breaks with and without padding, stray "=" signs, blanks and both line ends.
    const alphabet = [
      '=3D',
      '=a0',
      '=\n',
      '=\r\n',
      '= \n',
      '=x',
      '=G1',
      'A',
      'f',
      '3',
      ' ',
      '\t',
      '\n',
      '\r\n',
    ];
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 500; round += 1) {
      const text = Array.from({ length: random(40) }, () => alphabet[random(alphabet.length)]!).join('');
      expect(Buffer.from(decodeQuotedPrintable(text))).toEqual(libqpDecode(text));
    }
  });

  it('runs in linear time on long runs of blanks and equals signs', () => {
    const start = Date.now();
    decodeQuotedPrintable(`${' '.repeat(2_000_000)}x${'='.repeat(2_000_000)}`);
    expect(Date.now() - start).toBeLessThan(2000);
  });
});
