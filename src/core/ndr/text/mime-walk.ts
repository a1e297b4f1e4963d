import { decodeEncodedWords } from './encoded-words';
import { htmlToText } from './html-to-text';
import { hasText, isBlankLine, type ParsedMessage, type Segment } from './mime';
import { decodeQuotedPrintable } from './quoted-printable';
import { decodeCharset } from './charset';

/**
 * A single forward walk over a MIME message, in place: boundaries are found with indexOf, each leaf is decoded once,
 * nothing is streamed. It is several times faster than mailparser's simpleParser on bounce messages, which the
 * benchmark needs (thousands of .eml files per second); mailparser stays the fallback for what this walk cannot read.
 */

const MAX_DEPTH = 8;
const MAX_PARTS = 200;

/** What the lines of a header block look like: it tells a message from text that merely starts with "Word:". */
export interface HeaderShape {
  /** The first line starts a field ("Name:"). */
  startsWithField: boolean;
  fieldLines: number;
  /** Lines that start no field and continue none. */
  otherLines: number;
  /** A transport or MIME field (Received, Content-Type, Message-ID, X-...) is among them. */
  hasTransportField: boolean;
}

export interface Headers {
  fields: Map<string, string>;
  body: string;
  shape: HeaderShape;
}

/** How much of a header block its kinds of lines are counted in. */
const CLASSIFIED_CHARS = 65536;

/** A field name and its colon, read in place (sticky) at the start of a line. */
const FIELD_NAME = /[A-Za-z][A-Za-z0-9-]{0,75}:/y;
const TRANSPORT_FIELD_NAME =
  /(?:received|mime-version|content-type|return-path|message-id|delivered-to|x-[a-z0-9-]+|dkim-signature|arc-[a-z-]+):/iy;

/** The only header fields the walk reads; the rest of a long header block (Received, DKIM, ARC...) is skipped. */
const WANTED_FIELDS = new Set(['content-type', 'content-transfer-encoding', 'subject', 'from', 'to']);
/** Their lengths: a field name of another length is skipped without being copied. */
const WANTED_LENGTHS = new Set([...WANTED_FIELDS].map((name) => name.length));

/** Field names are short (RFC 5322 lines are at most 998 characters; real names are under 80). */
const MAX_FIELD_NAME = 100;

/** Index of the first ':' in text[from, to), or -1; bounded so colon-less lines cannot make the walk quadratic. */
function colonIn(text: string, from: number, to: number): number {
  for (let i = from; i < to; i += 1) if (text.charCodeAt(i) === 58) return i;
  return -1;
}

/** The lower-cased field name of the header line at `lineStart` when the walk wants it, else null. */
function wantedField(entity: string, lineStart: number, colon: number): string | null {
  let nameEnd = colon;
  while (
    nameEnd > lineStart &&
    (entity.charCodeAt(nameEnd - 1) === 32 || entity.charCodeAt(nameEnd - 1) === 9)
  )
    nameEnd -= 1;
  if (!WANTED_LENGTHS.has(nameEnd - lineStart)) return null;
  const field = entity.slice(lineStart, nameEnd).toLowerCase();
  return WANTED_FIELDS.has(field) ? field : null;
}

/**
 * Reads the header block of an entity in place, up to its first blank line ("\r\n" or "\n" line ends): unfolds the
 * wanted fields (first occurrence of each name wins) and counts the kinds of lines, which tell a message from text.
 */
