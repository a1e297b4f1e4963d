import type { LabelKind } from './knowledge/schema';
import type { NdrDetails } from './types';

/** Reads recipients, servers and diagnostic fields from the report text. Every pattern is anchored or bounded. */

/** `(?:^|\n)` instead of `^` with the m flag: the regex engine then looks for line breaks instead of trying every position. */
const DSN_FIELD =
  /(?:^|\n)(Reporting-MTA|Remote-MTA|Diagnostic-Code|Status|Final-Recipient|Original-Recipient|Action|X-Postfix-Sender|Received-From-MTA|Last-Attempt-Date|X-Display-Name)[ \t]*:[ \t]*([^\n]{1,500})/gi;
const EMAIL = /[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}/g;
const MAX_RECIPIENTS = 50;
const DETAIL_SCAN_CHARS = 2_000_000;

export interface LabelHit {
  kind: LabelKind;
  start: number;
  end: number;
}

export function emptyDetails(): NdrDetails {
  return {
    recipients: [],
    sender: null,
    subject: null,
    reportingServer: null,
    remoteServer: null,
    diagnostics: {},
  };
}

const FIELD_NAMES = new Map(
  [
    'Reporting-MTA',
    'Remote-MTA',
    'Diagnostic-Code',
    'Status',
    'Final-Recipient',
    'Original-Recipient',
    'Action',
    'X-Postfix-Sender',
    'Received-From-MTA',
    'Last-Attempt-Date',
    'X-Display-Name',
  ].map((name) => [name.toLowerCase(), name]),
);

/** The field name as RFC 3464 spells it ("diagnostic-code" → "Diagnostic-Code"). */
function canonicalField(name: string): string {
  return FIELD_NAMES.get(name.toLowerCase()) ?? name;
}

function stripAddressType(value: string): string {
  return value.replace(/^\s*(?:rfc822|dns|utf-8|x-local-hostname)\s*;\s*/i, '').trim();
}

function addRecipient(details: NdrDetails, address: string): void {
  const clean = address.replace(/^<|>$/g, '').trim();
  if (!clean.includes('@') || details.recipients.length >= MAX_RECIPIENTS) return;
  if (!details.recipients.some((known) => known.toLowerCase() === clean.toLowerCase()))
    details.recipients.push(clean);
}

/** Where a line matched by a `(?:^|\n)...` pattern starts: after its line break, when the match includes one. */
export function lineStartOf(match: RegExpExecArray): number {
  return match[0].charCodeAt(0) === 10 ? match.index + 1 : match.index;
}

/** Where the `lines`-th line from `from` ends, at most `limit`. */
function lineEndAfter(text: string, from: number, lines: number, limit: number): number {
  let end = from - 1;
  for (let line = 0; line < lines; line += 1) {
    end = text.indexOf('\n', end + 1);
    if (end === -1 || end > limit) return Math.min(text.length, limit);
  }
  return end;
}

function restOfLine(text: string, from: number): string {
  const end = text.indexOf('\n', from);
  return text.slice(from, end === -1 ? Math.min(text.length, from + 300) : Math.min(end, from + 300)).trim();
}

/**
 * Fills `details` from one report segment; `labels` are the wrapper labels found in it. Nothing inside `skip` (the
 * quoted original message) is read: its fields describe the original, not the failure.
 */
export function readDetails(
  text: string,
  labels: readonly LabelHit[],
  details: NdrDetails,
  skip: { start: number; end: number } = { start: 0, end: 0 },
  options: { dsnFields: boolean } = { dsnFields: true },
): void {
  const scanned = text.length > DETAIL_SCAN_CHARS ? text.slice(0, DETAIL_SCAN_CHARS) : text;
  const skipped = (index: number) => index >= skip.start && index < skip.end;
  DSN_FIELD.lastIndex = options.dsnFields ? 0 : scanned.length;
  for (let match = DSN_FIELD.exec(scanned); match !== null; match = DSN_FIELD.exec(scanned)) {
    if (skipped(lineStartOf(match))) {
      DSN_FIELD.lastIndex = Math.max(DSN_FIELD.lastIndex, skip.end);
      continue;
    }
    const field = canonicalField(match[1]!);
    const value = match[2]!.trim();
    if (field === 'Final-Recipient' || field === 'Original-Recipient')
      addRecipient(details, stripAddressType(value));
    if (field === 'X-Postfix-Sender' && !details.sender) details.sender = stripAddressType(value);
    if (field === 'Reporting-MTA' && !details.reportingServer)
      details.reportingServer = stripAddressType(value);
    if (field === 'Remote-MTA' && !details.remoteServer) details.remoteServer = stripAddressType(value);
    if (!(field in details.diagnostics)) details.diagnostics[field] = value;
  }
  for (const label of labels) {
    if (skipped(label.start)) continue;
    if (label.kind === 'generating-server' && !details.reportingServer) {
      details.reportingServer = restOfLine(scanned, label.end) || null;
    } else if (label.kind === 'receiving-server' && !details.remoteServer) {
      details.remoteServer = restOfLine(scanned, label.end) || null;
    } else if (label.kind === 'remote-server' && !('Remote server returned' in details.diagnostics)) {
      const line = restOfLine(scanned, label.start);
      const reply = /'([245]\d\d[^']{0,400})'/.exec(line) ?? /:\s*([245]\d\d[ -][^\n]{0,400})/.exec(line);
      if (reply) details.diagnostics['Remote server returned'] = reply[1]!.trim();
    } else if (label.kind === 'recipients-heading') {
      const firstLines = scanned.slice(label.end, lineEndAfter(scanned, label.end, 8, label.end + 2000));
      EMAIL.lastIndex = 0;
      for (const email of firstLines.match(EMAIL) ?? []) addRecipient(details, email);
    }
  }
}
