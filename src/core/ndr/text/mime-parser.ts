import { simpleParser, type AddressObject } from 'mailparser';
import { htmlToText } from './html-to-text';
import type { ParsedMessage, Segment } from './mime';

/** mailparser's full parse, for messages the fast walk (mime-walk.ts) cannot read. */

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
