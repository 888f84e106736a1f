import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { env } from '@strapi/utils';
import { afterEach, expect, it } from 'vitest';
import fractieblogConfig from '../../cms/config/fractieblog';
import { renderEnvFile } from './env-file';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const saved = { ...process.env };

afterEach(() => {
  process.env = { ...saved };
});

/** The .env that `npm start` writes on a fresh checkout, as the CMS reads it. */
it('a fresh .env gives the CMS what it needs to tell the site about changes and previews', () => {
  const example = fs.readFileSync(path.join(ROOT, '.env.example'), 'utf8');
  const written = renderEnvFile(example, {
    REVALIDATE_SECRET: 'r'.repeat(32),
    CMS_PREVIEW_TOKEN: 'p'.repeat(32),
  });
  Object.assign(process.env, parseEnv(written));

  const config = fractieblogConfig({ env });

  expect(config.siteUrl).toBe('http://127.0.0.1:3000');
  expect(config.revalidateSecret).toBe('r'.repeat(32));
  expect(config.previewToken).toBe('p'.repeat(32));
});
