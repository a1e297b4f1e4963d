import { simpleParser, type AddressObject } from 'mailparser';
import { htmlToText } from './html-to-text';

/** A piece of an input with the role it plays in a bounce. */
export interface Segment {
  text: string;
  /** 'report' is what the server says about the failure; 'original' is the returned message (incidental codes). */
  role: 'report' | 'original';
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

/** True when the text starts with an RFC 5322 header block that names MIME or transport headers. */
export function looksLikeMime(text: string): boolean {
  const head = text.slice(0, 65536).replace(/^\s+/, '');
  const end = head.search(/\n\s*\n/);
  const block = end === -1 ? head : head.slice(0, end);
  const lines = block.split('\n');
  if (!HEADER_LINE.test(lines[0] ?? '')) return false;
  let transportHeaders = 0;
  for (const line of lines) {
    if (line.startsWith(' ') || line.startsWith('\t')) continue;
    if (!HEADER_LINE.test(line)) return false;
    if (MIME_HEADER.test(line)) transportHeaders += 1;
  }
  return transportHeaders >= 1;
}

const REPORT_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status', 'text/plain']);
const ORIGINAL_TYPES = new Set([
  'message/rfc822',
  'text/rfc822-headers',
  'message/global',
  'message/global-headers',
]);

/** Parses a raw message with mailparser and splits it into report and original parts. */
export async function parseMime(source: string): Promise<ParsedMessage> {
  const mail = await simpleParser(source, {
    skipImageLinks: true,
    skipTextToHtml: true,
    skipTextLinks: true,
  });
  const segments: Segment[] = [];
  if (typeof mail.text === 'string' && mail.text.trim() !== '') {
    segments.push({ text: mail.text, role: 'report' });
  } else if (typeof mail.html === 'string') {
    segments.push({ text: htmlToText(mail.html), role: 'report' });
  }
  for (const attachment of mail.attachments) {
    const type = attachment.contentType.toLowerCase();
    if (REPORT_TYPES.has(type)) segments.push({ text: attachment.content.toString('utf8'), role: 'report' });
    else if (type === 'text/html')
      segments.push({ text: htmlToText(attachment.content.toString('utf8')), role: 'report' });
    else if (ORIGINAL_TYPES.has(type))
      segments.push({ text: attachment.content.toString('utf8'), role: 'original' });
  }
  return {
    segments,
    subject: mail.subject ?? null,
    from: firstAddress(mail.from),
    to: addresses(mail.to),
  };
}

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  if (!value) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((entry) => entry.value.map((address) => address.address ?? '').filter(Boolean));
}

function firstAddress(value: AddressObject | AddressObject[] | undefined): string | null {
  return addresses(value)[0] ?? null;
}
