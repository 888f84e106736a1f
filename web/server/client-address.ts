import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';
import { CLIENT_HEADER } from '../src/lib/http/client-key';

export { CLIENT_HEADER };

type TrustProxy = (address: string, hop: number) => boolean;

/**
 * Which proxies in front of the site may say who the client is (TRUST_PROXY): `0` none, a number
 * that many hops (a load balancer, then a CDN…), or a comma-separated list of addresses and
 * subnets, with proxy-addr's names `loopback`, `linklocal` and `uniquelocal`.
 */
export function trustProxy(setting: string | undefined): TrustProxy {
  const value = (setting ?? '').trim();
  if (value === '' || value === '0') return () => false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  return proxyaddr.compile(
    value
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  );
}

/**
 * The client's address as this server can vouch for it: the socket's peer, or, through trusted
 * proxies, the address the outermost trusted one saw (proxy-addr walks X-Forwarded-For from the
 * right). Entries further left are whatever the client wrote and are never trusted. A client's
 * own value of CLIENT_HEADER is overwritten.
 */
export function markClientAddress(request: IncomingMessage, trust: TrustProxy): void {
  let address: string | undefined;
  try {
    address = request.socket.remoteAddress ? proxyaddr(request, trust) : undefined;
  } catch {
    // An unparsable X-Forwarded-For entry: only the socket is certain.
    address = request.socket.remoteAddress;
  }
  request.headers[CLIENT_HEADER] = address || 'onbekend';
}
