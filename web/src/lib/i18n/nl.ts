/** Every text the site shows, in one place. */
export const nl = {
  site: {
    skipToContent: 'Naar de inhoud',
    home: 'Home',
    footerAbout: 'Over de fractie',
    footerFollow: 'Volg ons',
  },
  posts: {
    latest: 'Nieuwste berichten',
    none: 'Er zijn nog geen berichten.',
    readMore: 'Lees verder',
    readingTime: (minutes: number) => `${minutes} min leestijd`,
    related: 'Lees ook',
    loadMore: 'Meer berichten',
    loadingMore: 'Berichten laden…',
    loadedMore: (count: number) => (count === 1 ? '1 bericht geladen' : `${count} berichten geladen`),
    loadMoreFailed: 'Laden lukte niet. Probeer het opnieuw of gebruik de paginalinks.',
    byline: { by: 'Door', on: 'op' },
    avatarAlt: (name: string) => `Foto van ${name}`,
  },
  pagination: {
    label: 'Paginering',
    newer: 'Nieuwere berichten',
    older: 'Oudere berichten',
    page: (page: number, count: number) => `Pagina ${page} van ${count}`,
  },
  article: {
    share: 'Deel dit bericht',
    copyLink: 'Kopieer link',
    copied: 'Link gekopieerd',
    copyFailed: 'Kopiëren lukte niet; kopieer het adres uit de adresbalk.',
    nativeShare: 'Delen…',
    labels: 'Labels:',
  },
  label: {
    title: (name: string) => `Berichten met het label ${name}`,
    count: (total: number) => (total === 1 ? '1 bericht' : `${total} berichten`),
  },
  author: {
    postsBy: (name: string) => `Berichten van ${name}`,
  },
  shareCard: {
    by: (name: string, date: string) => `Door ${name} · ${date}`,
    label: 'Label',
    author: 'Auteur',
  },
  preview: {
    title: 'Voorbeeld',
    body: 'Je bekijkt een concept zoals het op de site komt te staan; lezers zien dit niet.',
    exit: 'Voorbeeld sluiten',
  },
  unavailable: {
    title: 'Even niet beschikbaar',
    body: 'Deze pagina kan op dit moment niet worden geladen. Probeer het over een minuut opnieuw.',
    home: 'Naar de voorpagina',
  },
  notFound: {
    title: 'Pagina niet gevonden',
    body: 'Deze pagina bestaat niet (meer). Misschien is het bericht verplaatst of is de link niet helemaal goed.',
    home: 'Naar de voorpagina',
  },
  error: {
    title: 'Er ging iets mis',
    body: 'Deze pagina kan nu niet worden getoond. Probeer het over een ogenblik opnieuw.',
    retry: 'Opnieuw proberen',
  },
} as const;
