/**
 * The bytes of a chunk handed to `response.write`/`end` (a string in `encoding`, or a buffer),
 * or null for anything else (no chunk, or a callback in its place).
 */
export function chunkBytes(chunk: unknown, encoding: unknown): Buffer | null {
  if (typeof chunk === 'string') {
    return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  }
  return chunk instanceof Uint8Array ? Buffer.from(chunk) : null;
}
