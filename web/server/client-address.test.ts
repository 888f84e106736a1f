import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { CLIENT_HEADER, markClientAddress, trustProxy } from './client-address';

function request(headers: Record<string, string>, remoteAddress = '10.0.0.2'): IncomingMessage {
  const socket = { remoteAddress };
  return Object.assign(Object.create(null), { headers: { ...headers }, socket, connection: socket });
}

describe('markClientAddress', () => {
  it('without proxies, uses the socket and ignores what the client claims', () => {
    const incoming = request({ 'x-forwarded-for': '1.2.3.4', [CLIENT_HEADER]: '5.6.7.8' });
    markClientAddress(incoming, trustProxy('0'));
    expect(incoming.headers[CLIENT_HEADER]).toBe('10.0.0.2');
  });

  it('behind one proxy, takes the address that proxy appended, not the client-written ones', () => {
    const incoming = request({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7' });
    markClientAddress(incoming, trustProxy('1'));
    expect(incoming.headers[CLIENT_HEADER]).toBe('203.0.113.7');
  });

  it('falls back to the furthest address there is when the chain is shorter than the hops', () => {
    const incoming = request({});
    markClientAddress(incoming, trustProxy('2'));
    expect(incoming.headers[CLIENT_HEADER]).toBe('10.0.0.2');
  });

  it('trusts a load balancer by address: a client connecting directly cannot claim another', () => {
    const viaBalancer = request({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7' }, '127.0.0.1');
    markClientAddress(viaBalancer, trustProxy('loopback'));
    expect(viaBalancer.headers[CLIENT_HEADER]).toBe('203.0.113.7');
    const direct = request({ 'x-forwarded-for': '203.0.113.7' }, '198.51.100.4');
    markClientAddress(direct, trustProxy('loopback'));
    expect(direct.headers[CLIENT_HEADER]).toBe('198.51.100.4');
  });
});
