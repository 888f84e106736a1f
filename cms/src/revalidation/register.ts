import type { Core, Modules } from '@strapi/strapi';
import { documentIds } from '../documents/document-ids';
import { AFFECTED_TAGS, tagsForMedia } from './affected-tags';
import { createNotifier } from './notifier';

const PUBLIC_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish']);

/**
 * Every change the public can see — publish, unpublish, update and delete of the five content
 * types, and media replaced or re-described — tells the site which pages to refresh.
 */
export function registerRevalidation(strapi: Core.Strapi) {
  const notifier = createNotifier(strapi);

  const middleware: Modules.Documents.Middleware.Middleware = async (context, next) => {
    const affected = AFFECTED_TAGS[context.uid];
    if (!affected || !PUBLIC_ACTIONS.has(context.action)) return next();
    const params = context.params as { documentId?: unknown; status?: string };
    const hasDraftAndPublish = context.contentType.options?.draftAndPublish === true;
    // Saving a draft changes nothing the public sees.
    if (
      hasDraftAndPublish &&
      (context.action === 'create' || context.action === 'update') &&
      params.status !== 'published'
    ) {
      return next();
    }
    const before = documentIds(params.documentId);
    const tagsBefore = (await Promise.all(before.map((id) => affected(strapi, id)))).flat();
    const result = await next();
    const createdId: unknown =
      typeof result === 'object' && result !== null ? Reflect.get(result, 'documentId') : undefined;
    const after = before.length > 0 ? before : documentIds(createdId);
    const tagsAfter = (await Promise.all(after.map((id) => affected(strapi, id)))).flat();
    notifier.notify([...tagsBefore, ...tagsAfter]);
    return result;
  };
  strapi.documents.use(middleware);

  strapi.db.lifecycles.subscribe({
    models: ['plugin::upload.file'],
    async afterUpdate(event) {
      const id: unknown = Reflect.get(event.result ?? {}, 'id');
      if (typeof id === 'number') notifier.notify(await tagsForMedia(strapi, id));
    },
  });
}
