import { describe, expect, it } from 'vitest';
import { collectAnswerTags } from './answer-tags';
import SiteCacheHandler from './cache-handler';

const handlerFor = (host = 'fractie.example.nl') => new SiteCacheHandler({ _requestHeaders: { host } });
const pageValue = (html: string, tags = 'posts,post:a,_N_T_/berichten/a') => ({
  kind: 'APP_PAGE',
  html,
  headers: { 'x-next-cache-tags': tags },
  status: 200,
});
const fetchValue = (body: string) => ({
  kind: 'FETCH',
  data: { body, headers: {}, status: 200 },
  revalidate: 3600,
});
const key = () => `/pages/berichten/${Math.random()}`;

describe('SiteCacheHandler (Next’s cache handler)', () => {
  it('ends a page when one of the tags Next recorded in it is revalidated', async () => {
    const handler = handlerFor();
    const page = key();
    await handler.set(page, pageValue('oud'), { cacheControl: { revalidate: 3600 } });
    const later = handlerFor();
    expect((await later.get(page, { kind: 'APP_PAGE' }))?.value).toMatchObject({ html: 'oud' });
    await later.revalidateTag(['post:a']);
    expect(await handlerFor().get(page, { kind: 'APP_PAGE' })).toBeNull();
  });

  it('ends a CMS answer by its own tags and by the tags the reader names', async () => {
    const answer = `fetch-${Math.random()}`;
    await handlerFor().set(answer, fetchValue('{}'), { fetchCache: true, tags: ['site'] });
    expect(await handlerFor().get(answer, { kind: 'FETCH', tags: ['site'], softTags: [] })).not.toBeNull();
    await handlerFor().revalidateTag('share-links');
    expect(await handlerFor().get(answer, { kind: 'FETCH', tags: ['site', 'share-links'] })).toBeNull();
  });

  it('stamps what a request made with the moment the request began', async () => {
    const slow = handlerFor();
    await handlerFor().revalidateTag('post:a');
    const page = key();
    // Begun before the change, finished after it: it must not count as newer than the change.
    await slow.set(page, pageValue('gemaakt met de oude inhoud'), {});
    expect(await handlerFor().get(page, { kind: 'APP_PAGE' })).toBeNull();
  });

  it('keeps the pages of two domains apart', async () => {
    const page = key();
    await handlerFor('fractie-a.example.nl').set(page, pageValue('A', 'label:x'), {});
    expect(await handlerFor('fractie-b.example.nl').get(page, { kind: 'APP_PAGE' })).toBeNull();
    expect(await handlerFor('fractie-a.example.nl:8443').get(page, { kind: 'APP_PAGE' })).not.toBeNull();
  });

  it('tells the server which tags the page it answers with was made from', async () => {
    const page = key();
    await handlerFor().set(page, pageValue('x', 'posts,site'), {});
    const tags = new Set<string>();
    await collectAnswerTags(tags, () => handlerFor().get(page, { kind: 'APP_PAGE' }));
    expect([...tags]).toEqual(['posts', 'site']);
  });
});
