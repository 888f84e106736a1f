/** Production builds of the CMS and the site, each only when its sources changed. */
import { buildStack } from './lib/stack';

try {
  buildStack(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
