import { PhraseMatcher, type PhraseMatch } from '../../../src/core/ndr/text/phrase-matcher';

function matches(phrases: string[], text: string, prefixLength?: number): PhraseMatch[] {
  return new PhraseMatcher(phrases, prefixLength).scan(text);
}

describe('PhraseMatcher', () => {
  it('finds overlapping phrases case-insensitively with offsets', () => {
    expect(matches(['he', 'she', 'hers'], 'uSHErs')).toEqual([
      { phrase: 1, start: 1, end: 4 },
      { phrase: 0, start: 2, end: 4 },
      { phrase: 2, start: 2, end: 6 },
    ]);
  });

  it('folds non-ASCII letters', () => {
    expect(matches(['генериращ сървър:', 'záhlaví'], 'ГЕНЕРИРАЩ СЪРВЪР: x ZÁHLAVÍ')).toHaveLength(2);
  });

  it('finds a phrase after a partial match of another', () => {
    expect(matches(['abcd', 'bce'], 'abce').map((match) => match.phrase)).toEqual([1]);
  });

  it('stops at the limit or right after a phrase marked to stop at', () => {
    expect(new PhraseMatcher(['a']).scan('aaaa', { limit: 2 })).toHaveLength(2);
    const matcher = new PhraseMatcher(['a', 'stop']);
    expect(matcher.scan('a a stop a a', { stopAfter: Uint8Array.of(0, 1) }).map((m) => m.phrase)).toEqual([
      0, 0, 1,
    ]);
  });

  it('checks a long phrase to its end after its prefix matched', () => {
    expect(matches(['abcdef', 'abcxyz'], 'abcdeX abcxyz abcdef', 3)).toEqual([
      { phrase: 1, start: 7, end: 13 },
      { phrase: 0, start: 14, end: 20 },
    ]);
    expect(matches(['abcdef'], 'xx abcde', 3)).toEqual([]);
  });

  it('scans only the given range', () => {
    const found = new PhraseMatcher(['ab']).scan('ab ab ab', { from: 2, to: 6 });
    expect(found.map((match) => match.start)).toEqual([3]);
  });
});

describe('PhraseMatcher against a naive search', () => {
  /** Every occurrence of every phrase, by lower-casing both sides and searching at every offset. */
  function naive(phrases: string[], text: string): string[] {
    const lowerText = text.toLowerCase();
    const found: string[] = [];
    for (let end = 1; end <= text.length; end += 1) {
      phrases.forEach((phrase, index) => {
        const start = end - phrase.length;
        if (start >= 0 && lowerText.slice(start, end) === phrase.toLowerCase())
          found.push(`${index}@${start}`);
      });
    }
    return found.sort();
  }

  it('finds exactly what a naive search finds on random text over a small alphabet', () => {
    const alphabet = ['a', 'b', 'A', 'č', 'Č', 'ж', 'Ж', ' ', 'x'];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const word = (length: number) =>
      Array.from({ length }, () => alphabet[random(alphabet.length)]!).join('');
    for (let round = 0; round < 50; round += 1) {
      const phrases = Array.from({ length: 1 + random(8) }, () => word(1 + random(6)));
      const text = word(200);
      const expected = naive(phrases, text);
      // The whole phrase in the automaton, and only its first two characters (the rest checked on a hit).
      for (const prefixLength of [undefined, 2]) {
        const found = matches(phrases, text, prefixLength).map((match) => `${match.phrase}@${match.start}`);
        expect(found.sort()).toEqual(expected);
      }
    }
  });
});
