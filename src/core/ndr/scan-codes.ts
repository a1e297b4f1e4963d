import type { EvidenceSource } from './types';

/** One place in the text where a status code or an SMTP reply code was seen. */
export interface CodeOccurrence {
  status: string | null;
  reply: string | null;
  /** Offset of the code in the segment text. */
  index: number;
  /** Bounded window around the code: the line (or up to 300/400 characters of it) plus a folded continuation. */
  windowStart: number;
  windowEnd: number;
  source: EvidenceSource;
}

/**
 * RFC 3463 enhanced status code: class 2/4/5, subject 0-7, detail 1-3 digits. The look-arounds reject version
 * numbers (5.7.139.0, 15.20.776.10), IP addresses and longer numbers.
 */
const ENHANCED = /(?<![\w.])([245])\.([0-7])\.(\d{1,3})(?![\w]|\.\d)/g;
/** A reply code directly before an enhanced code: "550 5.1.1", "550-5.7.1", "535: 5.7.139", "(535, b'5.7.3". */
const REPLY_BEFORE = /(?:^|[^\d.])([245]\d\d)(?:[ -]|: ?|, ?b?|\n[ \t]+)?['"]?#?$/;
/** Reply codes in reply positions when no enhanced code follows: line start, after "smtp;", a quote or "<<<". */
const REPLY_CANDIDATE = /(?<![\w.])([45][0-5]\d)(?=[ -][^\d.\n]|\s*$)/gm;
/** What must stand before it on its line: the line start (or a log prefix), "smtp;", a quote, or a keyword. */
const REPLY_CONTEXT =
  /(?:^[ \t]*(?:<<<|>>>|S:|\[?\d{1,2}:\d{2}:\d{2}\]?)?[ \t]*|smtp;[ \t]*|['"(][ \t]*|(?:said|reason|error|response|returned|replied|code):?[ \t]+)$/i;
const CONTEXT_CHARS = 40;

/** True when the reply code at `index` stands in a reply position (checked on at most 40 characters before it). */
function inReplyPosition(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const from = Math.max(lineStart, index - CONTEXT_CHARS);
  // A cut-off prefix must not look like the start of a line.
  const prefix = (from > lineStart ? '\u0000' : '') + text.slice(from, index);
  return REPLY_CONTEXT.test(prefix);
}

/** In a short paste ("printer says 530 error") any lone reply code counts, but not digit groups of phone numbers. */
const SHORT_REPLY = /(?<![\w.,:/+-]|\d[ ).-]|\d\) )([45][0-5]\d)(?![\w.,:/]|\.\d|\)?[ -]?\d)/g;
/** A time after a date-like match ("5.1.23 10:42") means it was a date. */
const TIME_AFTER = /^\s+\d{1,2}:\d{2}/;

const WINDOW_BEFORE = 300;
const WINDOW_AFTER = 400;
/** Stop collecting after this many occurrences: a 10 MB paste of codes needs no more to be understood. */
export const MAX_OCCURRENCES = 5000;

export function lineWindow(text: string, index: number): { start: number; end: number } {
  const floor = Math.max(0, index - WINDOW_BEFORE);
  const newlineBefore = text.lastIndexOf('\n', index - 1);
  const start = newlineBefore < floor ? floor : newlineBefore + 1;
  const ceiling = Math.min(text.length, index + WINDOW_AFTER);
  let end = text.indexOf('\n', index);
  if (end === -1 || end > ceiling) end = ceiling;
  // Folded header or wrapped diagnostic: the next line continues when it starts with white space.
  if (end < ceiling && (text.charCodeAt(end + 1) === 32 || text.charCodeAt(end + 1) === 9)) {
    const next = text.indexOf('\n', end + 1);
    end = next === -1 || next > ceiling ? ceiling : next;
  }
  return { start, end };
}

/** For a folded continuation line ("    5.6.0 This message..."), the start of the header line it continues. */
function headerLineStart(text: string, lineStart: number): number {
  let start = lineStart;
  for (let steps = 0; steps < 4 && start > 0; steps += 1) {
    const code = text.charCodeAt(start);
    if (code !== 32 && code !== 9) break;
    const previous = text.lastIndexOf('\n', start - 2);
    if (start - previous > 400) break;
    start = previous + 1;
  }
  return start;
}

