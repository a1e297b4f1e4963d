/**
 * Quoted-printable decoding (RFC 2045 §6.7), with the same rules as libqp (the tests check it against libqp) but
 * leaning on native string and byte operations: `explain` decodes thousands of messages in one short-lived process,
 * where code that loops over characters in JavaScript mostly runs before V8 has optimized it. Also, libqp loads
 * Node's stream classes at start-up for encoders this does not need.
 */

const HEX = new Int8Array(256).fill(-1);
for (let digit = 0; digit < 10; digit += 1) HEX[48 + digit] = digit;
for (let letter = 0; letter < 6; letter += 1) {
  HEX[65 + letter] = 10 + letter;
  HEX[97 + letter] = 10 + letter;
}

/** White space at the end of a line is transport padding. The leading group keeps the match linear on long runs. */
const TRAILING_BLANKS = /(^|[^ \t])[ \t]+(?=[\n\r\u2028\u2029]|$)/g;
/** "=" at the end of a line (or of the text) is a soft line break. */
const SOFT_BREAK = /=(?:\r?\n|$)/g;
const EQUALS = 61;

const encoder = new TextEncoder();

/**
 * Decodes quoted-printable text to bytes: padding and soft line breaks dropped, `=XX` escapes decoded, a stray `=`
 * kept. A character above ASCII (8-bit damage in transit) is kept as its UTF-8 bytes.
 */
export function decodeQuotedPrintable(text: string): Uint8Array {
  const bytes = encoder.encode(text.replace(TRAILING_BLANKS, '$1').replace(SOFT_BREAK, ''));
  let write = bytes.indexOf(EQUALS);
  if (write === -1) return bytes;
  let read = write;
  // Invariant: bytes[read] is "=". Escapes shrink the text, so the decoded bytes are written over the same array.
  while (read < bytes.length) {
    const high = read + 2 < bytes.length ? HEX[bytes[read + 1]!]! : -1;
    const low = high >= 0 ? HEX[bytes[read + 2]!]! : -1;
    if (low >= 0) {
      bytes[write++] = high * 16 + low;
      read += 3;
    } else {
      bytes[write++] = EQUALS;
      read += 1;
    }
    const next = bytes.indexOf(EQUALS, read);
    const runEnd = next === -1 ? bytes.length : next;
    bytes.copyWithin(write, read, runEnd);
    write += runEnd - read;
    read = runEnd;
  }
  return bytes.subarray(0, write);
}
