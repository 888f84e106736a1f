import { describe, expect, it } from 'vitest';
import { refusal } from './local-server.test.helper';
import { isPublicAddress } from './public-address';
import { resolveChecked } from './resolve-host';

const signal = new AbortController().signal;

function answering(...addresses: string[]) {
  return {
    resolve: async () => addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
    addressAllowed: isPublicAddress,
  };
}

describe('resolveChecked', () => {
  it('returns every address of a public name, for the connection to choose from', async () => {
    const addresses = await resolveChecked(
      new URL('https://fotos.example/'),
      answering('93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'),
      signal,
    );

    expect(addresses.map(({ address }) => address)).toEqual([
      '93.184.215.14',
      '2606:2800:21f:cb07:6820:80da:af6b:8b2c',
    ]);
  });

  it('refuses a name with any internal address, not only when it is the first', async () => {
    const policy = answering('93.184.215.14', '10.0.0.5');

    expect(await refusal(resolveChecked(new URL('https://fotos.example/'), policy, signal))).toBe(
      'fotos.example wijst naar een adres op een intern netwerk (10.0.0.5); geweigerd.',
    );
  });

  it('checks an address in the URL itself without a lookup, IPv6 too', async () => {
    const policy = {
      resolve: () => Promise.reject(new Error('no lookup expected')),
      addressAllowed: isPublicAddress,
    };

    expect(await refusal(resolveChecked(new URL('http://[::ffff:169.254.169.254]/'), policy, signal))).toBe(
      'Adres op een intern netwerk (::ffff:a9fe:a9fe) geweigerd.',
    );
    const [only] = await resolveChecked(new URL('http://[2606:4700::1]:8080/'), policy, signal);
    expect(only).toEqual({ address: '2606:4700::1', family: 6 });
  });

  it('says when a name does not exist, or has no address', async () => {
    const missing = {
      resolve: () => Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' })),
      addressAllowed: isPublicAddress,
    };

    expect(await refusal(resolveChecked(new URL('https://weg.example/'), missing, signal))).toBe(
      'weg.example bestaat niet.',
    );
    expect(await refusal(resolveChecked(new URL('https://leeg.example/'), answering(), signal))).toBe(
      'leeg.example heeft geen adres.',
    );
  });
});
