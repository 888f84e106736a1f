import type { SharePlatform } from '@fractieblog/contract';

/** How editors know the platforms (the share-count schema's enumeration). */
const PLATFORM_NAMES: Record<SharePlatform, string> = {
  facebook: 'Facebook',
  x: 'X',
  linkedin: 'LinkedIn',
  whatsapp: 'WhatsApp',
  bluesky: 'Bluesky',
  email: 'E-mail',
  copy: 'Link gekopieerd',
  native: 'Deelmenu van de telefoon',
};

/** A platform's name for editors; one the admin does not know yet keeps its code. */
export function platformName(platform: string): string {
  return Object.hasOwn(PLATFORM_NAMES, platform) ? PLATFORM_NAMES[platform as SharePlatform] : platform;
}
