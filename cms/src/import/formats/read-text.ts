import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { TextDecoder } from 'node:util';
import { missingFile, unknownEncoding } from './problems';

/** How much of a file the readers look at to recognise it; also the size of every read. */
const HEAD_BYTES = 64 * 1024;

/**
 * The encoding an XML declaration names, or a UTF-16 byte-order mark; UTF-8 otherwise (JSON is always
 * UTF-8). Old WordPress and Blogger exports were sometimes ISO-8859-1.
 */
function encodingOf(head: Uint8Array): string {
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  const declaration = Buffer.from(head.subarray(0, 200)).toString('latin1');
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(declaration)?.[1] ?? 'utf-8';
}

function decoderFor(head: Uint8Array): TextDecoder {
  const label = encodingOf(head);
  try {
    return new TextDecoder(label);
  } catch {
    throw unknownEncoding(label);
  }
}

/** The file as text, one read at a time: nothing holds the whole file. */
export async function* readText(file: string): AsyncGenerator<string> {
  const stream = createReadStream(file, { highWaterMark: HEAD_BYTES });
  let decoder: TextDecoder | undefined;
  try {
    for await (const chunk of stream) {
      if (!(chunk instanceof Uint8Array)) continue;
      decoder ??= decoderFor(chunk);
      yield decoder.decode(chunk, { stream: true });
    }
  } catch (error) {
    if (isFileSystemError(error)) throw missingFile(file, error);
    throw error;
  } finally {
    stream.destroy();
  }
  if (decoder) yield decoder.decode();
}

/** The first HEAD_BYTES of the file as text; a character cut in half at the end does no harm. */
export async function readHead(file: string): Promise<string> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw missingFile(file, error);
  }
  try {
    const buffer = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    const head = buffer.subarray(0, bytesRead);
    return decoderFor(head).decode(head);
  } finally {
    await handle.close();
  }
}

function isFileSystemError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && 'syscall' in error;
}
