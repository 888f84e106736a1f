import type { ShareLink } from './cms';

export type ShareTarget = { url: string; title: string };

/**
 * A share link's href: placeholders filled with URL-encoded values. The CMS only accepts templates
 * that start with https:// or mailto: and contain {url}; this refuses anything else as well.
 */
export function shareHref(template: string, target: ShareTarget): string | null {
  if (!template.startsWith('https://') && !template.startsWith('mailto:')) return null;
  const values: Record<string, string> = {
    url: target.url,
    title: target.title,
    text: `${target.title} ${target.url}`,
  };
  return template.replace(/\{(url|title|text)\}/g, (_, name: string) =>
    encodeURIComponent(values[name] ?? ''),
  );
}

export function shareLinksFor(links: ShareLink[], target: ShareTarget) {
  return links.flatMap((link) => {
    const href = shareHref(link.urlTemplate, target);
    return href ? [{ platform: link.platform, label: link.label, href }] : [];
  });
}
