import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const POST = 'api::post.post';

/** Resolves whatever shape the content API or the admin sends for a single media field. */
async function findMedia(strapi: Core.Strapi, ref: unknown) {
  let where: { id: number } | { documentId: string } | null = null;
  if (typeof ref === 'number') where = { id: ref };
  else if (typeof ref === 'string' && ref !== '')
    where = /^\d+$/.test(ref) ? { id: Number(ref) } : { documentId: ref };
  else if (typeof ref === 'object' && ref !== null) {
    const id: unknown = Reflect.get(ref, 'id');
    const documentId: unknown = Reflect.get(ref, 'documentId');
    if (typeof id === 'number') where = { id };
    else if (typeof documentId === 'string') where = { documentId };
  }
  if (!where) return null;
  return strapi.db.query('plugin::upload.file').findOne({ where, select: ['id', 'alternativeText'] });
}

/**
 * Whether a to-one relation is set after a write: `value` is what the request sends (a documentId,
 * an object, or Strapi's `{ connect, disconnect, set }`), `before` what the draft had.
 */
function relationSetAfter(value: unknown, before: unknown): boolean {
  const hadOne = before !== null && before !== undefined;
  if (value === undefined) return hadOne;
  if (value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value !== 'object') return true;
  const list = (key: string): unknown[] => {
    const entry: unknown = Reflect.get(value, key);
    return Array.isArray(entry) ? entry : [];
  };
  if (Array.isArray(Reflect.get(value, 'set'))) return list('set').length > 0;
  if ('connect' in value || 'disconnect' in value) {
    return list('connect').length > 0 || (hadOne && list('disconnect').length === 0);
  }
  return 'id' in value || 'documentId' in value;
}

async function assertPublishable(strapi: Core.Strapi, post: { cover?: unknown; authorIsSet: boolean }) {
  const problems: string[] = [];
  if (!post.authorIsSet) {
    problems.push('Kies een auteur voordat je publiceert.');
  }
  const cover = await findMedia(strapi, post.cover);
  if (cover && !String(cover.alternativeText ?? '').trim()) {
    problems.push(
      'De omslagfoto heeft nog geen alternatieve tekst. Vul die in de mediabibliotheek in (beschrijf wat er op de foto staat) en publiceer daarna.',
    );
  }
  if (problems.length > 0) {
    throw new errors.ValidationError(problems.join(' '));
  }
}

async function loadDraft(strapi: Core.Strapi, documentId: string) {
  return strapi.documents(POST).findOne({
    documentId,
    status: 'draft',
    fields: ['publicationDate'],
    populate: { cover: { fields: ['id'] }, author: { fields: ['id'] } },
  });
}

/**
 * Publishing rules for posts: an author is required, a cover needs alt text, and a post without a
 * publication date gets the moment of its first publish. Strapi publishes in three ways — the
 * publish action (the admin's button), and create or update with `status: 'published'` (the REST
 * API), which publish internally without passing the publish middleware — so all three are checked.
 */
export function postRules(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== POST) return next();
    const now = () => new Date().toISOString();

    if (context.action === 'publish') {
      const { documentId } = context.params as { documentId: string };
      const draft = await loadDraft(strapi, documentId);
      if (draft) {
        await assertPublishable(strapi, {
          cover: draft.cover,
          authorIsSet: relationSetAfter(undefined, draft.author),
        });
        if (!draft.publicationDate) {
          await strapi
            .documents(POST)
            .update({ documentId, status: 'draft', data: { publicationDate: now() } });
        }
      }
      return next();
    }

    const params = context.params as { documentId?: string; status?: string; data?: Record<string, unknown> };
    if ((context.action !== 'create' && context.action !== 'update') || params.status !== 'published') {
      return next();
    }
    const data = params.data ?? {};
    params.data = data;
    const draft =
      context.action === 'update' && params.documentId ? await loadDraft(strapi, params.documentId) : null;
    await assertPublishable(strapi, {
      cover: 'cover' in data ? data.cover : draft?.cover,
      authorIsSet: relationSetAfter(data.author, draft?.author),
    });
    if (!data.publicationDate && !draft?.publicationDate) {
      data.publicationDate = now();
    }
    return next();
  };
}
