import { describe, expect, it } from 'vitest';
import { decodeValue, encodeValue } from './codec';

describe('encodeValue / decodeValue', () => {
  it('carries the Buffers and Maps of a page entry through JSON unchanged', () => {
    const page = {
      kind: 'APP_PAGE',
      html: '<h1>Werkbezoek</h1>',
      rscData: Buffer.from([0, 1, 254, 255]),
      segmentData: new Map([['/_tree', Buffer.from('boom')]]),
      headers: { 'x-next-cache-tags': 'posts,post:a' },
      status: 200,
    };
    const back = decodeValue(encodeValue(page)) as typeof page;
    expect(back).toEqual(page);
    expect(Buffer.isBuffer(back.rscData)).toBe(true);
    expect(back.segmentData.get('/_tree')?.toString()).toBe('boom');
  });

  it('leaves plain objects that merely look alike as they are', () => {
    expect(decodeValue(encodeValue({ type: 'Buffer', data: [1] }))).toEqual({ type: 'Buffer', data: [1] });
  });
});
