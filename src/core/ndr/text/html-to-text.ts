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

/**
 * Blanks before a line break. The leading group anchors each match at the start of its run: a plain /[ \t]+\n/g
 * rescans a long run of blanks from every position inside it (quadratic: 400,000 spaces took a minute).
 */
const TRAILING_BLANKS = /(^|[^ \t])[ \t]+\n/g;

/** `entities` (10 ms to load) is needed only for HTML input, so it is loaded on first use. */
function decodeEntities(text: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy load, see above
  const { decodeHTML } = require('entities') as typeof import('entities');
  return decodeHTML(text);
}

/** The readable text of an HTML bounce (see the file comment for what is dropped). */
export function htmlToText(html: string): string {
  const text = dropElements(dropComments(html))
    .replace(LINE_BREAKS, '\n')
    .replace(CELL_BREAKS, ' ')
    .replace(TAGS, '');
  return decodeEntities(text)
    .replace(TRAILING_BLANKS, '$1\n')
    .replace(/\n{3,}/g, '\n\n');
}

/** Removes `<!-- ... -->`; an unclosed comment runs to the end. */
function dropComments(text: string): string {
  let result = '';
  let cursor = 0;
  for (;;) {
    const start = text.indexOf('<!--', cursor);
    if (start === -1) return result + text.slice(cursor);
    result += `${text.slice(cursor, start)} `;
    const end = text.indexOf('-->', start + 4);
    if (end === -1) return result;
    cursor = end + 3;
  }
}

const DROPPED_OPEN = new RegExp(`<(${DROPPED_ELEMENTS.join('|')})(?![\\w-])`, 'gi');

/** Removes script, style and head elements with their content, in one forward pass. */
function dropElements(text: string): string {
  let result = '';
  let cursor = 0;
  DROPPED_OPEN.lastIndex = 0;
  for (let open = DROPPED_OPEN.exec(text); open !== null; open = DROPPED_OPEN.exec(text)) {
    result += `${text.slice(cursor, open.index)} `;
    const close = new RegExp(`</${open[1]}[^<>]{0,100}>`, 'gi');
    close.lastIndex = open.index + open[0].length;
    const end = close.exec(text);
    if (!end) return result;
    cursor = end.index + end[0].length;
    DROPPED_OPEN.lastIndex = cursor;
  }
  return result + text.slice(cursor);
}

/** True when the text is (mostly) HTML markup. */
export function looksLikeHtml(text: string): boolean {
  return /<(?:html|body|div|p|table|br|span|font|head|script|td|meta)\b[^<>]{0,500}>/i.test(
    text.slice(0, 65536),
  );
}
