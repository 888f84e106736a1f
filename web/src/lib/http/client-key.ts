/**
 * Who is asking, for rate limits only: the nearest client address the proxy chain reports. It is
 * used as a key in memory and never stored or logged.
 */
export function clientKey(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip')?.trim() || 'onbekend';
}
