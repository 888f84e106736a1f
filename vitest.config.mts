import { defineConfig } from 'vitest/config';

/** `npm run test:unit`: the pure-function tests of every workspace and of scripts/. */
export default defineConfig({
  test: {
    projects: [
      'web/vitest.config.mts',
      { test: { name: 'cms', root: 'cms', include: ['src/**/*.test.ts'], environment: 'node' } },
      {
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
