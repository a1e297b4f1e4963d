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

/** An mbox separator line ("From MAILER-DAEMON Tue Mar 02 09:44:33 1999") that may precede the headers. */
const MBOX_FROM = /^From [^\n]*\n/;

/** Drops a leading mbox "From " line, so the message starts with its headers. */
export function stripMboxLine(text: string): string {
  return MBOX_FROM.test(text) ? text.replace(MBOX_FROM, '') : text;
}

const NOT_SPACE = /\S/;

/** True when the text has a character other than white space (without copying it, as trim() would). */
export function hasText(text: string): boolean {
  return NOT_SPACE.test(text);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10;
}

/** True when text[from, to) holds only white space (a blank line, "\r" included). */
export function isBlankLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}
