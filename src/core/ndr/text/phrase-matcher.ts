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

function foldAll(phrase: string): string {
  let folded = '';
  for (let i = 0; i < phrase.length; i += 1) folded += String.fromCharCode(fold(phrase.charCodeAt(i)));
  return folded;
}

/** One class per distinct (folded) character: ASCII ones first, 1..ascii-1, then the others, ascii..all-1. */
interface CharacterClasses {
  /** Folded character code → class; 0 for characters no prefix contains. */
  classOf: Uint16Array;
  ascii: number;
  all: number;
}

function characterClasses(prefixes: readonly string[]): CharacterClasses {
  const classOf = new Uint16Array(65536);
  let next = 1;
  const assign = (wantAscii: boolean) => {
    for (const prefix of prefixes) {
      for (let i = 0; i < prefix.length; i += 1) {
        const code = prefix.charCodeAt(i);
        if (code < ASCII === wantAscii && classOf[code] === 0) classOf[code] = next++;
      }
    }
  };
  assign(true);
  const ascii = next;
  assign(false);
  return { classOf, ascii, all: next };
}

/** The trie of the prefixes: each state's edges as [class, child] pairs, and the phrases each state ends. */
function buildTrie(
  prefixes: readonly string[],
  classOf: Uint16Array,
): { children: number[][]; outputs: number[][] } {
  // Edges keyed `state * EDGE_KEY + class` in one Map: much faster to build than one Map per state.
  const edges = new Map<number, number>();
  const outputs: number[][] = [[]];
  prefixes.forEach((prefix, index) => {
    let state = 0;
    for (let i = 0; i < prefix.length; i += 1) {
      const key = state * EDGE_KEY + classOf[prefix.charCodeAt(i)]!;
      let child = edges.get(key);
      if (child === undefined) {
        child = outputs.length;
        outputs.push([]);
        edges.set(key, child);
      }
      state = child;
    }
    outputs[state]!.push(index);
  });
  const children: number[][] = Array.from({ length: outputs.length }, () => []);
  for (const [key, child] of edges) children[Math.floor(key / EDGE_KEY)]!.push(key % EDGE_KEY, child);
  return { children, outputs };
}

/**
 * Compiles the trie to a full transition table, breadth-first: a state moves like its failure state except along
 * its own edges, and also ends what its failure state ends (added to `outputs`).
 */
function compileDfa(children: readonly number[][], outputs: number[][], classes: number): StateTable {
  const states = outputs.length;
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
    if (outputs[fail]!.length > 0) outputs[state]!.push(...outputs[fail]!);
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
  return next;
}

export class PhraseMatcher {
  /** Each phrase with every character folded, for the check after a prefix hit. */
  private readonly folded: readonly string[];
  private readonly prefixLengths: readonly number[];
  /** Raw ASCII code → its column in `asciiNext`, case folding included; 0 for characters no prefix contains. */
  private readonly asciiClass = new Uint16Array(ASCII);
  /** Folded code of a non-ASCII character → its column in `wideNext`; 0 for characters no prefix contains. */
  private readonly wideClass = new Uint16Array(65536);
  private readonly asciiClasses: number;
  private readonly wideClasses: number;
  /** `asciiNext[state * asciiClasses + class]` and `wideNext[state * wideClasses + class]`: the DFA. */
  private readonly asciiNext: StateTable;
  private readonly wideNext: StateTable;
  /** 1 where a state ends at least one prefix: the scan loop checks this before touching `outputs`. */
  private readonly terminal: Uint8Array;
  private readonly outputs: number[][];

  constructor(phrases: readonly string[], prefixLength = DEFAULT_PREFIX_LENGTH) {
    this.folded = phrases.map(foldAll);
    this.prefixLengths = phrases.map((phrase) => Math.min(phrase.length, prefixLength));
    const prefixes = this.folded.map((phrase, index) => phrase.slice(0, this.prefixLengths[index]));
    const classes = characterClasses(prefixes);
    const { children, outputs } = buildTrie(prefixes, classes.classOf);
    const next = compileDfa(children, outputs, classes.all);
    this.outputs = outputs;

    // Split the table: the ASCII columns, and the others with "any other character" (class 0) as their column 0.
    const states = outputs.length;
    this.asciiClasses = classes.ascii;
    this.wideClasses = classes.all - classes.ascii + 1;
    for (let code = 0; code < ASCII; code += 1) this.asciiClass[code] = classes.classOf[fold(code)]!;
    for (const prefix of prefixes) {
      for (let i = 0; i < prefix.length; i += 1) {
        const code = prefix.charCodeAt(i);
        if (code >= ASCII) this.wideClass[code] = classes.classOf[code]! - classes.ascii + 1;
      }
    }
    this.asciiNext = stateTable(states, states * this.asciiClasses);
    this.wideNext = stateTable(states, states * this.wideClasses);
    for (let state = 0; state < states; state += 1) {
      const row = state * classes.all;
      this.asciiNext.set(next.subarray(row, row + this.asciiClasses), state * this.asciiClasses);
      const wideRow = state * this.wideClasses;
      this.wideNext[wideRow] = next[row]!;
      this.wideNext.set(next.subarray(row + classes.ascii, row + classes.all), wideRow + 1);
    }
    this.terminal = new Uint8Array(states);
    outputs.forEach((found, state) => {
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
