import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  authorBySlugQuery,
  labelBySlugQuery,
  postBySlugQuery,
  postListQuery,
  shareLinksQuery,
  siteQuery,
} from './queries';
import { SHARE_LINK_PLATFORMS, SHARE_PLATFORMS } from '@fractieblog/contract';

/** The CMS schemas are the source of truth; every field the site asks for must exist there. */
const SCHEMAS = path.resolve(import.meta.dirname, '../../../../cms/src/api');
const SYSTEM_FIELDS = ['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt'];
const MEDIA_FIELDS = ['url', 'alternativeText', 'width', 'height', 'formats'];

type Attribute = { type: string; target?: string; enum?: string[] };

function attributesOf(apiName: string): Record<string, Attribute> {
  const file = path.join(SCHEMAS, apiName, 'content-types', apiName, 'schema.json');
  const schema: { attributes: Record<string, Attribute> } = JSON.parse(fs.readFileSync(file, 'utf8'));
  return schema.attributes;
}

type Query = { fields?: string[]; populate?: Record<string, Query> };

function assertQueryMatches(apiName: string, query: Query) {
  const attributes = attributesOf(apiName);
  for (const field of query.fields ?? []) {
    expect(SYSTEM_FIELDS.includes(field) || field in attributes, `${apiName}.${field}`).toBe(true);
  }
  for (const [relation, nested] of Object.entries(query.populate ?? {})) {
    const attribute = attributes[relation];
    expect(attribute, `${apiName}.${relation}`).toBeDefined();
    if (attribute?.type === 'media') {
      for (const field of nested.fields ?? []) expect(MEDIA_FIELDS).toContain(field);
    } else if (attribute?.target) {
      assertQueryMatches(attribute.target.split('.').pop() ?? '', nested);
    }
  }
}

describe('queries ask only for fields the CMS schemas define', () => {
  it.each([
    ['post', postListQuery({ page: 1 })],
    ['post', postBySlugQuery('x')],
    ['author', authorBySlugQuery('x')],
    ['label', labelBySlugQuery('x')],
    ['share-link', shareLinksQuery()],
    ['site', siteQuery()],
  ])('%s', (apiName, query) => {
    assertQueryMatches(apiName, query);
  });
});

describe('share platforms', () => {
  it('reports exactly the platforms the CMS counts', () => {
    expect(attributesOf('share-count').platform?.enum).toEqual([...SHARE_PLATFORMS]);
  });

  it('reads exactly the platforms an editor can give a share button', () => {
    expect(attributesOf('share-link').platform?.enum).toEqual([...SHARE_LINK_PLATFORMS]);
  });
});
