/**
 * Dutch for what Strapi's own `nl` leaves in English (or leaves out) on an editor's way: login, the
 * lists, a post, its preview, publishing. Keys of a plugin carry its id (`content-manager.…`).
 * `e2e/specs/admin-in-dutch.spec.ts` fails on any English word that comes back.
 */
export const nl: Record<string, string> = {
  // The main menu and the account menu.
  'global.home': 'Start',
  'app.components.LeftMenu.navbrand.title': 'Fractieblog',
  'app.components.LeftMenu.logo.alt': 'Logo',
  'content-manager.plugin.name': 'Inhoud',
  'content-manager.header.name': 'Inhoud',
  // The search box above the Content Manager's types; its key has no plugin prefix.
  'search.placeholder': 'Zoeken',
  'app.components.LeftMenuFooter.help': 'Hulp',
  'app.components.Logout.logout': 'Uitloggen',
  'app.components.Logout.profile': 'Profiel',
  'app.components.LeftMenu.plugins': 'Uitbreidingen',
  'app.components.LeftMenuLinkContainer.plugins': 'Uitbreidingen',

  // The lists of the Content Manager.
  'content-manager.containers.list.table-headers.status': 'Status',
  'content-manager.pages.ListView.header-subtitle':
    '{number, plural, =0 {Niets} one {# resultaat} other {# resultaten}} gevonden',
  'content-manager.containers.list.items': '{number} {number, plural, one {item} other {items}}',
  'content-manager.containers.list.filters.status': 'Status',
  'content-manager.components.AddFilterCTA.add': 'Filteren',
  'content-manager.components.AddFilterCTA.hide': 'Filteren',
  'content-manager.components.FiltersPickWrapper.PluginHeader.title.filter': 'Filteren',
  'app.utils.filters': 'Filteren',
  'content-manager.actions.open-in-new-tab.label': 'Openen in een nieuw tabblad',
  'global.details': 'Gegevens',

  // The post's preview. Two of its keys have no plugin prefix, so the plugin's own Dutch misses them.
  'preview.copy.label': 'Voorbeeldlink kopiëren',
  'preview.tabs.label': 'Status van het document',
  'content-manager.preview.device.desktop': 'Computer',
  'content-manager.preview.error.script-failed':
    'Het script van het live voorbeeld kon niet laden. Bewerken in het voorbeeld werkt misschien niet.',

  // The Media Library's banner, should it ever show (app.ts marks it as seen).
  'app.components.MediaLibraryBanner.close': 'Sluit de banner.',
  'app.components.MediaLibraryBanner.intro': 'De nieuwe mediabibliotheek ',
  'app.components.MediaLibraryBanner.text.enabled': 'Je gebruikt nu de vernieuwde versie.',
  'app.components.MediaLibraryBanner.button.enabled': 'Lees het blogbericht',

  // A session that ended while editing.
  'app.session.ended.title': 'Sessie beëindigd',
  'app.session.ended.unsaved':
    'Je sessie is beëindigd en kan niet worden hervat. Wijzigingen die je niet bewaard hebt, gaan verloren als je uitlogt.',
  'app.error.chunk.title': 'Dit scherm kon niet laden',
  'app.error.chunk.message':
    'De admin kon een scherm niet laden, meestal omdat het CMS net opstart of de verbinding wegviel. Laad de pagina opnieuw.',
  'app.error.chunk.reload': 'Laad de pagina opnieuw',
};
