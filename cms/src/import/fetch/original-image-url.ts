/** WordPress's sub-size ("-300x200") and big-image ("-scaled", since 5.3) suffixes, before the extension. */
const SUB_SIZE = /-\d+x\d+(?=\.[a-z0-9]+$)/i;
const SCALED = /-scaled(?=\.[a-z0-9]+$)/i;
/** Jetpack/Photon and WordPress.com ask their CDN for a smaller copy with these. */
const RESIZE_PARAMS = ['resize', 'fit', 'w', 'h', 'crop', 'zoom', 'quality', 'strip'];
/** Blogger's size segment: s320, s320-c, w400-h300, w400-h300-p-k-no-nu, s1600-h (an HTML page!). */
const BLOGGER_SIZE = /^[swh]\d+(?:-[a-z0-9]+)*$/i;

/**
 * The address of the full-size upload behind a resized copy, or the address unchanged. A guess: the
 * caller should fall back to the address as given when the original is gone.
 */
export function originalImageUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  if (isWordPressUpload(url)) return wordPressOriginal(url);
  if (isBloggerImage(url)) return bloggerOriginal(url);
  return raw;
}

function isWordPressUpload(url: URL): boolean {
  return (
    url.pathname.includes('/wp-content/uploads/') ||
    url.hostname.endsWith('.files.wordpress.com') ||
    /^i\d\.wp\.com$/.test(url.hostname)
  );
}

function wordPressOriginal(url: URL): string {
  // "foto-e1565432123456.jpg" is the editor's crop or rotation, not a size: it stays.
  url.pathname = url.pathname.replace(SUB_SIZE, '').replace(SCALED, '');
  // delete() re-serialises the query even for an absent name, re-encoding the other parameters
  // (a signed URL would break): only call it for a parameter that is there.
  for (const name of RESIZE_PARAMS) if (url.searchParams.has(name)) url.searchParams.delete(name);
  return url.href;
}

function isBloggerImage(url: URL): boolean {
  return (
    url.hostname.endsWith('.bp.blogspot.com') ||
    url.hostname === 'blogger.googleusercontent.com' ||
    /^lh\d\.googleusercontent\.com$/.test(url.hostname)
  );
}

/** s1600 is what Blogger itself links to as "full size"; s0 and bigger sizes are left alone. */
function bloggerOriginal(url: URL): string {
  const segments = url.pathname.split('/');
  const index = segments.length - 2;
  const size = segments[index];
  if (size !== undefined && BLOGGER_SIZE.test(size) && !isFullSize(size)) {
    segments[index] = 's1600';
    url.pathname = segments.join('/');
  }
  // The newer addresses put the size after the last "=" instead: …/AVvXsEh…=w400-h300.
  url.pathname = url.pathname.replace(/=([swh]\d+(?:-[a-z0-9]+)*)$/i, (whole, spec: string) =>
    isFullSize(spec) ? whole : '=s1600',
  );
  return url.href;
}

function isFullSize(size: string): boolean {
  const match = /^s(\d+)$/.exec(size);
  return match !== null && (Number(match[1]) === 0 || Number(match[1]) >= 1600);
}
