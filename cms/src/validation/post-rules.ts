import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const POST = 'api::post.post';

type MediaRef = { id?: number; documentId?: string } | number | string | null | undefined;
type RelationRef = unknown;

/** Resolves whatever shape the content API or the admin sends for a single media field. */
async function findMedia(strapi: Core.Strapi, ref: MediaRef) {
  if (ref === null || ref === undefined || ref === '') return null;
  const where =
    typeof ref === 'object'
      ? ref.id !== undefined
        ? { id: ref.id }
        : { documentId: ref.documentId }
      : /^\d+$/.test(String(ref))
        ? { id: Number(ref) }
        : { documentId: String(ref) };
  return strapi.db.query('plugin::upload.file').findOne({ where, select: ['id', 'alternativeText'] });
}

function hasRelation(ref: RelationRef): boolean {
  if (ref === null || ref === undefined || ref === '') return false;
  if (Array.isArray(ref)) return ref.length > 0;
  if (typeof ref === 'object') {
    const value: Record<string, unknown> = { ...ref };
    if (Array.isArray(value.connect)) return value.connect.length > 0;
    if (Array.isArray(value.set)) return value.set.length > 0;
    return 'id' in value || 'documentId' in value;
  }
  return true;
}

async function assertPublishable(
  strapi: Core.Strapi,
  post: { cover?: MediaRef; author?: RelationRef },
) {
  const problems: string[] = [];
  if (!hasRelation(post.author)) {
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

/**
 * Publishing rules for posts: an author is required, a cover needs alt text, and a post without a
 * publication date gets the moment of its first publish.
 */
export function postRules(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== POST) return next();

    if (context.action === 'publish') {
      const { documentId } = context.params as { documentId: string };
      const draft = await strapi.documents(POST).findOne({
        documentId,
        status: 'draft',
        fields: ['publicationDate'],
        populate: { cover: { fields: ['id'] }, author: { fields: ['id'] } },
      });
      if (draft) {
        await assertPublishable(strapi, draft);
        if (!draft.publicationDate) {
          await strapi.documents(POST).update({
            documentId,
            status: 'draft',
            data: { publicationDate: new Date().toISOString() },
          });
        }
      }
      return next();
    }

    const params = context.params as { status?: string; data?: Record<string, unknown> };
    const publishing = params.status === 'published';
    if ((context.action === 'create' || context.action === 'update') && publishing && params.data) {
      if (context.action === 'create') {
        await assertPublishable(strapi, params.data);
      }
      if (!params.data.publicationDate && context.action === 'create') {
        params.data.publicationDate = new Date().toISOString();
      }
    }
    return next();
  };
}
