/**
 * `npm run backup [-- <folder>]`: a timestamped archive of all content and media (built on
 * `strapi export`), by default in ./backups. Works while the CMS runs.
 */
import path from 'node:path';
import { exportArchive } from './lib/cms-transfer';
import { ensureEnvFile } from './lib/env-file';
import { ROOT } from './lib/paths';

const dir = process.argv[2] ?? path.join(ROOT, 'backups');
try {
  const { vars } = ensureEnvFile();
  const archive = exportArchive({ ...process.env, ...vars }, dir);
  console.log(`\n▸ Back-up geschreven: ${path.relative(process.cwd(), archive)}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
