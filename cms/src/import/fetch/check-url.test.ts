import { describe, expect, it } from 'vitest';
import { checkUrl } from './check-url';
import { FetchRefused } from './fetch-refused';

function refusalOf(raw: string, base?: URL): string {
  try {
    checkUrl(raw, base);
  } catch (error) {
    if (error instanceof FetchRefused) return error.message;
    throw error;
  }
  throw new Error(`accepted: ${raw}`);
}

describe('checkUrl', () => {
  it('accepts http and https, on any port', () => {
    expect(checkUrl('https://example.org/foto.jpg').href).toBe('https://example.org/foto.jpg');
    expect(checkUrl('http://example.org:8080/foto.jpg').port).toBe('8080');
  });

  it.each([
    'file:///etc/passwd',
    'ftp://example.org/x',
    'data:image/png;base64,AA==',
    'javascript:alert(1)',
    'gopher://example.org/',
  ])('refuses %s', (raw) => {
    expect(refusalOf(raw)).toBe(
      `Alleen http- en https-adressen worden opgehaald, geen ${raw.split(':')[0]}-adressen.`,
    );
  });

  it('refuses credentials, and never repeats them', () => {
    expect(refusalOf('https://beheer:wachtwoord@example.org/')).toBe(
      'Adres met inloggegevens voor example.org geweigerd.',
    );
    expect(refusalOf('https://token@example.org/')).toBe(
      'Adres met inloggegevens voor example.org geweigerd.',
    );
  });

  it('refuses what is no address, and a bad redirect by the host that sent it', () => {
    expect(refusalOf('foto.jpg')).toBe('Geen geldig webadres.');
    expect(refusalOf('http://[::1/', new URL('https://example.org/a?token=geheim'))).toBe(
      'Ongeldige doorverwijzing vanaf example.org.',
    );
  });

  it('resolves a relative redirect against the page that sent it', () => {
    expect(checkUrl('/b', new URL('https://example.org/a/')).href).toBe('https://example.org/b');
  });

  it('normalises numeric hosts, so the address check sees the real address', () => {
    expect(checkUrl('http://2130706433/').hostname).toBe('127.0.0.1');
    expect(checkUrl('http://0x7f.1/').hostname).toBe('127.0.0.1');
  });
});
