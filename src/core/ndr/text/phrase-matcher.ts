/**
 * Case-insensitive multi-phrase search in one linear pass: an Aho-Corasick automaton, compiled to a DFA, over the
 * first characters of each phrase; a prefix found is then checked against the rest of its phrase. Characters are
 * mapped to classes (one per distinct character of the phrases, 0 for every other character), and ASCII and
 * non-ASCII classes have separate tables, so the table read for ASCII text is a few hundred kilobytes and stays in
 * cache. Cutting phrases to their prefixes keeps the automaton (and its build at start-up) three times smaller.
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

export interface ScanOptions {
  from?: number;
  to?: number;
  /** Stop after this many matches. */
  limit?: number;
  /** Stop right after a match of a phrase whose entry is 1. */
  stopAfter?: Uint8Array;
}

type StateTable = Uint16Array | Uint32Array;

function stateTable(states: number, size: number): StateTable {
  return states < 65536 ? new Uint16Array(size) : new Uint32Array(size);
}

/** How many characters of each phrase the automaton holds; longer phrases are checked to their end on a hit. */
const DEFAULT_PREFIX_LENGTH = 12;

export class PhraseMatcher {
  /** Each phrase with every character folded, for the check after a prefix hit. */
  private readonly folded: readonly string[];
  private readonly prefixLengths: readonly number[];
  /** Folded code of a non-ASCII character → its column in `wideNext`; 0 for characters no prefix contains. */
  private readonly wideClass = new Uint16Array(65536);
  /** Raw ASCII code → its column in `asciiNext`, case folding included; 0 for characters no prefix contains. */
  private readonly asciiClass = new Uint16Array(ASCII);
  private readonly asciiClasses: number;
  private readonly wideClasses: number;
  /** `asciiNext[state * asciiClasses + class]` and `wideNext[state * wideClasses + class]`: the DFA. */
  private readonly asciiNext: StateTable;
  private readonly wideNext: StateTable;
  /** 1 where a state ends at least one prefix: the scan loop checks this before touching `outputs`. */
  private readonly terminal: Uint8Array;
  private readonly outputs: number[][] = [[]];

  constructor(phrases: readonly string[], prefixLength = DEFAULT_PREFIX_LENGTH) {
    this.folded = phrases.map((phrase) =>
      Array.from({ length: phrase.length }, (_, i) => String.fromCharCode(fold(phrase.charCodeAt(i)))).join(
        '',
      ),
    );
    this.prefixLengths = phrases.map((phrase) => Math.min(phrase.length, prefixLength));
    const prefixes = this.folded.map((phrase, index) => phrase.slice(0, this.prefixLengths[index]));
    // Character classes: ASCII ones first (1..asciiClasses-1), then the rest, so one trie holds both.
    const classOf = new Uint16Array(65536);
    let classes = 1;
    const assign = (wantAscii: boolean) => {
      for (const prefix of prefixes) {
        for (let i = 0; i < prefix.length; i += 1) {
          const code = prefix.charCodeAt(i);
          if (code < ASCII === wantAscii && classOf[code] === 0) classOf[code] = classes++;
        }
      }
    };
    assign(true);
    const asciiClasses = classes;
    assign(false);
    for (let code = 0; code < ASCII; code += 1) this.asciiClass[code] = classOf[fold(code)]!;
    for (const prefix of prefixes) {
      for (let i = 0; i < prefix.length; i += 1) {
        const code = prefix.charCodeAt(i);
        if (code >= ASCII) this.wideClass[code] = classOf[code]! - asciiClasses + 1;
      }
    }
    this.asciiClasses = asciiClasses;
    this.wideClasses = classes - asciiClasses + 1;

    const edges = new Map<number, number>();
    prefixes.forEach((prefix, index) => {
      let state = 0;
      for (let i = 0; i < prefix.length; i += 1) {
        const key = state * EDGE_KEY + classOf[prefix.charCodeAt(i)]!;
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

  /**
   * Every occurrence of every phrase in `text[from, to)`, in the order their prefixes end. Stops after `limit`
   * matches, or right after a match of a phrase marked 1 in `stopAfter`.
   */
  scan(text: string, options: ScanOptions = {}): PhraseMatch[] {
    const { asciiNext, asciiClasses, asciiClass, wideNext, wideClasses, wideClass, terminal } = this;
    const { from = 0, to = text.length, limit = Number.POSITIVE_INFINITY, stopAfter } = options;
    const found: PhraseMatch[] = [];
    let state = 0;
    for (let i = from; i < to; i += 1) {
      const raw = text.charCodeAt(i);
      state =
        raw < ASCII
          ? asciiNext[state * asciiClasses + asciiClass[raw]!]!
          : wideNext[state * wideClasses + wideClass[fold(raw)]!]!;
      if (terminal[state] === 1) {
        for (const phrase of this.outputs[state]!) {
          const start = i + 1 - this.prefixLengths[phrase]!;
          const end = start + this.folded[phrase]!.length;
          if (end > to || !this.restMatches(text, start, phrase)) continue;
          found.push({ phrase, start, end });
          if (found.length >= limit || stopAfter?.[phrase] === 1) return found;
        }
      }
    }
    return found;
  }

  /** True when the text at `start` goes on like the phrase after its prefix. */
  private restMatches(text: string, start: number, phrase: number): boolean {
    const folded = this.folded[phrase]!;
    for (let k = this.prefixLengths[phrase]!; k < folded.length; k += 1) {
      if (fold(text.charCodeAt(start + k)) !== folded.charCodeAt(k)) return false;
    }
    return true;
  }
}
