import type { Core } from '@strapi/strapi';

const NAME = 'Site-voorbeeld (alleen lezen)';

/**
 * The read-only API token the site uses to show drafts in preview. Its secret comes from
 * CMS_PREVIEW_TOKEN, which the site reads too, so nobody has to copy a token from the admin.
 */
export async function ensurePreviewToken(strapi: Core.Strapi) {
  const secret = strapi.config.get<string>('fractieblog.previewToken');
  if (!secret) return;
  const tokens = strapi.service('admin::api-token-content-api');
  const existing = await tokens.getByName(NAME);
  const token =
    existing ??
    (await tokens.create({
      name: NAME,
      description:
        'Laat de site concepten tonen in het voorbeeld. Wordt bij elke start van het CMS bijgewerkt.',
      type: 'read-only',
      lifespan: null,
    }));
  await strapi.db.query('admin::api-token').update({
    where: { id: token.id },
    data: {
      type: 'read-only',
      accessKey: tokens.hash(secret),
      encryptedKey: strapi.service('admin::encryption').encrypt(secret),
    },
  });
}
