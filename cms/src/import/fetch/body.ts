import { Transform } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { FetchRefused } from './fetch-refused';

/**
 * Refuses a response before its body is read: an error status, a declared size over the cap, or an
 * encoding the cap could not measure (a small gzip body can unpack to gigabytes).
 */
export function checkResponse(response: IncomingMessage, host: string, maxBytes: number): void {
  const refusal = refusalOf(response, host, maxBytes);
  if (refusal === null) return;
  response.destroy();
  throw new FetchRefused(refusal);
}

function refusalOf(response: IncomingMessage, host: string, maxBytes: number): string | null {
  const status = response.statusCode ?? 0;
  if (status < 200 || status > 299) return `${host} antwoordde met HTTP ${status}.`;
  const declared = Number(response.headers['content-length']);
  if (declared > maxBytes) {
    return `Bestand op ${host} is te groot (${size(declared)}; maximaal ${size(maxBytes)}).`;
  }
  const encoding = response.headers['content-encoding'];
  if (encoding && encoding !== 'identity') {
    return `${host} stuurde een gecomprimeerd antwoord (${encoding}); niet ingelezen.`;
  }
  return null;
}

/** Passes bytes on until there are more than maxBytes: for bodies without (or lying about) a length. */
export class ByteCap extends Transform {
  bytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly host: string,
  ) {
    super();
  }

  override _transform(
    chunk: Buffer,
    _encoding: BufferEncoding,
    done: (error?: Error | null, data?: Buffer) => void,
  ) {
    this.bytes += chunk.length;
    if (this.bytes <= this.maxBytes) return done(null, chunk);
    done(new FetchRefused(`Bestand op ${this.host} is groter dan ${size(this.maxBytes)}; afgebroken.`));
  }
}

function size(bytes: number): string {
  if (bytes < 1_000_000) return `${bytes.toLocaleString('nl-NL')} bytes`;
  return `${(bytes / 1_000_000).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
}

/** A body that ended early is the server's doing; a full disk is not, and keeps its own error. */
export function remoteBreak(error: unknown, host: string): unknown {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code !== 'ECONNRESET' && code !== 'ERR_STREAM_PREMATURE_CLOSE' && !code.startsWith('HPE_')) {
    return error;
  }
  return new FetchRefused(`${host} brak het downloaden halverwege af.`, { cause: error });
}
