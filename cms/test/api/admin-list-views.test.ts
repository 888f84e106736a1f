import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bootTestCms, type TestCms } from '../../../scripts/lib/test-cms';
import { LIST_VIEWS } from '../../src/bootstrap/list-views';
import { editorApi, parseBody, type ApiClient } from './helpers';

const CONFIGURATION = '/content-manager/content-types/api::post.post/configuration';
const configuration = z.object({
  data: z.object({
    contentType: z.object({
      settings: z.record(z.string(), z.unknown()),
      metadatas: z.record(z.string(), z.object({ edit: z.object({}).loose(), list: z.object({}).loose() })),
      layouts: z.object({ list: z.array(z.string()), edit: z.array(z.array(z.unknown())) }),
    }),
  }),
});

describe('the Content Manager lists berichten as an editor expects', () => {
  let cms: TestCms;
  let superAdmin: ApiClient;
  const postsView = async () =>
    parseBody(configuration, await superAdmin.get(CONFIGURATION)).data.contentType;

  beforeAll(async () => {
    cms = await bootTestCms();
    superAdmin = await editorApi(cms.url);
  });

  afterAll(async () => {
    await cms?.destroy();
  });

  it('a fresh database lists title, author, date and labels, newest first, under Dutch names', async () => {
    const view = await postsView();

    expect(view.layouts.list).toEqual(['title', 'author', 'publicationDate', 'labels']);
    expect(view.settings).toMatchObject({ defaultSortBy: 'publicationDate', defaultSortOrder: 'DESC' });
    expect(view.metadatas.title?.list.label).toBe('Titel');
    expect(view.metadatas.author?.list.label).toBe('Auteur');
    expect(view.metadatas.publicationDate?.list.label).toBe('Publicatiedatum');
    // The edit view's own labels stay as the content type defines them.
    expect(view.metadatas.publicationDate?.edit.label).toBe('Publicatiedatum');
    expect(LIST_VIEWS['api::post.post']?.columns).toEqual(view.layouts.list);
  });

  it('authors and labels are listed by name, with their Dutch column names', async () => {
    for (const uid of ['api::author.author', 'api::label.label'] as const) {
      const { contentType } = parseBody(
        configuration,
        await superAdmin.get(`/content-manager/content-types/${uid}/configuration`),
      ).data;
      const view = LIST_VIEWS[uid];
      expect(contentType.layouts.list).toEqual(view?.columns);
      expect(contentType.settings).toMatchObject({ defaultSortBy: 'name', defaultSortOrder: 'ASC' });
      expect(contentType.metadatas.name?.list.label).toBe('Naam');
      expect(contentType.metadatas.posts?.list.label).toBe('Berichten');
    }
  });

  it('what an editor changes under "Configureer de weergave" outlives a restart', async () => {
    const view = await postsView();
    // The admin's form sends the metadatas without the relations' mainField, which it reads only.
    const metadatas = Object.fromEntries(
      Object.entries(view.metadatas).map(([field, { edit, list }]) => {
        const { mainField: _shown, ...listed } = list;
        return [field, { edit, list: listed }];
      }),
    );
    const changed = await superAdmin.json('PUT', CONFIGURATION, {
      settings: { ...view.settings, defaultSortBy: 'title', defaultSortOrder: 'ASC' },
      metadatas,
      layouts: { ...view.layouts, list: ['title', 'publicationDate'] },
    });
    expect(changed.status, changed.text).toBe(200);

    await cms.restart();

    const after = await postsView();
    expect(after.layouts.list).toEqual(['title', 'publicationDate']);
    expect(after.settings).toMatchObject({ defaultSortBy: 'title', defaultSortOrder: 'ASC' });
  });
});
