/**
 * `npm run restore -- <archive>`: replaces all content and media with a back-up from
 * `npm run backup`. Stop the CMS first; the site's cached pages are emptied, so it shows the
 * restored content once it is started again.
 */
import { importArchive } from './lib/cms-transfer';
import { ensureEnvFile } from './lib/env-file';
import { emptySiteCaches, TEST_DIST_DIR } from './lib/stack';

const archive = process.argv[2];
if (!archive) {
  console.error('Gebruik: npm run restore -- <back-up.tar.gz>');
  process.exit(2);
}
try {
  const { vars } = ensureEnvFile();
  importArchive({ ...process.env, ...vars }, archive);
  // Next keeps pages and CMS answers on disk across restarts; after a restore they are all stale.
  for (const distDir of ['.next', TEST_DIST_DIR]) emptySiteCaches(distDir);
  console.log(
    `\n▸ Teruggezet: ${archive}. Start de site opnieuw (npm start) om de teruggezette inhoud te tonen.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
