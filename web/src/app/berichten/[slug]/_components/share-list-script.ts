/** What the share list's script needs to know; all of it is on the server when the page is made. */
export type ShareListSettings = {
  /** The post whose shares are counted, or null where the page is not a post's. */
  slug: string | null;
  url: string;
  title: string;
  /** The platforms the site counts (the contract's SHARE_PLATFORMS). */
  platforms: readonly string[];
  copied: string;
  copyFailed: string;
};

/**
 * The share list's behaviour in the browser, run by an inline script right after the list
 * (inlineScript), so it stands alone: no imports, no names from outside.
 *
 * - Counts which platform a reader picks. The links stay plain `<a>`s: the count is sent beside
 *   the click, never instead of it, so the platform opens at once; a count that does not arrive is
 *   lost, never retried. `keepalive` lets it finish when the page goes away for the platform, and no
 *   credentials go along, not even a preview cookie.
 * - Shows "Kopieer link" where the browser can copy, and says in the live region whether it did.
 * - Shows "Delen…" only where the browser has a share sheet.
 * Without JavaScript the buttons stay hidden and the links work, uncounted.
 */
export function enhanceShareList(settings: ShareListSettings): void {
  const list = document.currentScript?.previousElementSibling;
  if (!(list instanceof HTMLElement)) return;
  const copyButton = list.querySelector('[data-share-platform="copy"]');
  const nativeButton = list.querySelector('[data-share-platform="native"]');
  const status = list.querySelector('[data-share-status]');
  const reveal = (control: Element | null) => {
    const item = control?.closest('li');
    if (item) item.hidden = false;
  };
  if (typeof navigator.clipboard?.writeText === 'function') reveal(copyButton);
  if (typeof navigator.share === 'function') reveal(nativeButton);

  const count = (platform: string) => {
    if (!settings.slug) return;
    fetch('/api/deel', {
      method: 'POST',
      keepalive: true,
      credentials: 'omit',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ slug: settings.slug, platform }),
    }).catch(() => undefined);
  };
  const copy = () =>
    navigator.clipboard.writeText(settings.url).then(
      () => settings.copied,
      () => settings.copyFailed,
    );

  const onPick = (event: MouseEvent) => {
    // A middle click opens a link in a new tab too; other buttons open no platform.
    if (event.type === 'auxclick' && event.button !== 1) return;
    const control = event.target instanceof Element ? event.target.closest('[data-share-platform]') : null;
    const platform = control?.getAttribute('data-share-platform');
    if (!control || !platform || !settings.platforms.includes(platform)) return;
    count(platform);
    if (event.type !== 'click') return;
    if (control === copyButton && status) {
      void copy().then((message) => {
        status.textContent = message;
      });
    }
    if (control === nativeButton)
      navigator.share({ url: settings.url, title: settings.title }).catch(() => undefined);
  };
  list.addEventListener('click', onPick);
  list.addEventListener('auxclick', onPick);
}
