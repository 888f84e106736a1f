import { describe, expect, it } from 'vitest';
import { tempFile } from './fixtures.test.util';
import { type JsonRecord, jsonRecords } from './json-records';
import { ghostSelector } from './json-values';

describe('jsonRecords', () => {
  it('assembles only the selected values, counting array places past nested values', async () => {
    const file = await tempFile(
      'records.json',
      JSON.stringify({
        db: [
          {
            meta: { exported_on: 1 },
            data: {
              posts: [{ id: 'a', tags: [1, { x: [2, 3] }], n: null }, 'raar', { id: 'b', ok: true }],
              users: [{ id: 'u' }],
              tags: [{ id: 't' }],
            },
          },
        ],
      }),
    );
    const records: JsonRecord[] = [];
    for await (const record of jsonRecords(file, ghostSelector(new Set(['meta', 'posts', 'tags']))))
      records.push(record);
    expect(records).toEqual([
      { name: 'meta', value: { exported_on: 1 } },
      { name: 'posts', value: { id: 'a', tags: [1, { x: [2, 3] }], n: null } },
      { name: 'posts', value: 'raar' },
      { name: 'posts', value: { id: 'b', ok: true } },
      { name: 'tags', value: { id: 't' } },
    ]);
  });

  it('stops when the consumer does, without an error', async () => {
    const file = await tempFile('early.json', JSON.stringify({ data: { posts: [{ id: 1 }, { id: 2 }] } }));
    const seen: unknown[] = [];
    for await (const record of jsonRecords(file, ghostSelector(new Set(['posts'])))) {
      seen.push(record.value);
      break;
    }
    expect(seen).toEqual([{ id: 1 }]);
  });
});
