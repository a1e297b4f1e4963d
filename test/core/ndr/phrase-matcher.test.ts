import { PhraseMatcher, type PhraseMatch } from '../../../src/core/ndr/text/phrase-matcher';

function matches(phrases: string[], text: string): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  new PhraseMatcher(phrases).scan(text, (match) => {
    found.push(match);
  });
  return found;
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

  it('stops when the callback says so', () => {
    let count = 0;
    new PhraseMatcher(['a']).scan('aaaa', () => {
      count += 1;
      return count < 2;
    });
    expect(count).toBe(2);
  });

  it('scans only the given range', () => {
    const found: number[] = [];
    new PhraseMatcher(['ab']).scan('ab ab ab', (match) => void found.push(match.start), 2, 6);
    expect(found).toEqual([3]);
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
      const phrases = Array.from({ length: 1 + random(8) }, () => word(1 + random(4)));
      const text = word(200);
      const found = matches(phrases, text).map((match) => `${match.phrase}@${match.start}`);
      expect(found.sort()).toEqual(naive(phrases, text));
    }
  });
});
