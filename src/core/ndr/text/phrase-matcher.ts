/**
 * Case-insensitive multi-phrase search in one linear pass (Aho-Corasick compiled to a DFA). Characters are mapped to
 * classes first (one class per distinct character of the phrases, 0 for every other character). ASCII classes and
 * the rest have separate transition tables, so the table the scan reads for ASCII text is states × ~45 entries of
 * 2 bytes and stays in cache. No input can make it backtrack.
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

type StateTable = Uint16Array | Uint32Array;

function stateTable(states: number, size: number): StateTable {
  return states < 65536 ? new Uint16Array(size) : new Uint32Array(size);
}

export class PhraseMatcher {
  private readonly lengths: readonly number[];
  /** Folded code of a non-ASCII character → its column in `wideNext`; 0 for characters no phrase contains. */
  private readonly wideClass = new Uint16Array(65536);
  /** Raw ASCII code → its column in `asciiNext`, case folding included; 0 for characters no phrase contains. */
  private readonly asciiClass = new Uint16Array(ASCII);
  private readonly asciiClasses: number;
  private readonly wideClasses: number;
  /** `asciiNext[state * asciiClasses + class]` and `wideNext[state * wideClasses + class]`: the DFA. */
  private readonly asciiNext: StateTable;
  private readonly wideNext: StateTable;
  /** 1 where a state ends at least one phrase: the scan loop checks this before touching `outputs`. */
  private readonly terminal: Uint8Array;
  private readonly outputs: number[][] = [[]];

  constructor(phrases: readonly string[]) {
    this.lengths = phrases.map((phrase) => phrase.length);
    // Character classes: ASCII ones first (1..asciiClasses-1), then the rest, so one trie holds both.
    const classOf = new Uint16Array(65536);
    let classes = 1;
    const assign = (wantAscii: boolean) => {
      for (const phrase of phrases) {
        for (let i = 0; i < phrase.length; i += 1) {
          const code = fold(phrase.charCodeAt(i));
          if (code < ASCII === wantAscii && classOf[code] === 0) classOf[code] = classes++;
        }
      }
    };
    assign(true);
    const asciiClasses = classes;
    assign(false);
    for (let code = 0; code < ASCII; code += 1) this.asciiClass[code] = classOf[fold(code)]!;
    for (const phrase of phrases) {
      for (let i = 0; i < phrase.length; i += 1) {
        const code = fold(phrase.charCodeAt(i));
        if (code >= ASCII) this.wideClass[code] = classOf[code]! - asciiClasses + 1;
      }
    }
    this.asciiClasses = asciiClasses;
    this.wideClasses = classes - asciiClasses + 1;

    const edges = new Map<number, number>();
    phrases.forEach((phrase, index) => {
      let state = 0;
      for (let i = 0; i < phrase.length; i += 1) {
        const key = state * EDGE_KEY + classOf[fold(phrase.charCodeAt(i))]!;
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

    // Breadth-first over one full table: a state moves like its failure state, except along its own trie edges.
    const next = stateTable(states, states * classes);
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
    // Split the table: ASCII columns, and the other columns with "any other character" (class 0) as column 0.
    this.asciiNext = stateTable(states, states * asciiClasses);
    this.wideNext = stateTable(states, states * this.wideClasses);
    for (let state = 0; state < states; state += 1) {
      const row = state * classes;
      this.asciiNext.set(next.subarray(row, row + asciiClasses), state * asciiClasses);
      const wideRow = state * this.wideClasses;
      this.wideNext[wideRow] = next[row]!;
      this.wideNext.set(next.subarray(row + asciiClasses, row + classes), wideRow + 1);
    }
    this.terminal = new Uint8Array(states);
    this.outputs.forEach((found, state) => {
      if (found.length > 0) this.terminal[state] = 1;
    });
  }

  /** Calls `onMatch` for every occurrence of every phrase in `text[from, to)`; stops early when it returns false. */
  scan(text: string, onMatch: (match: PhraseMatch) => boolean | void, from = 0, to = text.length): void {
    const { asciiNext, asciiClasses, asciiClass, wideNext, wideClasses, wideClass, terminal } = this;
    let state = 0;
    for (let i = from; i < to; i += 1) {
      const raw = text.charCodeAt(i);
      state =
        raw < ASCII
          ? asciiNext[state * asciiClasses + asciiClass[raw]!]!
          : wideNext[state * wideClasses + wideClass[fold(raw)]!]!;
      if (terminal[state] === 1) {
        for (const phrase of this.outputs[state]!) {
          const length = this.lengths[phrase]!;
          if (onMatch({ phrase, start: i + 1 - length, end: i + 1 }) === false) return;
        }
      }
    }
  }
}
