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

const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]{0,75}:[ \t]?/;
const MIME_HEADER =
  /^(?:received|mime-version|content-type|return-path|message-id|delivered-to|x-[a-z0-9-]+|dkim-signature|arc-[a-z-]+):/i;

/** An mbox separator line ("From MAILER-DAEMON Tue Mar 02 09:44:33 1999") that may precede the headers. */
const MBOX_FROM = /^From [^\n]*\n/;

/** Drops a leading mbox "From " line, so the message starts with its headers. */
export function stripMboxLine(text: string): string {
  return MBOX_FROM.test(text) ? text.replace(MBOX_FROM, '') : text;
}

/**
 * True when the text starts with an RFC 5322 header block that names MIME or transport headers. Lenient: real
 * bounces carry broken folding, so a few non-header lines in the block are tolerated.
 */
export function looksLikeMime(text: string): boolean {
  const head = stripMboxLine(text.slice(0, 65536).replace(/^\s+/, ''));
  const end = head.search(/\n\s*\n/);
  const block = end === -1 ? head : head.slice(0, end);
  const lines = block.split('\n');
  if (!HEADER_LINE.test(lines[0] ?? '')) return false;
  let headers = 0;
  let others = 0;
  let transportHeaders = 0;
  for (const line of lines) {
    if (line.startsWith(' ') || line.startsWith('\t')) continue;
    if (HEADER_LINE.test(line)) headers += 1;
    else others += 1;
    if (MIME_HEADER.test(line)) transportHeaders += 1;
  }
  return transportHeaders >= 1 && others <= Math.max(2, headers / 5);
}
