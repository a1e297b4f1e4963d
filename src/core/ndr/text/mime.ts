/** A piece of an input with the role it plays in a bounce. */
export interface Segment {
  readonly text: string;
  /** 'report' is what the server says about the failure; 'original' is the returned message (incidental codes). */
  role: 'report' | 'original';
  /** A machine-readable delivery-status part: when a message has one, only it is read for DSN fields. */
  dsn?: boolean;
}

export interface ParsedMessage {
  segments: Segment[];
  subject: string | null;
  from: string | null;
  to: string[];
}

/** A header field name and its colon, read in place (sticky) at the start of a line. */
const HEADER_NAME = /[A-Za-z][A-Za-z0-9-]{0,75}:/y;
const MIME_HEADER_NAME =
  /(?:received|mime-version|content-type|return-path|message-id|delivered-to|x-[a-z0-9-]+|dkim-signature|arc-[a-z-]+):/iy;

/** An mbox separator line ("From MAILER-DAEMON Tue Mar 02 09:44:33 1999") that may precede the headers. */
const MBOX_FROM = /^From [^\n]*\n/;

/** Drops a leading mbox "From " line, so the message starts with its headers. */
export function stripMboxLine(text: string): string {
  return MBOX_FROM.test(text) ? text.replace(MBOX_FROM, '') : text;
}

/** How far into the text the header block is looked for. */
const HEAD_CHARS = 65536;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10;
}

/** True when text[from, to) holds only white space (a blank line, "\r" included). */
export function isBlankLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * True when the text starts with an RFC 5322 header block that names MIME or transport headers. Lenient: real
 * bounces carry broken folding, so a few non-header lines in the block are tolerated. Reads the raw text in place
 * ("\r\n" or "\n" line ends), one line at a time, up to the first blank line.
 */
export function looksLikeMime(text: string): boolean {
  const limit = Math.min(text.length, HEAD_CHARS);
  let lineStart = 0;
  while (lineStart < limit && isSpace(text.charCodeAt(lineStart))) lineStart += 1;
  if (text.startsWith('From ', lineStart)) {
    const newline = text.indexOf('\n', lineStart);
    if (newline === -1) return false;
    lineStart = newline + 1;
  }
  let headers = 0;
  let others = 0;
  let transportHeaders = 0;
  while (lineStart < limit) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline > limit ? limit : newline;
    if (isBlankLine(text, lineStart, lineEnd)) break;
    const first = text.charCodeAt(lineStart);
    if (first !== 32 && first !== 9) {
      HEADER_NAME.lastIndex = lineStart;
      const isHeader = HEADER_NAME.test(text) && HEADER_NAME.lastIndex <= lineEnd;
      if (headers + others === 0 && !isHeader) return false;
      if (isHeader) headers += 1;
      else others += 1;
      MIME_HEADER_NAME.lastIndex = lineStart;
      if (MIME_HEADER_NAME.test(text) && MIME_HEADER_NAME.lastIndex <= lineEnd) transportHeaders += 1;
    }
    if (lineEnd === limit) break;
    lineStart = lineEnd + 1;
  }
  return transportHeaders >= 1 && others <= Math.max(2, headers / 5);
}
