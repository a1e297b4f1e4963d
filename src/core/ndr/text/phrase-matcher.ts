/**
 * Case-insensitive multi-phrase search in one linear pass (Aho-Corasick). ASCII transitions are a dense table, so
 * the inner loop is one array read per character and no input can make it backtrack.
 */

export interface PhraseMatch {
  /** Index of the phrase in the list given to the matcher. */
  phrase: number;
  /** Offset of the first character of the match in the searched text. */
  start: number;
  end: number;
}

const ASCII = 128;
const foldCache = new Int32Array(65536).fill(-1);

function fold(code: number): number {
  if (code < ASCII) return code >= 65 && code <= 90 ? code + 32 : code;
  const cached = foldCache[code]!;
  if (cached !== -1) return cached;
  const lower = String.fromCharCode(code).toLowerCase();
  const folded = lower.length === 1 ? lower.charCodeAt(0) : code;
  foldCache[code] = folded;
  return folded;
}

export class PhraseMatcher {
  private readonly asciiNext: Int32Array;
  private readonly wideNext: Map<number, number>[] = [];
  private readonly failure: number[] = [];
  private readonly outputs: number[][] = [];
  private readonly lengths: number[];
  /** 1 where a state ends at least one phrase: the scan loop checks this before touching `outputs`. */
  private terminal: Uint8Array = new Uint8Array(0);

  constructor(phrases: readonly string[]) {
    this.lengths = phrases.map((phrase) => phrase.length);
    const trie: Map<number, number>[] = [new Map()];
    this.outputs.push([]);
    phrases.forEach((phrase, index) => {
      let state = 0;
      for (let i = 0; i < phrase.length; i += 1) {
        const code = fold(phrase.charCodeAt(i));
        let next = trie[state]!.get(code);
        if (next === undefined) {
          next = trie.length;
          trie.push(new Map());
          this.outputs.push([]);
          trie[state]!.set(code, next);
        }
        state = next;
      }
      this.outputs[state]!.push(index);
    });

    const states = trie.length;
    this.asciiNext = new Int32Array(states * ASCII);
    this.failure = new Array<number>(states).fill(0);
    for (let s = 0; s < states; s += 1) this.wideNext.push(new Map());

    // Breadth-first: each state's transitions are its trie edges, else its failure state's transitions.
    const queue: number[] = [];
    for (let c = 0; c < ASCII; c += 1) {
      const child = trie[0]!.get(c);
      this.asciiNext[c] = child ?? 0;
      if (child !== undefined) queue.push(child);
    }
    for (const [c, child] of trie[0]!) {
      if (c >= ASCII) {
        this.wideNext[0]!.set(c, child);
        queue.push(child);
      }
    }
    for (let head = 0; head < queue.length; head += 1) {
      const state = queue[head]!;
      const fail = this.failure[state]!;
      this.outputs[state]!.push(...this.outputs[fail]!);
      // A state moves like its failure state, except along its own trie edges.
      this.asciiNext.copyWithin(state * ASCII, fail * ASCII, fail * ASCII + ASCII);
      for (const [c, child] of trie[state]!) {
        if (c < ASCII) {
          this.failure[child] = this.asciiNext[fail * ASCII + c]!;
          this.asciiNext[state * ASCII + c] = child;
        } else {
          this.failure[child] = this.stepWide(fail, c);
          this.wideNext[state]!.set(c, child);
        }
        queue.push(child);
      }
    }
    this.markTerminals();
  }

  private markTerminals(): void {
    this.terminal = new Uint8Array(this.outputs.length);
    this.outputs.forEach((found, state) => {
      if (found.length > 0) this.terminal[state] = 1;
    });
  }

  private stepWide(state: number, code: number): number {
    let current = state;
    for (;;) {
      const next = this.wideNext[current]!.get(code);
      if (next !== undefined) return next;
      if (current === 0) return 0;
      current = this.failure[current]!;
    }
  }

  /** Calls `onMatch` for every occurrence of every phrase in `text[from, to)`; stops early when it returns false. */
  scan(text: string, onMatch: (match: PhraseMatch) => boolean | void, from = 0, to = text.length): void {
    const asciiNext = this.asciiNext;
    const outputs = this.outputs;
    const terminal = this.terminal;
    let state = 0;
    for (let i = from; i < to; i += 1) {
      const raw = text.charCodeAt(i);
      if (raw < ASCII) {
        state = asciiNext[state * ASCII + (raw >= 65 && raw <= 90 ? raw + 32 : raw)]!;
      } else {
        state = this.stepWide(state, fold(raw));
      }
      if (terminal[state] === 1) {
        for (const phrase of outputs[state]!) {
          const length = this.lengths[phrase]!;
          if (onMatch({ phrase, start: i + 1 - length, end: i + 1 }) === false) return;
        }
      }
    }
  }
}
