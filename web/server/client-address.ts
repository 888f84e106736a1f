import type { IncomingMessage } from 'node:http';
import { CLIENT_HEADER } from '../src/lib/http/client-key';

export { CLIENT_HEADER };

/**
 * The client's address as this server can vouch for it: the socket's peer, or with
 * `trustedProxies` (TRUST_PROXY) proxies in front, the address the outermost of them saw, which
 * is that many entries from the end of X-Forwarded-For. Entries further left are whatever the
 * client wrote and are never trusted. A client's own value of CLIENT_HEADER is overwritten.
 */
export function markClientAddress(request: IncomingMessage, trustedProxies: number): void {
  const forwarded = String(request.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const viaProxy = trustedProxies > 0 ? forwarded[forwarded.length - trustedProxies] : undefined;
  request.headers[CLIENT_HEADER] = viaProxy ?? request.socket.remoteAddress ?? 'onbekend';
}
