import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { futureDateProblem, toDate } from '../scheduling/publication-time';
import { findMedia, isOn, relationSetAfter, valueAfter } from './field-values';

const POST = 'api::post.post';

type PublishCandidate = {
  cover?: unknown;
  authorIsSet: boolean;
  publicationDate: unknown;
  scheduled: boolean;
};

async function assertPublishable(strapi: Core.Strapi, post: PublishCandidate) {
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
  const early = futureDateProblem(post.publicationDate, post.scheduled);
  if (early) problems.push(early);
  if (problems.length > 0) {
    throw new errors.ValidationError(problems.join(' '));
  }
}

/** A scheduled post is published on its publication date, so it cannot be saved without one. */
function assertSchedulable(data: Record<string, unknown>, draft: object | null) {
  if (!isOn(valueAfter(data, draft, 'scheduled'))) return;
  if (toDate(valueAfter(data, draft, 'publicationDate'))) return;
  const message = 'Kies een publicatiedatum: een ingepland bericht wordt op die datum gepubliceerd.';
  throw new errors.ValidationError(message, {
    errors: [{ path: ['publicationDate'], message, name: 'ValidationError' }],
  });
}

async function loadDraft(strapi: Core.Strapi, documentId: string) {
  return strapi.documents(POST).findOne({
    documentId,
    status: 'draft',
    fields: ['publicationDate', 'scheduled'],
    populate: { cover: { fields: ['id'] }, author: { fields: ['id'] } },
  });
}

/**
 * Publishing rules for posts: an author is required, a cover needs alt text, a post dated in the
 * future waits for the scheduler instead, and a post without a publication date gets the moment of
 * its first publish. Publishing ends a schedule. Strapi publishes in three ways — the publish
 * action (the admin's button, the scheduler), and create or update with `status: 'published'`
 * (the REST API), which publish internally without passing the publish middleware — so all three
 * are checked.
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
          publicationDate: draft.publicationDate,
          scheduled: isOn(draft.scheduled),
        });
        const settle: { publicationDate?: string; scheduled?: boolean } = {};
        if (!draft.publicationDate) settle.publicationDate = now();
        if (isOn(draft.scheduled)) settle.scheduled = false;
        if (Object.keys(settle).length > 0) {
          await strapi.documents(POST).update({ documentId, status: 'draft', data: settle });
        }
      }
      return next();
    }

    if (context.action !== 'create' && context.action !== 'update') return next();
    const params = context.params as { documentId?: string; status?: string; data?: Record<string, unknown> };
    const data = params.data ?? {};
    params.data = data;
    const publishing = params.status === 'published';
    const needsDraft = publishing || 'scheduled' in data || 'publicationDate' in data;
    const draft =
      context.action === 'update' && params.documentId && needsDraft
        ? await loadDraft(strapi, params.documentId)
        : null;

    if (!publishing) {
      assertSchedulable(data, draft);
      return next();
    }
    await assertPublishable(strapi, {
      cover: valueAfter(data, draft, 'cover'),
      authorIsSet: relationSetAfter(data.author, draft?.author),
      publicationDate: valueAfter(data, draft, 'publicationDate'),
      scheduled: isOn(valueAfter(data, draft, 'scheduled')),
    });
    if (!toDate(valueAfter(data, draft, 'publicationDate'))) {
      data.publicationDate = now();
    }
    data.scheduled = false;
    return next();
  };
}
