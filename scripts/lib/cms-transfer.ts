import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { bin, CMS_DIR } from './paths';

const QUIET = { STRAPI_TELEMETRY_DISABLED: 'true' };

function strapi(args: string[], env: NodeJS.ProcessEnv, quiet: boolean): void {
  const result = spawnSync(bin('strapi', CMS_DIR), args, {
    cwd: CMS_DIR,
    env: { ...env, ...QUIET, NODE_ENV: env.NODE_ENV ?? 'production' },
    stdio: quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    const output = quiet ? `\n${result.stdout ?? ''}${result.stderr ?? ''}`.slice(-3000) : '';
    throw new Error(`strapi ${args[0]} faalde (code ${result.status})${output}`);
  }
}

/** A timestamped archive name: fractieblog-2026-11-28T10-15-00. */
function archiveBaseName(now = new Date()): string {
  return `fractieblog-${now.toISOString().slice(0, 19).replace(/:/g, '-')}`;
}

/**
 * Every post, author, label, share link, the site settings and all media files, as Strapi's own
 * `strapi export` writes them (a .tar.gz; admin accounts and API tokens are not in it). Returns
 * the archive's path.
 */
export function exportArchive(
  env: NodeJS.ProcessEnv,
  dir: string,
  options: { quiet?: boolean } = {},
): string {
  fs.mkdirSync(dir, { recursive: true });
  const base = path.join(path.resolve(dir), archiveBaseName());
  strapi(['export', '--no-encrypt', '--file', base], env, options.quiet ?? false);
  const archive = `${base}.tar.gz`;
  if (!fs.existsSync(archive)) throw new Error(`strapi export schreef geen ${archive}`);
  return archive;
}

/** Replaces all content and media with the archive's (`strapi import --force`). */
export function importArchive(
  env: NodeJS.ProcessEnv,
  archive: string,
  options: { quiet?: boolean } = {},
): void {
  if (!fs.existsSync(archive)) throw new Error(`Geen back-up gevonden: ${archive}`);
  strapi(['import', '--force', '--file', path.resolve(archive)], env, options.quiet ?? false);
}
