import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bootTestCms, type TestCms } from '../../../scripts/lib/test-cms';
import { DEMO } from '../../src/seed/data/fixtures';
import { contentManager, createdId, inviteAdmin, type AdminAccount } from './admin-accounts';
import { editorApi, listOf, paragraph, parseBody, publicApi, tokenApi, type ApiClient } from './helpers';

const adminPost = z.object({ data: z.object({ scheduled: z.boolean().nullable() }) });
const firstId = (response: Parameters<typeof parseBody>[1]) =>
  parseBody(listOf({ documentId: z.string() }), response).data[0]?.documentId ?? '';

describe('faction members work as Auteur or Redacteur', () => {
  let cms: TestCms;
  let superAdmin: ApiClient;
  let reader: ApiClient;
  let auteur: AdminAccount;
  let redacteur: AdminAccount;
  let linkedAuthorId: string;
  let workVisitId: string;
  const draft = (slug: string, extra: object = {}) => ({
    title: `Rollentest ${slug}`,
    slug,
    content: paragraph('Geschreven door een fractielid.'),
    ...extra,
  });
  /** What a visitor finds for a slug on the public API: 0 or 1. */
  const publicCount = async (slug: string) =>
    parseBody(listOf({}), await publicApi(cms.url).get('/api/posts', { filters: { slug: { $eq: slug } } }))
      .meta.pagination.total;

  beforeAll(async () => {
    cms = await bootTestCms();
    superAdmin = await editorApi(cms.url);
    reader = tokenApi(cms.url, await cms.readOnlyToken());
    auteur = await inviteAdmin(cms.url, superAdmin, 'Auteur', {
      firstname: 'Jeroen',
      lastname: 'Kuipers',
      email: 'jeroen@test.fractieblog.nl',
    });
    redacteur = await inviteAdmin(cms.url, superAdmin, 'Redacteur', {
      firstname: 'Henrike',
      lastname: 'Nijman',
      email: 'henrike@test.fractieblog.nl',
    });
    linkedAuthorId = firstId(
      await reader.get('/api/authors', { filters: { slug: { $eq: DEMO.author.slug } } }),
    );
    workVisitId = firstId(
      await reader.get('/api/posts', { filters: { slug: { $eq: DEMO.workVisit.slug } } }),
    );
    const linked = await contentManager.linkAuthor(superAdmin, linkedAuthorId, auteur.id);
    if (linked.status !== 200) throw new Error(`linking the author failed: ${linked.text}`);
  });

  afterAll(async () => {
    await cms?.destroy();
  });

  it('an Auteur writes a post, and it gets the author profile linked to their account', async () => {
    const response = await contentManager.createPost(auteur.api, draft('eigen-bericht'));

    expect(response.status, response.text).toBe(201);
    const saved = await reader.get(`/api/posts/${createdId(response)}`, {
      status: 'draft',
      populate: { author: { fields: ['slug'] } },
    });
    expect(
      parseBody(z.object({ data: z.object({ author: z.object({ slug: z.string() }) }) }), saved).data.author
        .slug,
    ).toBe(DEMO.author.slug);
  });

  it('an author the writer picks wins over the linked profile', async () => {
    const otherAuthor = firstId(
      await reader.get('/api/authors', { filters: { slug: { $eq: DEMO.workVisit.authorSlug } } }),
    );

    const response = await contentManager.createPost(
      auteur.api,
      draft('met-gekozen-auteur', { author: { connect: [{ documentId: otherAuthor }] } }),
    );

    const saved = await reader.get(`/api/posts/${createdId(response)}`, {
      status: 'draft',
      populate: { author: { fields: ['slug'] } },
    });
    expect(saved.text).toContain(`"slug":"${DEMO.workVisit.authorSlug}"`);
  });

  it('an Auteur cannot publish their own post', async () => {
    const documentId = createdId(await contentManager.createPost(auteur.api, draft('niet-zelf-publiceren')));

    const response = await contentManager.publishPost(auteur.api, documentId);

    expect(response.status, response.text).toBe(403);
    expect(await publicCount('niet-zelf-publiceren')).toBe(0);
  });

  it('an Auteur cannot publish a new post in one go either', async () => {
    const response = await contentManager.createAndPublishPost(auteur.api, draft('meteen-publiceren'));

    expect(response.status, response.text).toBe(403);
    expect(await publicCount('meteen-publiceren')).toBe(0);
  });

  it('an Auteur cannot edit a colleague’s post', async () => {
    const colleagues = createdId(await contentManager.createPost(redacteur.api, draft('van-de-redacteur')));

    const theirs = await contentManager.updatePost(auteur.api, colleagues, { title: 'Overschreven' });
    const seeded = await contentManager.updatePost(auteur.api, workVisitId, { title: 'Overschreven' });

    expect(theirs.status, theirs.text).toBe(403);
    expect(seeded.status, seeded.text).toBe(403);
  });

  it('scheduling is for the Redacteur: an Auteur’s Ingepland is not saved', async () => {
    const planned = { scheduled: true, publicationDate: '2030-01-01T09:00:00.000Z' };
    const byAuteur = await contentManager.createPost(auteur.api, draft('ingepland-door-auteur', planned));
    const byRedacteur = await contentManager.createPost(
      redacteur.api,
      draft('ingepland-door-redacteur', planned),
    );

    const scheduledFlag = async (response: Parameters<typeof createdId>[0]) =>
      parseBody(adminPost, await contentManager.getPost(redacteur.api, createdId(response))).data.scheduled;
    expect(await scheduledFlag(byAuteur)).not.toBe(true);
    expect(await scheduledFlag(byRedacteur)).toBe(true);
  });

  it('a Redacteur publishes an Auteur’s post, and unpublishes it again', async () => {
    const documentId = createdId(
      await contentManager.createPost(auteur.api, draft('door-redacteur-gepubliceerd')),
    );

    const published = await contentManager.publishPost(redacteur.api, documentId);
    const visibleAfterPublish = await publicCount('door-redacteur-gepubliceerd');
    const unpublished = await contentManager.unpublishPost(redacteur.api, documentId);

    expect(published.status, published.text).toBe(200);
    expect(visibleAfterPublish).toBe(1);
    expect(unpublished.status, unpublished.text).toBe(200);
    expect(await publicCount('door-redacteur-gepubliceerd')).toBe(0);
  });

  it('neither role is offered the Marketplace or the users of the public API', async () => {
    const permissions = z.object({
      data: z.array(z.object({ action: z.string(), subject: z.string().nullable() })),
    });
    for (const member of [auteur, redacteur]) {
      const own = parseBody(permissions, await member.api.get('/admin/users/me/permissions')).data;
      expect(own.some((permission) => permission.subject === 'api::post.post')).toBe(true);
      expect(own.filter((permission) => permission.action === 'admin::marketplace.read')).toEqual([]);
      expect(own.filter((permission) => permission.subject === 'plugin::users-permissions.user')).toEqual([]);
    }
  });

  it('a Redacteur edits any post', async () => {
    const response = await contentManager.updatePost(redacteur.api, workVisitId, {
      excerpt: 'Door de redactie bijgewerkt.',
    });

    expect(response.status, response.text).toBe(200);
  });

  it('the roles are the same after a restart: bootstrap changes nothing the second time', async () => {
    const permissionIds = async () => {
      const roles = parseBody(
        z.object({ data: z.array(z.object({ id: z.number(), name: z.string() })) }),
        await superAdmin.get('/admin/roles'),
      ).data.filter((role) => role.name === 'Auteur' || role.name === 'Redacteur');
      const lists = await Promise.all(
        roles.map(async (role) =>
          parseBody(
            z.object({ data: z.array(z.object({ id: z.number() })) }),
            await superAdmin.get(`/admin/roles/${role.id}/permissions`),
          ).data.map((permission) => `${role.name}:${permission.id}`),
        ),
      );
      return lists.flat().sort();
    };
    const before = await permissionIds();

    await cms.restart();

    expect(before.length).toBeGreaterThan(10);
    expect(await permissionIds()).toEqual(before);
  });
});
