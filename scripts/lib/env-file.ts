import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { ROOT } from './paths';

const ENV_FILE = path.join(ROOT, '.env');
const EXAMPLE_FILE = path.join(ROOT, '.env.example');

const secret = () => randomBytes(24).toString('base64url');

/** Values `npm start` generates for a fresh checkout: random secrets and a demo admin login. */
function generatedValues(): Record<string, string> {
  return {
    APP_KEYS: [secret(), secret(), secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    REVALIDATE_SECRET: secret(),
    PREVIEW_SECRET: secret(),
    CMS_PREVIEW_TOKEN: secret(),
    // Only used with S3_BUCKET (docker-compose.yml gives them to MinIO).
    S3_ACCESS_KEY_ID: `fractieblog-${randomBytes(4).toString('hex')}`,
    S3_SECRET_ACCESS_KEY: secret(),
    // Strapi wants upper case, lower case and a digit.
    ADMIN_PASSWORD: `Fb-${randomBytes(9).toString('base64url')}-9a`,
  };
}

/** The example file with every empty value that has a generated one filled in. */
export function renderEnvFile(example: string, values: Record<string, string>): string {
  return example
    .split('\n')
    .map((line) => {
      const match = /^([A-Z0-9_]+)=$/.exec(line);
      const value = match?.[1] ? values[match[1]] : undefined;
      return value === undefined ? line : `${match?.[1]}=${value}`;
    })
    .join('\n');
}

/**
 * Writes .env when it is missing; an older .env gets the generated values it lacks (new secrets
 * after an update) appended. Returns its variables and whether it was just created.
 */
export function ensureEnvFile(): { vars: Record<string, string>; created: boolean } {
  let created = false;
  if (!fs.existsSync(ENV_FILE)) {
    const example = fs.readFileSync(EXAMPLE_FILE, 'utf8');
    fs.writeFileSync(ENV_FILE, renderEnvFile(example, generatedValues()), { mode: 0o600 });
    created = true;
  }
  const current = parseEnv(fs.readFileSync(ENV_FILE, 'utf8'));
  const missing = Object.entries(generatedValues()).filter(([name]) => !current[name]);
  if (missing.length > 0) {
    fs.appendFileSync(
      ENV_FILE,
      `\n# Added by npm start\n${missing.map(([name, value]) => `${name}=${value}`).join('\n')}\n`,
    );
  }
  const vars = { ...current, ...Object.fromEntries(missing) };
  return {
    vars: Object.fromEntries(
      Object.entries(vars).filter((entry): entry is [string, string] => entry[1] !== undefined),
    ),
    created,
  };
}
