/**
 * `npm run import -- <file-or-url> [--dry-run] [--old-site-url URL] [--report FILE]`: brings the
 * posts of an old site (WordPress, Blogger, Ghost export, or an RSS/Atom feed) into the running CMS
 * of `.env` (CMS_URL), signed in as the `.env`'s admin, or with the full-access API token in
 * IMPORT_TOKEN. It checks the export first (a dry run), then imports, prints progress and a summary
 * and writes the full report as JSON. Exits non-zero when nothing could be imported.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, parseEnv } from 'node:util';
import { adminLogin } from './lib/cms-admin';
import { importClient, type ImportJob } from './lib/import-client';
import { importedAnything, importSummary } from './lib/import-summary';
import { ROOT } from './lib/paths';

const PHASES: Record<string, string> = {
  reading: 'export lezen',
  importing: 'berichten overnemen',
  publishing: 'publiceren',
};
const STATUSES: Record<string, string> = {
  checking: 'controleren…',
  ready: 'gecontroleerd',
  importing: 'importeren…',
  done: 'klaar',
  failed: 'mislukt',
  cancelled: 'afgebroken',
};

function settings(): Record<string, string | undefined> {
  const file = path.join(ROOT, '.env');
  const fromFile = fs.existsSync(file) ? parseEnv(fs.readFileSync(file, 'utf8')) : {};
  return { ...fromFile, ...process.env };
}

async function connect(env: Record<string, string | undefined>) {
  const cmsUrl = (env.CMS_URL || 'http://127.0.0.1:1337').replace(/\/+$/, '');
  if (env.IMPORT_TOKEN) {
    return importClient({ base: `${cmsUrl}/api/imports`, authorization: `Bearer ${env.IMPORT_TOKEN}` });
  }
  if (!env.ADMIN_EMAIL || !env.ADMIN_PASSWORD) {
    throw new Error(
      'Zet IMPORT_TOKEN (een API-token met volledige toegang), of ADMIN_EMAIL en ADMIN_PASSWORD in .env.',
    );
  }
  const jwt = await adminLogin(cmsUrl, env.ADMIN_EMAIL, env.ADMIN_PASSWORD).catch((error: unknown) => {
    throw new Error(
      `Inloggen op het CMS (${cmsUrl}) lukte niet: ${error instanceof Error ? error.message : error}`,
    );
  });
  return importClient({ base: `${cmsUrl}/fractieblog-import`, authorization: `Bearer ${jwt}` });
}

/** Prints each state the job is in once, on one line in a terminal. */
function follower() {
  let shown = '';
  return (job: ImportJob) => {
    const phase = job.progress ? (PHASES[job.progress.phase] ?? job.progress.phase) : null;
    const line = !job.progress
      ? `  ${STATUSES[job.status]}`
      : job.progress.total > 0
        ? `  ${phase}: ${job.progress.done} van ${job.progress.total}`
        : `  ${phase}…`;
    if (line === shown) return;
    if (process.stdout.isTTY) process.stdout.write(`\r${line.padEnd(60)}`);
    else console.log(line);
    shown = line;
  };
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean' },
      'old-site-url': { type: 'string' },
      report: { type: 'string' },
    },
  });
  const [target] = positionals;
  if (!target || positionals.length > 1) {
    throw new Error(
      'Gebruik: npm run import -- <bestand-of-adres> [--dry-run] [--old-site-url URL] [--report BESTAND]',
    );
  }
  const dryRun = values['dry-run'] === true;
  const oldSiteUrl = values['old-site-url'];
  const api = await connect(settings());
  const isUrl = /^https?:\/\//i.test(target);
  if (!isUrl && !fs.existsSync(target)) throw new Error(`Bestand niet gevonden: ${target}`);

  console.log(`▸ ${isUrl ? 'Adres' : 'Bestand'} aanbieden: ${target}`);
  if (isUrl) console.log('  Let op: een feed bevat alleen de nieuwste berichten, niet het hele archief.');
  const id = isUrl ? await api.offerUrl(target, oldSiteUrl) : await api.offerFile(target, oldSiteUrl);

  console.log('▸ Controleren (proefrun)…');
  let job = await api.waitFor(id, ['ready', 'failed', 'cancelled'], follower());
  if (process.stdout.isTTY) process.stdout.write('\n');
  if (job.status === 'ready' && !dryRun) {
    if (job.report) console.log(importSummary(job.report));
    console.log('▸ Importeren…');
    await api.confirm(id);
    job = await api.waitFor(id, ['done', 'failed', 'cancelled'], follower());
    if (process.stdout.isTTY) process.stdout.write('\n');
  } else if (job.status === 'ready') {
    await api.cancel(id);
  }
  if (job.status === 'failed' || !job.report) throw new Error(job.error ?? 'De import is mislukt.');

  console.log(importSummary(job.report));
  const reportFile = values.report ?? `importverslag-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  fs.writeFileSync(reportFile, `${JSON.stringify(job.report, null, 2)}\n`);
  console.log(`▸ Volledig verslag: ${path.resolve(reportFile)}`);
  if (!importedAnything(job.report)) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
