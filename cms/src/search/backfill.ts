import type { Core } from '@strapi/strapi';
import { searchTextOf } from './search-text';

const POST = 'api::post.post';
const BATCH = 200;

/**
 * Fills `searchText` on every row that has none: posts saved before search existed, on drafts and
 * published rows alike. Writes rows directly, so nothing is re-published or re-validated.
 */
export async function backfillSearchText(strapi: Core.Strapi) {
  const rows = strapi.db.query(POST);
  let lastId = 0;
  let filled = 0;
  for (;;) {
    const batch: { id: number; title?: unknown; excerpt?: unknown; content?: unknown }[] =
      await rows.findMany({
        where: { searchText: { $null: true }, id: { $gt: lastId } },
        select: ['id', 'title', 'excerpt', 'content'],
        orderBy: { id: 'asc' },
        limit: BATCH,
      });
    for (const row of batch) {
      await rows.update({ where: { id: row.id }, data: { searchText: searchTextOf(row) } });
      lastId = row.id;
    }
    filled += batch.length;
    if (batch.length < BATCH) break;
  }
  if (filled > 0) strapi.log.info(`Zoektekst aangevuld voor ${filled} berichtversies.`);
}
