/** One decoder per charset label, kept: building a TextDecoder costs more than decoding a short part. */
type Decoder = InstanceType<typeof TextDecoder>;
const decoders = new Map<string, Decoder>();

function decoderFor(charset: string | undefined): Decoder {
  const label = (charset ?? 'utf-8').trim().toLowerCase();
  let decoder = decoders.get(label);
  if (!decoder) {
    try {
      decoder = new TextDecoder(label);
    } catch {
      decoder = new TextDecoder('utf-8');
    }
    if (decoders.size < 100) decoders.set(label, decoder);
  }
  return decoder;
}

/** Decodes bytes in a MIME charset (a part's `charset`, an encoded word's); an unknown charset is read as UTF-8. */
export function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  return decoderFor(charset).decode(bytes);
}
