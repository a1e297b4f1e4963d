import { decodeCharset } from './charset';

/**
 * RFC 2047 encoded words in headers ("=?UTF-8?B?w7xiZXI=?=", "=?iso-8859-1?Q?caf=E9?="). Whitespace between two
 * encoded words is dropped, as the RFC says; a word in an unknown charset is read as UTF-8.
 */
const ENCODED_WORD = /=\?([^?\s]{1,40})\?([BbQq])\?([^?\s]{0,2000})\?=/g;
const BETWEEN_WORDS = /(\?=)\s+(?==\?)/g;

function decodeWord(charset: string, encoding: string, text: string): string {
  const bytes =
    encoding.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64')
      : Buffer.from(
          text
            .replace(/_/g, ' ')
            .replace(/=([0-9A-Fa-f]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          'latin1',
        );
  // RFC 2231 may add a language after "*" ("utf-8*en").
  return decodeCharset(bytes, charset.split('*')[0]);
}

/** Decodes every encoded word in a header value; plain values come back unchanged. */
export function decodeEncodedWords(value: string): string {
  if (!value.includes('=?')) return value;
  return value
    .replace(BETWEEN_WORDS, '$1')
    .replace(ENCODED_WORD, (_match, charset: string, encoding: string, text: string) =>
      decodeWord(charset, encoding, text),
    );
}
