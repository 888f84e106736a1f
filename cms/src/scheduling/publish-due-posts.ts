import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const POST = 'api::post.post';

/**
 * Publishes every scheduled draft whose publication date has come. It uses the document service's
 * publish action, as the admin's Publish button does, so the publish rules apply, the schedule is
 * cleared and the site is told. A post the rules refuse loses its schedule and is reported once,
 * instead of failing again every minute; any other failure is retried on the next run.
 */
export async function publishDuePosts(strapi: Core.Strapi, now: Date = new Date()): Promise<void> {
  const due = await strapi.documents(POST).findMany({
    status: 'draft',
    filters: { scheduled: true, publicationDate: { $lte: now.toISOString() } },
    fields: ['title'],
  });
  for (const post of due) {
    try {
      await strapi.documents(POST).publish({ documentId: post.documentId });
      strapi.log.info(`Ingepland bericht gepubliceerd: "${post.title}"`);
    } catch (error) {
      if (error instanceof errors.ValidationError) {
        await strapi
          .documents(POST)
          .update({ documentId: post.documentId, status: 'draft', data: { scheduled: false } });
        strapi.log.warn(
          `Ingepland bericht "${post.title}" is niet gepubliceerd en staat niet meer ingepland: ${error.message}`,
        );
      } else {
        strapi.log.error(
          `Ingepland bericht "${post.title}" kon niet worden gepubliceerd; volgende keer opnieuw.`,
          error,
        );
      }
    }
  }
}