function splitHeaders(entity: string): Headers {
  const fields = new Map<string, string>();
  const shape: HeaderShape = {
    startsWithField: false,
    fieldLines: 0,
    otherLines: 0,
    hasTransportField: false,
  };
  let name: string | null = null;
  let value = '';
  let bodyStart = entity.length;
  let lineStart = 0;
  while (lineStart < entity.length) {
    const newline = entity.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? entity.length : newline;
    if (isBlankLine(entity, lineStart, lineEnd)) {
      bodyStart = lineEnd + 1;
      break;
    }
    const first = entity.charCodeAt(lineStart);
    if (first === 32 || first === 9) {
      if (name !== null) value += ` ${entity.slice(lineStart, lineEnd).trim()}`;
    } else {
      if (name !== null && !fields.has(name)) fields.set(name, value.trim());
      name = null;
      FIELD_NAME.lastIndex = lineStart;
      const isField = FIELD_NAME.test(entity) && FIELD_NAME.lastIndex <= lineEnd;
      const colon = isField
        ? FIELD_NAME.lastIndex - 1
        : colonIn(entity, lineStart, Math.min(lineEnd, lineStart + MAX_FIELD_NAME));
      if (lineStart < CLASSIFIED_CHARS) countLine(shape, entity, lineStart, lineEnd, isField);
      if (colon > lineStart) {
        name = wantedField(entity, lineStart, colon);
        if (name !== null) value = entity.slice(colon + 1, lineEnd);
      }
    }
    lineStart = lineEnd + 1;
  }
  if (name !== null && !fields.has(name)) fields.set(name, value.trim());
  return { fields, body: bodyStart < entity.length ? entity.slice(bodyStart) : '', shape };
}

function countLine(
  shape: HeaderShape,
  entity: string,
  lineStart: number,
  lineEnd: number,
  isField: boolean,
): void {
  if (shape.fieldLines + shape.otherLines === 0) shape.startsWithField = isField;
  if (isField) shape.fieldLines += 1;
  else shape.otherLines += 1;
  if (!shape.hasTransportField) {
    TRANSPORT_FIELD_NAME.lastIndex = lineStart;
    shape.hasTransportField = TRANSPORT_FIELD_NAME.test(entity) && TRANSPORT_FIELD_NAME.lastIndex <= lineEnd;
  }
}

/** One `name=value` or `name="quoted value"`, read in place (sticky) after a ";"; every part is bounded. */
const PARAMETER =
  /\s{0,100}([A-Za-z0-9*_.-]{1,100})\s{0,100}=\s{0,100}(?:"((?:[^"\\]|\\.){0,1000})"|([^;\s]{0,1000}))/y;
const MAX_PARAMETERS = 50;

/**
 * `type/subtype; name=value; name="quoted value"` (RFC 2045); parameter names lower-cased. Reads one parameter after
 * each ";" with a bounded pattern, so a hostile header (megabytes in one parameter) is read in linear time.
 */
export function parseContentType(value: string): {
  type: string;
  params: Record<string, string | undefined>;
} {
  let semicolon = value.indexOf(';');
  const type = (semicolon === -1 ? value : value.slice(0, semicolon)).trim().toLowerCase();
  const params: Record<string, string | undefined> = {};
  for (let count = 0; semicolon !== -1 && count < MAX_PARAMETERS; count += 1) {
    PARAMETER.lastIndex = semicolon + 1;
    const match = PARAMETER.exec(value);
    let next = semicolon + 1;
    if (match) {
      next = PARAMETER.lastIndex;
      const name = match[1]!.toLowerCase();
      const quoted = match[2];
      if (!(name in params))
        params[name] =
          quoted === undefined ? match[3] : quoted.includes('\\') ? quoted.replace(/\\(.)/g, '$1') : quoted;
    }
    semicolon = value.indexOf(';', next);
  }
  return { type, params };
}

function decodeBody(body: string, encoding: string | undefined, charset: string | undefined): string {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'quoted-printable':
      return decodeCharset(decodeQuotedPrintable(body), charset);
    case 'base64':
      return decodeCharset(Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64'), charset);
    default:
      return body;
  }
}

interface Collected {
  report: Segment[];
  /** Decoded only when the message has no readable text part. */
  html: (() => string)[];
  original: Segment[];
  parts: number;
}

/** A returned original is read only when the report says nothing, so it is decoded on first use. */
function lazyOriginal(decode: () => string): Segment {
  let text: string | undefined;
  return {
    role: 'original',
    get text() {
      text ??= decode();
      return text;
    },
  };
}

