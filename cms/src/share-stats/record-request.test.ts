import { describe, expect, it } from 'vitest';
import schema from '../api/share-count/content-types/share-count/schema.json';
import { SHARE_PLATFORMS } from '@fractieblog/contract';
import { parseRecordRequest } from './record-request';

describe('parseRecordRequest', () => {
  it('takes a slug and a known platform', () => {
    expect(parseRecordRequest({ slug: 'werkbezoek-leger-des-heils', platform: 'whatsapp' })).toEqual({
      slug: 'werkbezoek-leger-des-heils',
      platform: 'whatsapp',
    });
  });

  it.each([
    null,
    'werkbezoek',
    {},
    { slug: 'Werkbezoek', platform: 'x' },
    { slug: '../admin', platform: 'x' },
    { slug: 'a'.repeat(201), platform: 'x' },
    { slug: 'werkbezoek', platform: 'myspace' },
    { slug: 'werkbezoek', platform: ['x'] },
    { slug: 'werkbezoek' },
  ])('refuses %j with a reason', (body) => {
    expect(parseRecordRequest(body)).toHaveProperty('problem');
  });
});

describe('SHARE_PLATFORMS', () => {
  it('is the enumeration of the share-count schema', () => {
    expect(schema.attributes.platform.enum).toEqual([...SHARE_PLATFORMS]);
  });
});
