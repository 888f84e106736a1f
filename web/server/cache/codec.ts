/**
 * Next's cache values hold Buffers (RSC payloads, route bodies) and Maps (segment data), which JSON
 * cannot carry; they are written as tagged objects and read back as the same types.
 */
const BUFFER = '$buffer';
const MAP = '$map';

export function encodeValue(value: unknown): string {
  return JSON.stringify(value, function replacer(this: Record<string, unknown>, key: string, plain: unknown) {
    // `plain` is what toJSON made of it; the holder still has the original.
    const original = key === '' ? value : this[key];
    if (Buffer.isBuffer(original)) return { [BUFFER]: original.toString('base64') };
    if (original instanceof Map) return { [MAP]: [...original.entries()] };
    return plain;
  });
}

export function decodeValue(text: string): unknown {
  return JSON.parse(text, (_key, plain: unknown) => {
    if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) return plain;
    const buffer: unknown = Reflect.get(plain, BUFFER);
    if (typeof buffer === 'string') return Buffer.from(buffer, 'base64');
    const entries: unknown = Reflect.get(plain, MAP);
    if (Array.isArray(entries)) return new Map(entries as [unknown, unknown][]);
    return plain;
  });
}
