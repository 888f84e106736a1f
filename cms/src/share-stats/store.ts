import type { Core } from '@strapi/strapi';
import type { SharePlatform } from '@fractieblog/contract';

const UID = 'api::share-count.share-count';
const TABLE = 'share_counts';

type ShareKey = { postDocumentId: string; platform: SharePlatform; day: string };

/**
 * Adds one share to the (post, platform, day) row. The UPDATE is atomic in SQLite and Postgres
 * alike; when the row is new, the schema's unique index lets only one of two simultaneous first
 * shares create it, and the other adds its share to that row.
 */
export async function addShare(strapi: Core.Strapi, key: ShareKey): Promise<void> {
  const increment = () =>
    strapi.db
      .connection(TABLE)
      .where({ post_document_id: key.postDocumentId, platform: key.platform, day: key.day })
      .increment('count', 1);
  if ((await increment()) > 0) return;
  try {
    await strapi.documents(UID).create({ data: { ...key, count: 1 } });
  } catch (error) {
    if ((await increment()) === 0) throw error;
  }
}

export type PlatformTotal = { platform: string; total: number; recent: number };

/** Shares of one post per platform: all time, and since `since` (a day, inclusive). Most shared first. */
export async function shareTotals(
  strapi: Core.Strapi,
  postDocumentId: string,
  since: string,
): Promise<PlatformTotal[]> {
  const knex = strapi.db.connection;
  const rows: { platform: string; total: unknown; recent: unknown }[] = await knex(TABLE)
    .select('platform')
    .sum({ total: 'count' })
    .select(knex.raw('SUM(CASE WHEN ?? >= ? THEN ?? ELSE 0 END) AS ??', ['day', since, 'count', 'recent']))
    .where({ post_document_id: postDocumentId })
    .groupBy('platform');
  // Postgres returns sums of integers as strings (bigint).
  return rows
    .map((row) => ({ platform: row.platform, total: Number(row.total), recent: Number(row.recent) }))
    .sort((a, b) => b.total - a.total || a.platform.localeCompare(b.platform));
}