function walk(entity: string, depth: number, collected: Collected, parsed?: Headers): void {
  collected.parts += 1;
  if (collected.parts > MAX_PARTS) return;
  const { fields, body } = parsed ?? splitHeaders(entity);
  const { type, params } = parseContentType(fields.get('content-type') ?? 'text/plain');
  const encoding = fields.get('content-transfer-encoding');

  if (type.startsWith('multipart/') && params.boundary && depth < MAX_DEPTH) {
    for (const part of splitMultipart(body, params.boundary)) walk(part, depth + 1, collected);
    return;
  }
  if (type === 'message/rfc822' || type === 'text/rfc822-headers' || type.startsWith('message/global')) {
    if (type === 'message/global-delivery-status') {
      collected.report.push({ text: decodeBody(body, encoding, 'utf-8'), role: 'report', dsn: true });
    } else {
      collected.original.push(lazyOriginal(() => decodeBody(body, encoding, params.charset)));
    }
    return;
  }
  if (type === 'message/delivery-status') {
    collected.report.push({ text: decodeBody(body, encoding, params.charset), role: 'report', dsn: true });
  } else if (type === 'text/plain' || type === 'message/feedback-report') {
    collected.report.push({ text: decodeBody(body, encoding, params.charset), role: 'report' });
  } else if (type === 'text/html') {
    collected.html.push(() => decodeBody(body, encoding, params.charset));
  }
}

/** The parts between `--boundary` lines, up to the closing `--boundary--`. */
function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  let cursor = body.startsWith(delimiter) ? 0 : body.indexOf(`\n${delimiter}`);
  if (cursor === -1) return parts;
  if (cursor > 0) cursor += 1;
  while (cursor !== -1 && parts.length < MAX_PARTS) {
    const afterDelimiter = cursor + delimiter.length;
    if (body.startsWith('--', afterDelimiter)) break;
    const partStart = body.indexOf('\n', afterDelimiter);
    if (partStart === -1) break;
    const next = body.indexOf(`\n${delimiter}`, partStart);
    parts.push(body.slice(partStart + 1, next === -1 ? body.length : next));
    cursor = next === -1 ? -1 : next + 1;
  }
  return parts;
}

function addresses(value: string | undefined): string[] {
  if (!value) return [];
  return (value.match(/[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9.-]{1,253}/g) ?? []).slice(0, 50);
}

/** Blank or invisible: what may stand before the headers (a pasted message often starts with a BOM or NBSP). */
function isLeadingFiller(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0xfeff || (code >= 0x200b && code <= 0x200f);
}

/** Where the headers start: after leading blank lines and an mbox "From " separator line. */
function headerStart(source: string): number {
  let start = 0;
  while (start < source.length && isLeadingFiller(source.charCodeAt(start))) start += 1;
  if (source.startsWith('From ', start)) {
    const newline = source.indexOf('\n', start);
    start = newline === -1 ? source.length : newline + 1;
  }
  return start;
}

/** The header block of a raw message and where it starts (after blank lines and an mbox "From " line). */
export interface MessageHead {
  start: number;
  headers: Headers;
}

/**
 * Reads the top header block, or returns null when the text does not start with one that names transport or MIME
 * fields. Lenient: real bounces carry broken folding, so a few lines that are no field are tolerated.
 */
export function readMessageHead(raw: string): MessageHead | null {
  const start = headerStart(raw);
  const headers = splitHeaders(start === 0 ? raw : raw.slice(start));
  const { startsWithField, fieldLines, otherLines, hasTransportField } = headers.shape;
  const isMessage = startsWithField && hasTransportField && otherLines <= Math.max(2, fieldLines / 5);
  return isMessage ? { start, headers } : null;
}

/** Walks a raw message ("\r\n" or "\n" line ends) into report and original segments, decoded but not cleaned. */
export function walkMime(raw: string, head?: MessageHead): ParsedMessage {
  const start = head?.start ?? headerStart(raw);
  const source = start === 0 ? raw : raw.slice(start);
  const collected: Collected = { report: [], html: [], original: [], parts: 0 };
  const top = head?.headers ?? splitHeaders(source);
  walk(source, 0, collected, top);
  const { fields } = top;
  const segments: Segment[] = [...collected.report];
  if (!segments.some((segment) => hasText(segment.text))) {
    for (const html of collected.html) segments.push({ text: htmlToText(html()), role: 'report' });
  }
  segments.push(...collected.original);
  const subject = fields.get('subject');
  return {
    segments,
    subject: subject ? decodeEncodedWords(subject) : null,
    from: addresses(fields.get('from'))[0] ?? null,
    to: addresses(fields.get('to')),
  };
}
