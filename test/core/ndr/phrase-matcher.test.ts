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
