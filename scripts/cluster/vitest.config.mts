import { defineConfig } from 'vitest/config';

/**
 * `npm run test:cluster`: the multi-replica topology (scripts/lib/cluster.ts) on this machine's
 * Postgres, a Redis and an S3 server of its own, and nginx. One cluster per file, one file at a
 * time: each boots two CMS and two site processes.
 */
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    hookTimeout: 300_000,
    testTimeout: 180_000,
  },
});
