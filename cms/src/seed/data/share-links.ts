import type { SeedShareLink } from '../types';

export const shareLinks: SeedShareLink[] = [
  {
    platform: 'facebook',
    label: 'Deel op Facebook',
    urlTemplate: 'https://www.facebook.com/sharer/sharer.php?u={url}',
    order: 1,
    enabled: true,
  },
  {
    platform: 'x',
    label: 'Deel op X',
    urlTemplate: 'https://x.com/intent/post?text={title}&url={url}',
    order: 2,
    enabled: true,
  },
  {
    platform: 'linkedin',
    label: 'Deel op LinkedIn',
    urlTemplate: 'https://www.linkedin.com/sharing/share-offsite/?url={url}',
    order: 3,
    enabled: true,
  },
  {
    platform: 'whatsapp',
    label: 'Deel via WhatsApp',
    urlTemplate: 'https://wa.me/?text={title}%20{url}',
    order: 4,
    enabled: true,
  },
  {
    platform: 'bluesky',
    label: 'Deel op Bluesky',
    urlTemplate: 'https://bsky.app/intent/compose?text={title}%20{url}',
    order: 5,
    enabled: true,
  },
  {
    platform: 'email',
    label: 'Deel via e-mail',
    urlTemplate: 'mailto:?subject={title}&body={title}%0A%0A{url}',
    order: 6,
    enabled: true,
  },
];
