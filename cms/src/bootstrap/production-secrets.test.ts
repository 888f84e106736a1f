import { describe, expect, it } from 'vitest';
import { refuseUnsafeSecrets, secretProblems } from './production-secrets';

const strong = 'k3J9vQx2LmN8pR4tW6yZ1a';
const good = {
  APP_KEYS: `${strong},${strong}b`,
  API_TOKEN_SALT: strong,
  ADMIN_JWT_SECRET: strong,
  TRANSFER_TOKEN_SALT: strong,
  JWT_SECRET: strong,
  ENCRYPTION_KEY: strong,
  REVALIDATE_SECRET: strong,
  PREVIEW_SECRET: strong,
  CMS_PREVIEW_TOKEN: strong,
};

describe('secretProblems', () => {
  it('accepts long random secrets', () => {
    expect(secretProblems(good)).toEqual([]);
  });

  it('names each missing, example or short secret', () => {
    expect(
      secretProblems({
        ...good,
        APP_KEYS: 'toBeModified1,toBeModified2',
        JWT_SECRET: '',
        ENCRYPTION_KEY: 'kort',
        PREVIEW_SECRET: 'change-me-please',
        CMS_PREVIEW_TOKEN: undefined,
      }),
    ).toEqual([
      'APP_KEYS is een voorbeeldwaarde',
      'JWT_SECRET ontbreekt',
      'ENCRYPTION_KEY is korter dan 16 tekens',
      'PREVIEW_SECRET is een voorbeeldwaarde',
      'CMS_PREVIEW_TOKEN ontbreekt',
    ]);
  });
});

describe('refuseUnsafeSecrets', () => {
  it('stops production with a message naming the variable, and lets development run', () => {
    expect(() =>
      refuseUnsafeSecrets({ ...good, NODE_ENV: 'production', JWT_SECRET: 'tobemodified' }),
    ).toThrow(/JWT_SECRET is een voorbeeldwaarde/);
    expect(() => refuseUnsafeSecrets({ NODE_ENV: 'development' })).not.toThrow();
  });
});
