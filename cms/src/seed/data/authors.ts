import type { SeedAuthor } from '../types';

export const authors: SeedAuthor[] = [
  {
    slug: 'henrike-nijman',
    name: 'Henrike Nijman',
    role: 'Fractievoorzitter',
    bio: 'Henrike woont al ruim twintig jaar in Oosterhoek en werkte lang als wijkverpleegkundige. Sinds 2018 zit ze in de gemeenteraad, sinds 2019 als fractievoorzitter. Ze richt zich op zorg, welzijn en de begroting.',
    avatar: {
      file: 'avatar-henrike-nijman.jpg',
      alt: 'Getekend portret van Henrike Nijman tegen een groene achtergrond',
    },
  },
  {
    slug: 'jeroen-kuipers',
    name: 'Jeroen Kuipers',
    role: 'Raadslid',
    bio: 'Jeroen is vader van drie kinderen en fietst elke dag van Westerlinde naar zijn werk in de binnenstad. In de raad houdt hij zich bezig met verkeer, wonen en ruimtelijke ordening. Hij wil dat Lindeveen een stad blijft waar je veilig kunt oversteken.',
    avatar: {
      file: 'avatar-jeroen-kuipers.jpg',
      alt: 'Getekend portret van Jeroen Kuipers tegen een gele achtergrond',
    },
  },
  {
    slug: 'samira-el-idrissi',
    name: 'Samira El Idrissi',
    role: 'Steunfractielid',
    bio: 'Samira is maatschappelijk werker en sinds 2019 actief in onze steunfractie. Ze bereidt commissievergaderingen voor en stelt namens de fractie schriftelijke vragen over jeugdzorg, armoede en afval. Ze is het aanspreekpunt voor buurtinitiatieven.',
    avatar: {
      file: 'avatar-samira-el-idrissi.jpg',
      alt: 'Getekend portret van Samira El Idrissi tegen een terracotta achtergrond',
    },
  },
  {
    slug: 'wim-brouwer',
    name: 'Wim Brouwer',
    role: 'Raadslid',
    bio: 'Wim was dertig jaar leraar aardrijkskunde en is nu met pensioen. In de raad zet hij zich in voor duurzaamheid, groen in de wijken en goede buurthuizen. Op zaterdag vindt u hem vaak bij onze kraam op de markt.',
    avatar: {
      file: 'avatar-wim-brouwer.jpg',
      alt: 'Getekend portret van Wim Brouwer tegen een blauwgroene achtergrond',
    },
  },
];
