import type { ShareLink } from '@/lib/cms';

/** Small monochrome icons, shipped with the site: no icon font, no CDN. */
const PATHS: Record<ShareLink['platform'], string> = {
  facebook:
    'M13.5 21v-7.5h2.6l.4-3h-3V8.6c0-.9.3-1.5 1.6-1.5h1.6V4.4a21 21 0 0 0-2.4-.1c-2.4 0-4 1.4-4 4.1v2.1H7.7v3h2.6V21z',
  x: 'M4 4h4.6l3.8 5.2L16.9 4H20l-6 6.9L20.5 20h-4.6l-4.1-5.6L6.9 20H3.8l6.4-7.3z',
  linkedin:
    'M4.5 9h3v11h-3zM6 3.8A1.8 1.8 0 1 1 6 7.4a1.8 1.8 0 0 1 0-3.6M10 9h2.9v1.5c.4-.8 1.4-1.7 3-1.7 3.1 0 3.6 2 3.6 4.7V20h-3v-5.7c0-1.4 0-3.1-1.9-3.1s-2.2 1.5-2.2 3V20h-3z',
  whatsapp:
    'M12 3a9 9 0 0 0-7.8 13.5L3 21l4.6-1.2A9 9 0 1 0 12 3m0 1.8a7.2 7.2 0 1 1-3.7 13.4l-.3-.2-2.7.7.7-2.6-.2-.3A7.2 7.2 0 0 1 12 4.8M8.9 7.6c-.2 0-.5 0-.7.3-.3.3-1 1-1 2.3s1 2.7 1.2 2.9c.1.2 2 3.1 4.9 4.3 2.4 1 2.9.8 3.4.7.5 0 1.7-.7 1.9-1.4.2-.7.2-1.3.2-1.4l-.5-.3-1.7-.8c-.3-.1-.4-.1-.6.1l-.8 1c-.1.2-.3.2-.6.1a6 6 0 0 1-3-2.6c-.2-.4.2-.4.6-1.2v-.5l-.8-1.9c-.2-.5-.4-.4-.5-.4z',
  bluesky:
    'M6.3 4.9C8.4 6.5 10.6 9.6 12 11.3c1.4-1.7 3.6-4.8 5.7-6.4 1.5-1.1 3.9-2 3.9.8 0 .5-.3 4.6-.5 5.3-.6 2.3-3 2.9-5.1 2.5 3.7.6 4.6 2.7 2.6 4.8-3.9 4-5.6-1-6-2.3l-.6-1.6-.6 1.6c-.4 1.3-2.1 6.3-6 2.3-2-2.1-1.1-4.2 2.6-4.8-2.1.4-4.5-.2-5.1-2.5-.2-.7-.5-4.8-.5-5.3 0-2.8 2.4-1.9 3.9-.8',
  email: 'M3 6h18v12H3zm1.8 1.5v.3l7.2 5 7.2-5v-.3zm0 2.1v6.9h14.4V9.6L12 14.6z',
};

export function ShareIcon({ platform }: { platform: ShareLink['platform'] }) {
  return (
    <svg
      className="share__icon"
      viewBox="0 0 24 24"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[platform]} fill="currentColor" />
    </svg>
  );
}
