import type { SeedLabel } from '../types';

export const labels: SeedLabel[] = [
  {
    slug: 'zorg-en-welzijn',
    name: 'Zorg en welzijn',
    description:
      'Over jeugdzorg, ouderenzorg, armoede en alles wat inwoners nodig hebben om mee te kunnen doen.',
  },
  {
    slug: 'wonen',
    name: 'Wonen',
    description: 'Over betaalbare woningen, nieuwbouw, huurders en de leefbaarheid van onze wijken.',
  },
  {
    slug: 'begroting',
    name: 'Begroting',
    description:
      'Over de begroting, de voorjaarsnota en de keuzes die de raad maakt met het geld van de gemeente.',
  },
  {
    slug: 'moties',
    name: 'Moties',
    description: 'Moties en amendementen die wij indienen of steunen, en wat er daarna mee gebeurt.',
  },
  {
    slug: 'werkbezoeken',
    name: 'Werkbezoeken',
    description: 'Verslagen van onze bezoeken aan organisaties, bedrijven en buurten in Lindeveen.',
  },
  {
    slug: 'duurzaamheid',
    name: 'Duurzaamheid',
    description: 'Over energie, groen, afval en een klimaatbestendige gemeente.',
  },
  {
    slug: 'verkeer',
    name: 'Verkeer',
    description: 'Over veilige fiets- en schoolroutes, snelheid in de wijken en openbaar vervoer.',
  },
  {
    slug: 'schriftelijke-vragen',
    name: 'Schriftelijke vragen',
    description: 'De vragen die wij schriftelijk aan het college stellen, en de antwoorden die we krijgen.',
  },
];
