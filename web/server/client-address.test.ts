import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { CLIENT_HEADER, markClientAddress } from './client-address';

function request(headers: Record<string, string>, remoteAddress = '10.0.0.2'): IncomingMessage {
  return Object.assign(Object.create(null), { headers: { ...headers }, socket: { remoteAddress } });
}

describe('markClientAddress', () => {
  it('without proxies, uses the socket and ignores what the client claims', () => {
    const incoming = request({ 'x-forwarded-for': '1.2.3.4', [CLIENT_HEADER]: '5.6.7.8' });
    markClientAddress(incoming, 0);
    expect(incoming.headers[CLIENT_HEADER]).toBe('10.0.0.2');
  });

  it('behind one proxy, takes the address that proxy appended, not the client-written ones', () => {
    const incoming = request({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7' });
    markClientAddress(incoming, 1);
    expect(incoming.headers[CLIENT_HEADER]).toBe('203.0.113.7');
  });

  it('falls back to the socket when the chain is shorter than the proxies configured', () => {
    const incoming = request({});
    markClientAddress(incoming, 2);
    expect(incoming.headers[CLIENT_HEADER]).toBe('10.0.0.2');
  });
});
