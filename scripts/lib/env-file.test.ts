import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { renderEnvFile } from './env-file';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const example = fs.readFileSync(path.join(ROOT, '.env.example'), 'utf8');
const documented = Object.keys(parseEnv(example));

describe('.env.example', () => {
  it('documents every variable the design names', () => {
    for (const name of [
      'CMS_URL',
      'SITE_URL',
      'REVALIDATE_SECRET',
      'PREVIEW_SECRET',
      'ADMIN_EMAIL',
      'ADMIN_PASSWORD',
      'DATABASE_CLIENT',
      'DATABASE_URL',
      'SEED_DEMO',
      'APP_KEYS',
      'API_TOKEN_SALT',
      'ADMIN_JWT_SECRET',
      'TRANSFER_TOKEN_SALT',
      'JWT_SECRET',
      'ENCRYPTION_KEY',
    ]) {
      expect(documented).toContain(name);
    }
  });

  it('documents every variable the CMS config reads', () => {
    const configDir = path.join(ROOT, 'cms', 'config');
    const read = fs
      .readdirSync(configDir)
      .flatMap((file) =>
        [
          ...fs.readFileSync(path.join(configDir, file), 'utf8').matchAll(/env(?:\.\w+)?\('([A-Z0-9_]+)'/g),
        ].map((m) => m[1]),
      );
    // NODE_ENV is set by the start scripts, not by users.
    for (const name of read.filter((n) => n !== 'NODE_ENV')) expect(documented, name).toContain(name);
  });

  it('holds no secret values', () => {
    const secrets = [
      'CMS_PREVIEW_TOKEN',
      'APP_KEYS',
      'API_TOKEN_SALT',
      'ADMIN_JWT_SECRET',
      'TRANSFER_TOKEN_SALT',
      'JWT_SECRET',
      'ENCRYPTION_KEY',
      'ADMIN_PASSWORD',
      'REVALIDATE_SECRET',
      'PREVIEW_SECRET',
    ];
    const values = parseEnv(example);
    for (const name of secrets) expect(values[name], name).toBe('');
  });

  it('is listed in the README with the same variables', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const name of documented) expect(readme, name).toContain(`\`${name}\``);
  });
});

describe('renderEnvFile', () => {
  it('fills empty values that have a generated one and keeps the rest', () => {
    const rendered = renderEnvFile('# c\nA=\nB=keep\nC=\n', { A: 'x', B: 'y' });
    expect(rendered).toBe('# c\nA=x\nB=keep\nC=\n');
  });
});
