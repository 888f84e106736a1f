import type { SeedSite } from '../types';

/** A fictional party in a fictional municipality. */
export const site: SeedSite = {
  name: 'Samen Lindeveen',
  tagline: 'Dichtbij, eerlijk en betrokken: onze fractie in de gemeenteraad van Lindeveen',
  description:
    'Nieuws, moties, schriftelijke vragen en werkbezoeken van de gemeenteraadsfractie van Samen Lindeveen.',
  logo: {
    file: 'logo-samen-lindeveen.png',
    alt: 'Logo van Samen Lindeveen: een lindeblad in een groene cirkel',
  },
  defaultShareImage: {
    file: 'deelafbeelding-samen-lindeveen.jpg',
    alt: 'Samen Lindeveen, gemeenteraadsfractie, met het lindeblad-logo en een silhouet van de stad',
  },
  facebookUrl: 'https://www.facebook.com/samenlindeveen',
  xUrl: 'https://x.com/samenlindeveen',
  instagramUrl: 'https://www.instagram.com/samenlindeveen',
  linkedinUrl: 'https://www.linkedin.com/company/samen-lindeveen',
  blueskyUrl: 'https://bsky.app/profile/samenlindeveen.bsky.social',
};
