import type { LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { FetchRefused } from './fetch-refused';
import type { FetchPolicy } from './policy';

/** One or more addresses, every one checked: what the connection may use, and nothing else. */
export type CheckedAddresses = readonly [LookupAddress, ...LookupAddress[]];

/**
 * Looks the host up once and checks every address it has. Refusing when any address is internal
 * (not just the first) keeps a name that mixes public and private answers from being a coin toss.
 */
export async function resolveChecked(
  url: URL,
  policy: FetchPolicy,
  signal: AbortSignal,
): Promise<CheckedAddresses> {
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const family = isIP(hostname);
  const addresses = family ? [{ address: hostname, family }] : await lookUp(hostname, policy, signal);
  const [first, ...rest] = addresses;
  if (!first) throw new FetchRefused(`${hostname} heeft geen adres.`);
  const internal = addresses.find(({ address }) => !policy.addressAllowed(address));
  if (internal) {
    throw new FetchRefused(
      family
        ? `Adres op een intern netwerk (${internal.address}) geweigerd.`
        : `${hostname} wijst naar een adres op een intern netwerk (${internal.address}); geweigerd.`,
    );
  }
  return [first, ...rest];
}

async function lookUp(hostname: string, policy: FetchPolicy, signal: AbortSignal) {
  try {
    // The system resolver cannot be cancelled; the deadline must not wait for it.
    return await untilAborted(policy.resolve(hostname), signal);
  } catch (error) {
    if (signal.aborted) throw error;
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'onbekende fout';
    throw new FetchRefused(
      code === 'ENOTFOUND' ? `${hostname} bestaat niet.` : `${hostname} kon niet worden opgezocht (${code}).`,
      { cause: error },
    );
  }
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
