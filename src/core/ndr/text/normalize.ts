/** Turns whatever was pasted or attached into clean text the scanners can trust. */

/** Characters that render as nothing but split a code ("5.7\u200B.57"): dropped. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** Unusual spaces: made plain. */
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g;
/** Control characters other than tab and newline. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]+/g;
const FULLWIDTH = /[\uFF10-\uFF19\uFF0E]/g;

const SAMPLE_CHARS = 8192;
/** NUL and control characters that text files do not contain (tab, newlines, form feed and escape they may). */
// eslint-disable-next-line no-control-regex -- detecting control characters is the point
const BINARY_CHARACTER = /[\u0000-\u0008\u000E-\u001A\u001C-\u001F\uFFFD]/;
// eslint-disable-next-line no-control-regex -- the same class, counted
const BINARY_CHARACTERS = /[\u0000-\u0008\u000E-\u001A\u001C-\u001F\uFFFD]/g;

/** Anything but tab, newline and printable ASCII. */
const OUTSIDE_PRINTABLE_ASCII = /[^\t\n\x20-\x7e]/;

/** True when the text has a character one of the three classes above would change (a plain loop: the hot path). */
function needsCleaning(text: string): boolean {
  // Most input is printable ASCII: let the regex engine find the first other character, then look closer.
  const first = text.search(OUTSIDE_PRINTABLE_ASCII);
  if (first === -1) return false;
  for (let i = first; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 32 && code < 127) continue;
    if (code < 32) {
      if (code !== 9 && code !== 10) return true;
    } else if (
      code === 127 ||
      code === 0xa0 ||
      code === 0xad ||
      code === 0x1680 ||
      code === 0x180e ||
      (code >= 0x2000 && code <= 0x206f) ||
      code === 0x3000 ||
      code === 0xfeff
    ) {
      return true;
    }
  }
  return false;
}

/** Decodes without a byte-order mark; invalid sequences become U+FFFD. Kept: creating a decoder per input costs. */
const UTF8 = new TextDecoder('utf-8', { fatal: false });

/** Decodes bytes: UTF-16 with a byte-order mark, else UTF-8 (invalid sequences become U+FFFD). */
export function decodeBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  }
  return UTF8.decode(bytes);
}

/** True when the start of decoded bytes has more than 10 % characters that text files do not contain. */
export function looksBinary(text: string): boolean {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if (!BINARY_CHARACTER.test(sample)) return false;
  const suspicious = sample.match(BINARY_CHARACTERS)?.length ?? 0;
  return suspicious / sample.length > 0.1;
}

/** Keeps runs of readable text (like `strings`), one per line, so codes inside a binary file are still found. */
export function printableRuns(text: string): string {
  // eslint-disable-next-line no-control-regex -- binary input: keep what is not a control character
  const runs = text.match(/[^\u0000-\u0008\u000E-\u001F\u007F\uFFFD]{8,}/g);
  return runs ? runs.join('\n') : '';
}

/** Cleans text: invisible characters, odd spaces, control characters, CRLF, full-width digits. */
export function normalizeText(raw: string): string {
  let text = raw;
  // Most text is tab, newline and printable ASCII only: one search proves there is nothing to clean.
  if (text.search(OUTSIDE_PRINTABLE_ASCII) === -1) return text;
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  // One pass finds whether any cleaning is needed; most pastes need none.
  if (needsCleaning(text)) text = text.replace(INVISIBLE, '').replace(ODD_SPACES, ' ').replace(CONTROLS, ' ');
  if (FULLWIDTH.test(text)) {
    FULLWIDTH.lastIndex = 0;
    text = text.replace(FULLWIDTH, (char) =>
      char === '\uFF0E' ? '.' : String.fromCharCode(char.charCodeAt(0) - 0xfee0),
    );
  }
  return text;
}
