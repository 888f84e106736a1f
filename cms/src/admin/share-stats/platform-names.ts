/** How editors know the platforms (the share-count schema's enumeration). */
export const PLATFORM_NAMES: Record<string, string> = {
  facebook: 'Facebook',
  x: 'X',
  linkedin: 'LinkedIn',
  whatsapp: 'WhatsApp',
  bluesky: 'Bluesky',
  email: 'E-mail',
  copy: 'Link gekopieerd',
  native: 'Deelmenu van de telefoon',
};