/** Read in place (sticky, case-insensitive) at a line start, so classifying an occurrence copies no text. */
const DIAGNOSTIC_FIELD = /[ \t]*(?:diagnostic-code:|x-postfix-diagnostic)/iy;
const STATUS_FIELD = /[ \t]*status:/iy;
const DIAGNOSTIC_PREFIX = /[ \t]*(?:diagnostic-code:|x-postfix-diagnostic|x-remote-diagnostic)/iy;
/** What stands before a code the remote server returned, in the NDR wrapper's language, up to the code. */
const RETURNED_BEFORE =
  /(?:returned|vrátil|devolvió|retourné|renvoyé|zurückgegeben|palautti|върна|returnat|vratio|hat)\s*'?\s*['"]?[245]?\d*[ -]?$/i;
const QUOTED_BEFORE = /['"]\s*(?:[245]\d\d[ -])?#?$/;
const REPORTED_BEFORE =
  /(?:reported error|gemeldeter fehler|erreur signalée|error notificado)\s*:\s*(?:[245]\d\d[ -])?$/i;
const REPLY_PREFIX = /^\s*(?:<<<|>>>)?\s*[245]\d\d[ -]/;

function startsWithAt(pattern: RegExp, text: string, index: number): boolean {
  pattern.lastIndex = index;
  return pattern.test(text);
}

function classify(text: string, windowStart: number, index: number, paired: boolean): EvidenceSource {
  if (startsWithAt(DIAGNOSTIC_FIELD, text, headerLineStart(text, windowStart))) return 'dsn-diagnostic';
  if (startsWithAt(STATUS_FIELD, text, windowStart) && STATUS_FIELD.lastIndex <= index) return 'dsn-status';
  if (startsWithAt(DIAGNOSTIC_PREFIX, text, windowStart) && DIAGNOSTIC_PREFIX.lastIndex <= index)
    return 'dsn-diagnostic';
  const prefix = text.slice(windowStart, index);
  if (RETURNED_BEFORE.test(prefix) || QUOTED_BEFORE.test(prefix) || REPORTED_BEFORE.test(prefix))
    return 'remote-server';
  if (paired || REPLY_PREFIX.test(prefix)) return 'smtp-reply';
  return 'text';
}

/** Finds every enhanced status code and every reply code in reply position, in one pass each. */
export function scanCodes(text: string, shortInput: boolean): CodeOccurrence[] {
  const found: CodeOccurrence[] = [];
  const pairedReplyAt = new Set<number>();
  ENHANCED.lastIndex = 0;
  for (let match = ENHANCED.exec(text); match !== null; match = ENHANCED.exec(text)) {
    const index = match.index;
    const after = text.slice(index + match[0].length, index + match[0].length + 12);
    if (TIME_AFTER.test(after)) continue;
    const status = `${match[1]}.${Number(match[2])}.${Number(match[3])}`;
    const before = text.slice(Math.max(0, index - 14), index);
    const replyMatch = REPLY_BEFORE.exec(before);
    const reply = replyMatch ? replyMatch[1]! : null;
    if (reply) pairedReplyAt.add(index - before.length + before.lastIndexOf(reply));
    const window = lineWindow(text, index);
    found.push({
      status,
      reply,
      index,
      windowStart: window.start,
      windowEnd: window.end,
      source: classify(text, window.start, index, reply !== null),
    });
    if (found.length >= MAX_OCCURRENCES) return found;
  }
  scanLoneReplies(text, found, pairedReplyAt, shortInput);
  return found;
}

function scanLoneReplies(
  text: string,
  found: CodeOccurrence[],
  paired: Set<number>,
  shortInput: boolean,
): void {
  const pattern = shortInput ? SHORT_REPLY : REPLY_CANDIDATE;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const reply = match[1]!;
    const index = match.index + match[0].length - reply.length;
    if (paired.has(index)) continue;
    if (!shortInput && !inReplyPosition(text, index)) continue;
    // A reply code followed by an enhanced code was already taken with it.
    if (/^[ -]?#?[245]\.[0-7]\.\d/.test(text.slice(index + 3, index + 14))) continue;
    const window = lineWindow(text, index);
    found.push({
      status: null,
      reply,
      index,
      windowStart: window.start,
      windowEnd: window.end,
      source: shortInput ? 'text' : 'smtp-reply',
    });
    if (found.length >= MAX_OCCURRENCES) return;
  }
}
