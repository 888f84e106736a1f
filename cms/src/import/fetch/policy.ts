import { lookup } from 'node:dns/promises';
import type { LookupAddress } from 'node:dns';
import { isPublicAddress } from './public-address';

export type FetchLimits = {
  /** For the whole download: every lookup, connection, redirect and byte of the body. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Lets the tests reach their servers on 127.0.0.1; the import never sets it. */
  allowPrivate?: boolean;
};

type Resolve = (hostname: string) => Promise<readonly LookupAddress[]>;

/**
 * Where names are looked up and which addresses may be connected to. Only the tests pass their own:
 * a resolver that answers differently the second time, or a rule that allows one loopback address
 * but not another, is how they prove that every hop is checked on the address actually used.
 */
export type FetchPolicy = { resolve: Resolve; addressAllowed: (ip: string) => boolean };

export function defaultPolicy(limits: FetchLimits): FetchPolicy {
  return {
    resolve: (hostname) => lookup(hostname, { all: true }),
    addressAllowed: limits.allowPrivate ? () => true : isPublicAddress,
  };
}
