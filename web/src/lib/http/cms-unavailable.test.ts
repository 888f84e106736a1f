import { describe, expect, it } from 'vitest';
import { CmsUnavailableError } from '@/lib/cms';
import { RETRY_AFTER_SECONDS } from '@/lib/unavailable-page';
import { unlessCmsUnavailable } from './cms-unavailable';

describe('unlessCmsUnavailable', () => {
  it('answers what the work answers while the CMS is there', async () => {
    const response = await unlessCmsUnavailable(async () => new Response('ok'), 'Even niet.');
    expect(await response.text()).toBe('ok');
  });

  it('turns an unreachable CMS into 503 with the Retry-After of the whole site', async () => {
    const down = async (): Promise<Response> => {
      throw new CmsUnavailableError('CMS niet bereikbaar');
    };
    const json = await unlessCmsUnavailable(down, 'Berichten zijn even niet beschikbaar.');
    expect(json.status).toBe(503);
    expect(json.headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS));
    expect(await json.json()).toEqual({ error: 'Berichten zijn even niet beschikbaar.' });

    const text = await unlessCmsUnavailable(down, 'Afbeelding tijdelijk niet beschikbaar', 'text');
    expect(text.status).toBe(503);
    expect(text.headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS));
    expect(text.headers.get('cache-control')).toBe('no-store');
    expect(await text.text()).toBe('Afbeelding tijdelijk niet beschikbaar');
  });

  it('throws any other error on: a bug is not an outage', async () => {
    const bug = async (): Promise<Response> => {
      throw new TypeError('kapot');
    };
    await expect(unlessCmsUnavailable(bug, 'Even niet.')).rejects.toThrow('kapot');
  });
});
