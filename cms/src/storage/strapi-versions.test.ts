import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
type Manifest = { version: string; dependencies?: Record<string, string> };
const manifest = (file: string): Manifest => JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;

const S3_PROVIDER = '@strapi/provider-upload-aws-s3';
const cms = manifest(path.resolve(import.meta.dirname, '../../package.json'));
const strapiVersion = cms.dependencies?.['@strapi/strapi'];

describe("the CMS's Strapi packages", () => {
  it("are all at Strapi's version, but for the S3 provider (the registry's newest is older; see README)", () => {
    const others = Object.entries(cms.dependencies ?? {}).filter(
      ([name]) => name.startsWith('@strapi/') && name !== S3_PROVIDER,
    );

    expect(others.length).toBeGreaterThan(1);
    for (const [name, version] of others) expect(version, name).toBe(strapiVersion);
  });

  it('has an S3 provider that brings no Strapi package of its own, so no second Strapi is installed', () => {
    const provider = manifest(require.resolve(`${S3_PROVIDER}/package.json`));

    expect(provider.version).toBe(cms.dependencies?.[S3_PROVIDER]);
    expect(Object.keys(provider.dependencies ?? {}).filter((name) => name.startsWith('@strapi/'))).toEqual(
      [],
    );
  });
});
