import { FetchRefused } from './fetch-refused';

/**
 * Parses an address from the export, or a redirect's Location against the page that sent it, and
 * refuses what the fetcher will not follow. Ports are not restricted: the address check is what
 * keeps internal services out, and old sites did serve images from :8080.
 */
export function checkUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch (error) {
    throw new FetchRefused(base ? `Ongeldige doorverwijzing vanaf ${base.host}.` : 'Geen geldig webadres.', {
      cause: error,
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const scheme = url.protocol.slice(0, -1);
    throw new FetchRefused(`Alleen http- en https-adressen worden opgehaald, geen ${scheme}-adressen.`);
  }
  // A password in an address from an export is someone else's secret; never send it on.
  if (url.username || url.password) {
    throw new FetchRefused(`Adres met inloggegevens voor ${url.host} geweigerd.`);
  }
  return url;
}
