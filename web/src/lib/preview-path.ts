const BASE = 'http://site.invalid';

/**
 * The path an editor's preview link may send them to: a path on this site, never another host
 * (`//evil.example`, `/\evil.example`, `https://…`) and nothing a browser would read differently.
 */
export function safePreviewPath(raw: string | null): string | null {
  if (!raw || raw.length > 500 || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\'))
    return null;
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  return `${url.pathname}${url.search}`;
}
