/**
 * `npm run restore -- <archive>`: replaces all content and media with a back-up from
 * `npm run backup`. Stop the CMS first; the site's cached pages are emptied, so it shows the
 * restored content once it is started again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { importArchive } from './lib/cms-transfer';
import { ensureEnvFile } from './lib/env-file';
import { WEB_DIR } from './lib/paths';

const archive = process.argv[2];
if (!archive) {
  console.error('Gebruik: npm run restore -- <back-up.tar.gz>');
  process.exit(2);
}
try {
  const { vars } = ensureEnvFile();
  importArchive({ ...process.env, ...vars }, archive);
  // Next keeps pages and CMS answers on disk across restarts; after a restore they are all stale.
  for (const distDir of ['.next', '.next-test']) {
    for (const cache of ['cache', path.join('server', 'route-cache')]) {
      fs.rmSync(path.join(WEB_DIR, distDir, cache), { recursive: true, force: true });
    }
  }
  console.log(
    `\n▸ Teruggezet: ${archive}. Start de site opnieuw (npm start) om de teruggezette inhoud te tonen.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
