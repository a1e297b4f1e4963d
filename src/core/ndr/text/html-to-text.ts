import { decodeHTML } from 'entities';

/**
 * Linear HTML-to-text for bounce reports: drops scripts, styles and comments, turns block elements into line
 * breaks and decodes entities. Good enough to read an NDR; never renders or executes anything. Every pattern is
 * bounded or scanned with indexOf, so hostile markup (unclosed tags, millions of "<") stays linear.
 */
const LINE_BREAKS =
  /<(?:br|\/p|\/div|\/tr|\/li|\/h[1-6]|\/table|\/blockquote|hr|p|div|tr|li|table)\b[^<>]{0,2000}>/gi;
const CELL_BREAKS = /<\/t[dh]\s*>/gi;
const TAGS = /<\/?[a-zA-Z][^<>]{0,2000}>/g;
const DROPPED_ELEMENTS = ['script', 'style', 'head', 'title', 'template', 'noscript'];

export function htmlToText(html: string): string {
  let text = dropBetween(html, '<!--', '-->');
  for (const element of DROPPED_ELEMENTS) text = dropElement(text, element);
  text = text.replace(LINE_BREAKS, '\n').replace(CELL_BREAKS, ' ').replace(TAGS, '');
  return decodeHTML(text)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}

/** Removes every `open ... close` span; an unclosed span runs to the end. */
function dropBetween(text: string, open: string, close: string): string {
  const lower = text.toLowerCase();
  let result = '';
  let cursor = 0;
  for (;;) {
    const start = lower.indexOf(open, cursor);
    if (start === -1) return result + text.slice(cursor);
    result += text.slice(cursor, start) + ' ';
    const end = lower.indexOf(close, start + open.length);
    if (end === -1) return result;
    cursor = end + close.length;
  }
}

function dropElement(text: string, element: string): string {
  if (text.toLowerCase().indexOf(`<${element}`) === -1) return text;
  const lower = text.toLowerCase();
  let result = '';
  let cursor = 0;
  for (;;) {
    let start = lower.indexOf(`<${element}`, cursor);
    // "<header" is not "<head": the name must end there.
    while (start !== -1 && /[a-z0-9-]/.test(lower.charAt(start + element.length + 1))) {
      start = lower.indexOf(`<${element}`, start + 1);
    }
    if (start === -1) return result + text.slice(cursor);
    result += text.slice(cursor, start) + ' ';
    const end = lower.indexOf(`</${element}`, start + element.length + 1);
    if (end === -1) return result;
    const close = lower.indexOf('>', end);
    cursor = close === -1 ? text.length : close + 1;
  }
}

/** True when the text is (mostly) HTML markup. */
export function looksLikeHtml(text: string): boolean {
  return /<(?:html|body|div|p|table|br|span|font|head|script|td|meta)\b[^<>]{0,500}>/i.test(
    text.slice(0, 65536),
  );
}
