/**
 * User-originated text (evidence lines, addresses, server names, subjects) comes from a pasted NDR and must not be able
 * to inject Markdown, disguised links or direction tricks into a card the bot vouches for.
 *
 * Strategy: such text is rendered in `TextRun`s (hosts do not process Markdown there) after `sanitizeUserText`, which
 * removes control and bidi-override characters and defangs URL schemes so no host autolinks them ("hxxps://",
 * "mailto[:]", "www[.]"). Where user text must go through Markdown (TextBlock, FactSet), `escapeMarkdown` is applied
 * on top.
 */

/** Longest evidence line shown on a card; the full line stays in the hand-off and the logs. */
export const MAX_EVIDENCE_CHARS = 300;
/** Longest other user field (subject, address, server) shown on a card. */
export const MAX_FIELD_CHARS = 160;

const ELLIPSIS = '…';
// C0/C1 controls (newlines handled separately), bidi embeddings/overrides/isolates, BOM.
const CONTROL_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const MARKDOWN_SPECIALS = /[\\*_[\]()#>~`!|{}<+-]/g;

/** Defangs anything a host could turn into a clickable link. */
export function defangLinks(text: string): string {
  return text
    .replace(/\b(h)tt(ps?):\/\//gi, '$1xx$2://')
    .replace(/\b(ftp|file|javascript|data|vbscript|tel|sip|msteams|teams|ms-[a-z-]+):(?=\S)/gi, '$1[:]')
    .replace(/\bmailto:/gi, 'mailto[:]')
    .replace(/\bwww\./gi, (match: string) => `${match.slice(0, 3)}[.]`);
}

/** Cuts `text` to at most `max` characters (by code point), ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars
    .slice(0, Math.max(0, max - 1))
    .join('')
    .trimEnd()}${ELLIPSIS}`;
}

/** Makes user text safe for a TextRun: one line, no control/bidi characters, links defanged, length capped. */
export function sanitizeUserText(text: string, max: number = MAX_FIELD_CHARS): string {
  const oneLine = text.replace(/\r\n|\r|\n|\t/g, ' ').replace(CONTROL_CHARS, '');
  return truncate(defangLinks(oneLine).replace(/ {2,}/g, ' ').trim(), max);
}

/** Backslash-escapes Markdown specials so a TextBlock or FactSet shows `text` literally. */
export function escapeMarkdown(text: string): string {
  // A leading "1." would start an ordered list.
  return text.replace(MARKDOWN_SPECIALS, (char) => `\\${char}`).replace(/^(\d+)\./, '$1\\.');
}

/** `sanitizeUserText` + `escapeMarkdown`, for user text that has to sit in a Markdown-processed field. */
export function userTextForMarkdown(text: string, max: number = MAX_FIELD_CHARS): string {
  return escapeMarkdown(sanitizeUserText(text, max));
}
