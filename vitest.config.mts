import path from 'node:path';
import { defineConfig } from 'vitest/config';

/** Tests read the contract's source; the apps load its build (CommonJS, for Strapi). */
const contract = { '@fractieblog/contract': path.resolve(import.meta.dirname, 'contract/src/index.ts') };

/** `npm run test:unit`: the pure-function tests of every workspace and of scripts/. */
export default defineConfig({
  test: {
    projects: [
      'web/vitest.config.mts',
      { test: { name: 'contract', root: 'contract', include: ['src/**/*.test.ts'], environment: 'node' } },
      {
        resolve: { alias: contract },
        test: { name: 'cms', root: 'cms', include: ['src/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias: contract },
        test: {
          name: 'repo',
          include: ['scripts/**/*.test.ts'],
          // The cluster suite boots the whole topology: npm run test:cluster.
          exclude: ['scripts/cluster/**'],
          environment: 'node',
        },
      },
    ],
  },
});
