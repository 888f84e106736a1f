import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * The api suite: every file boots a real Strapi from cms/dist on a fresh database. One Strapi at a
 * time (fileParallelism off), because a boot takes a core and the machine may only have two.
 */
export default defineConfig({
  root: import.meta.dirname,
  // Tests read the contract's source; the CMS loads its build.
  resolve: {
    alias: { '@fractieblog/contract': path.resolve(import.meta.dirname, '../contract/src/index.ts') },
  },
  test: {
    include: [path.join(import.meta.dirname, 'test/api/**/*.test.ts')],
    environment: 'node',
    fileParallelism: false,
    hookTimeout: 180_000,
    testTimeout: 60_000,
  },
});
