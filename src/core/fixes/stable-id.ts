const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/**
 * A short, stable id for an idempotency key (64-bit FNV-1a over UTF-8, as 16 hex digits): the same click always maps
 * to the same approval, and the id stays well within the 64 characters card data allows.
 */
export function stableId(key: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(key)) {
    hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  }
  return `fx-${hash.toString(16).padStart(16, '0')}`;
}
