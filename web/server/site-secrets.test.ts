import { expect, it } from 'vitest';
import { siteSecretProblems } from './site-secrets';

it('names each missing, example or short secret the site needs', () => {
  const strong = 'k3J9vQx2LmN8pR4tW6yZ1a';
  expect(
    siteSecretProblems({ REVALIDATE_SECRET: strong, PREVIEW_SECRET: strong, CMS_PREVIEW_TOKEN: strong }),
  ).toEqual([]);
  expect(siteSecretProblems({ REVALIDATE_SECRET: 'changeme', PREVIEW_SECRET: 'kort' })).toEqual([
    'REVALIDATE_SECRET is een voorbeeldwaarde',
    'PREVIEW_SECRET is korter dan 16 tekens',
    'CMS_PREVIEW_TOKEN ontbreekt',
  ]);
});
