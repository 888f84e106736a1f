import type { Core, UID } from '@strapi/strapi';

/** How an editor first finds a list in the Content Manager: the columns, their Dutch names, the order. */
type ListView = {
  /** Raise it when the view below changes: every installation then gets the new one once. */
  version: number;
  columns: string[];
  labels: Record<string, string>;
  sortBy: string;
  sortOrder: 'ASC' | 'DESC';
};

/*
 * Posts newest first, as the site shows them. The draft/published column is the content manager's
 * own (added after these for a type with draft & publish). A draft without a publication date
 * sorts last on SQLite and first on Postgres.
 */
export const LIST_VIEWS: Partial<Record<UID.ContentType, ListView>> = {
  'api::post.post': {
    version: 1,
    columns: ['title', 'author', 'publicationDate', 'labels'],
    labels: { title: 'Titel', author: 'Auteur', publicationDate: 'Publicatiedatum', labels: 'Labels' },
    sortBy: 'publicationDate',
    sortOrder: 'DESC',
  },
  'api::author.author': {
    version: 1,
    columns: ['name', 'role', 'posts'],
    labels: { name: 'Naam', role: 'Functie', posts: 'Berichten' },
    sortBy: 'name',
    sortOrder: 'ASC',
  },
  'api::label.label': {
    version: 1,
    columns: ['name', 'description', 'posts'],
    labels: { name: 'Naam', description: 'Beschrijving', posts: 'Berichten' },
    sortBy: 'name',
    sortOrder: 'ASC',
  },
};

/** Which version of each list view this database has had. */
const APPLIED = { type: 'plugin', name: 'fractieblog', key: 'list-views' } as const;

type Configuration = {
  settings: Record<string, unknown>;
  metadatas: Record<string, { list?: Record<string, unknown> } & Record<string, unknown>>;
  layouts: { list: string[] } & Record<string, unknown>;
};

function withListView(configuration: Configuration, view: ListView): Configuration {
  const metadatas = { ...configuration.metadatas };
  for (const [field, label] of Object.entries(view.labels)) {
    const current = metadatas[field] ?? {};
    metadatas[field] = { ...current, list: { ...current.list, label } };
  }
  return {
    settings: { ...configuration.settings, defaultSortBy: view.sortBy, defaultSortOrder: view.sortOrder },
    metadatas,
    layouts: { ...configuration.layouts, list: view.columns },
  };
}

/**
 * Gives each list its view once per version, on a fresh database and on one that had Strapi's
 * defaults alike. Once given, the view is the editors' own: what someone changes under "Configureer de
 * weergave" stays, also after a restart, until a new version here replaces it.
 */
export async function ensureListViews(strapi: Core.Strapi) {
  const store = strapi.store(APPLIED);
  const applied = ((await store.get({})) as Record<string, number> | null) ?? {};
  const contentTypes = strapi.plugin('content-manager').service('content-types');
  let changed = false;
  for (const [uid, view] of Object.entries(LIST_VIEWS)) {
    if (!view || applied[uid] === view.version) continue;
    const contentType = contentTypes.findContentType(uid);
    const configuration: Configuration = await contentTypes.findConfiguration(contentType);
    await contentTypes.updateConfiguration(contentType, withListView(configuration, view));
    applied[uid] = view.version;
    changed = true;
  }
  if (changed) await store.set({ value: applied });
}
