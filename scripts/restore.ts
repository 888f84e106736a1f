/**
 * `npm run restore -- <archive>`: replaces all content and media with a back-up from
 * `npm run backup`. Stop the CMS and the site first; the pages the site replicas share in Redis
 * are forgotten, so the site shows the restored content once it is started again.
 */
import { importArchive } from './lib/cms-transfer';
import { ensureEnvFile } from './lib/env-file';
import { forgetSharedSitePages } from './lib/site-pages';

const archive = process.argv[2];
if (!archive) {
  console.error('Gebruik: npm run restore -- <back-up.tar.gz>');
  process.exit(2);
}
async function main(file: string) {
  const { vars } = ensureEnvFile();
  const env = { ...process.env, ...vars };
  importArchive(env, file);
  // Pages made from the content before the restore are all stale.
  const forgotten = await forgetSharedSitePages(env);
  if (forgotten > 0) console.log(`▸ ${forgotten} gedeelde pagina's in Redis vergeten`);
  console.log(
    `\n▸ Teruggezet: ${file}. Start de site opnieuw (npm start) om de teruggezette inhoud te tonen.`,
  );
}

main(archive).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
