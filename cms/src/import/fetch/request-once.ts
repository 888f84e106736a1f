import http from 'node:http';
import https from 'node:https';
import type { IncomingMessage } from 'node:http';
import type { LookupFunction } from 'node:net';
import { FetchRefused } from './fetch-refused';
import type { CheckedAddresses } from './resolve-host';

/**
 * One GET, connected only to addresses that were already checked. The name stays in the request, so
 * the Host header, TLS SNI and the certificate check still use it; but a second DNS answer (a
 * rebinding to 127.0.0.1 between check and connect) is never asked for.
 */
export function requestOnce(url: URL, addresses: CheckedAddresses, signal: AbortSignal) {
  const get = url.protocol === 'https:' ? https.get : http.get;
  return new Promise<IncomingMessage>((resolve, reject) => {
    const request = get(
      url,
      {
        // A fresh socket every time: a kept-alive one could belong to a host checked earlier.
        agent: false,
        lookup: checkedLookup(addresses),
        signal,
        headers: {
          'user-agent': 'fractieblog-import',
          accept: '*/*',
          // Compressed bodies would dodge the size cap until decoded; ask for none.
          'accept-encoding': 'identity',
        },
      },
      resolve,
    );
    request.on('error', (error) => reject(signal.aborted ? error : connectionRefused(url, error)));
  });
}

/** Hands the socket the checked addresses; with several, Node tries them in turn (happy eyeballs). */
function checkedLookup(addresses: CheckedAddresses): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [...addresses]);
    else callback(null, addresses[0].address, addresses[0].family);
  };
}

function connectionRefused(url: URL, error: Error): FetchRefused {
  const code = 'code' in error ? String(error.code) : 'onbekende fout';
  return new FetchRefused(connectionMessage(url.host, code), { cause: error });
}

function connectionMessage(host: string, code: string): string {
  if (code === 'ECONNREFUSED') return `${host} weigert de verbinding.`;
  if (code === 'ECONNRESET') return `${host} verbrak de verbinding.`;
  if (/CERT|SIGNATURE|ALTNAME/.test(code)) return `Het certificaat van ${host} is niet geldig (${code}).`;
  return `Verbinding met ${host} mislukt (${code}).`;
}
