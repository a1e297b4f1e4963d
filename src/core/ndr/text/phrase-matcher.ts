/**
 * Case-insensitive multi-phrase search in one linear pass (Aho-Corasick compiled to a DFA). Characters are mapped to
 * classes first (one class per distinct character of the phrases, class 0 for every other character), so the
 * transition table is states × classes, small enough to stay in cache, and the inner loop is two array reads per
 * character. No input can make it backtrack.
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

/** Trie edges are keyed `state * EDGE_KEY + class` in one Map: one Map for the whole trie builds much faster than one per state. */
const EDGE_KEY = 65536;

export class PhraseMatcher {
  private readonly lengths: readonly number[];
  /** Folded character code → class; 0 for characters no phrase contains. */
  private readonly classOf = new Uint16Array(65536);
  /** Raw ASCII code → class, case folding included. */
  private readonly asciiClass = new Uint16Array(ASCII);
  private readonly classes: number;
  /** `next[state * classes + class]`: the DFA. */
  private readonly next: Uint16Array | Uint32Array;
  /** 1 where a state ends at least one phrase: the scan loop checks this before touching `outputs`. */
  private readonly terminal: Uint8Array;
  private readonly outputs: number[][] = [[]];

  constructor(phrases: readonly string[]) {
    this.lengths = phrases.map((phrase) => phrase.length);
    let classes = 1;
    for (const phrase of phrases) {
      for (let i = 0; i < phrase.length; i += 1) {
        const code = fold(phrase.charCodeAt(i));
        if (this.classOf[code] === 0) this.classOf[code] = classes++;
      }
    }
    for (let code = 0; code < ASCII; code += 1) this.asciiClass[code] = this.classOf[fold(code)]!;
    this.classes = classes;

    const edges = new Map<number, number>();
    phrases.forEach((phrase, index) => {
      let state = 0;
      for (let i = 0; i < phrase.length; i += 1) {
        const key = state * EDGE_KEY + this.classOf[fold(phrase.charCodeAt(i))]!;
        let child = edges.get(key);
        if (child === undefined) {
          child = this.outputs.length;
          this.outputs.push([]);
          edges.set(key, child);
        }
        state = child;
      }
      this.outputs[state]!.push(index);
    });
    const states = this.outputs.length;
    const children: number[][] = Array.from({ length: states }, () => []);
    for (const [key, child] of edges) children[Math.floor(key / EDGE_KEY)]!.push(key % EDGE_KEY, child);

    // Breadth-first: a state moves like its failure state, except along its own trie edges.
    const next = states < 65536 ? new Uint16Array(states * classes) : new Uint32Array(states * classes);
    const failure = new Uint32Array(states);
    const queue: number[] = [];
    const rootEdges = children[0]!;
    for (let j = 0; j < rootEdges.length; j += 2) {
      next[rootEdges[j]!] = rootEdges[j + 1]!;
      queue.push(rootEdges[j + 1]!);
    }
    for (let head = 0; head < queue.length; head += 1) {
      const state = queue[head]!;
      const fail = failure[state]!;
      if (this.outputs[fail]!.length > 0) this.outputs[state]!.push(...this.outputs[fail]!);
      next.copyWithin(state * classes, fail * classes, fail * classes + classes);
      const own = children[state]!;
      for (let j = 0; j < own.length; j += 2) {
        const characterClass = own[j]!;
        const child = own[j + 1]!;
        failure[child] = next[fail * classes + characterClass]!;
        next[state * classes + characterClass] = child;
        queue.push(child);
      }
    }
    this.next = next;
    this.terminal = new Uint8Array(states);
    this.outputs.forEach((found, state) => {
      if (found.length > 0) this.terminal[state] = 1;
    });
  }

  /** Calls `onMatch` for every occurrence of every phrase in `text[from, to)`; stops early when it returns false. */
  scan(text: string, onMatch: (match: PhraseMatch) => boolean | void, from = 0, to = text.length): void {
    const { next, classes, asciiClass, classOf, terminal } = this;
    let state = 0;
    for (let i = from; i < to; i += 1) {
      const raw = text.charCodeAt(i);
      state = next[state * classes + (raw < ASCII ? asciiClass[raw]! : classOf[fold(raw)]!)]!;
      if (terminal[state] === 1) {
        for (const phrase of this.outputs[state]!) {
          const length = this.lengths[phrase]!;
          if (onMatch({ phrase, start: i + 1 - length, end: i + 1 }) === false) return;
        }
      }
    }
  }
}
