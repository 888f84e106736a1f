/** Production builds of the CMS and the site, each only when its sources changed. */
import { buildStack, TEST_DIST_DIR } from './lib/stack';

// --test: the site goes to its own build directory, so tests never share caches with `npm start`.
const env = process.argv.includes('--test') ? { ...process.env, NEXT_DIST_DIR: TEST_DIST_DIR } : process.env;

try {
  buildStack(env);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
