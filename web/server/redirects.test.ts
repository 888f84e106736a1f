import { describe, expect, it, vi } from 'vitest';
import { addressKey, RedirectTable } from './redirects';

describe('addressKey', () => {
  it('makes one address of the forms an old link comes in', () => {
    const key = addressKey('/2019/03/werkbezoek/').withQuery;
    for (const variant of [
      '/2019/03/Werkbezoek',
      '/2019/03/werkbezoek/?m=1',
      '/2019/03/werkbezoek?utm_source=x',
    ]) {
      expect(addressKey(variant).withQuery).toBe(key);
    }
  });

  it('keeps the parameters that pick a page, in one order', () => {
    expect(addressKey('/?p=123').withQuery).toBe('/?p=123');
    expect(addressKey('/?b=2&a=1&fbclid=x').withQuery).toBe('/?a=1&b=2');
    expect(addressKey('/search/label/Zorg%20en%20welzijn').withQuery).toBe('/search/label/zorg en welzijn');
  });
});

describe('RedirectTable', () => {
  const table = (redirects: { from: string; to: string; permanent: boolean }[]) => {
    const load = vi.fn(async () => redirects);
    return { redirects: new RedirectTable(load), load };
  };

  it('answers old addresses with the new one, 301 or 302, and nothing else', async () => {
    const { redirects } = table([
      { from: '/2019/03/werkbezoek/', to: '/berichten/werkbezoek-leger-des-heils', permanent: true },
      { from: '/?p=123', to: '/berichten/motie', permanent: false },
    ]);
    await redirects.refresh();
    expect(redirects.lookup('/2019/03/werkbezoek/?m=1')).toEqual({
      location: '/berichten/werkbezoek-leger-des-heils',
      status: 301,
    });
    expect(redirects.lookup('/?p=123&utm_medium=social')).toEqual({
      location: '/berichten/motie',
      status: 302,
    });
    expect(redirects.lookup('/?p=124')).toBeNull();
    expect(redirects.lookup('/berichten/werkbezoek-leger-des-heils')).toBeNull();
  });

  it('never sends a reader to another site, nor in a circle', async () => {
    const { redirects } = table([
      { from: '/weg', to: '//evil.example/', permanent: true },
      { from: '/ook-weg', to: 'https://evil.example/', permanent: true },
      { from: '/rond/', to: '/rond', permanent: true },
    ]);
    await redirects.refresh();
    expect([redirects.lookup('/weg'), redirects.lookup('/ook-weg'), redirects.lookup('/rond')]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('keeps answering from the last table while the CMS cannot be asked, and tries again', async () => {
    const load = vi
      .fn<() => Promise<{ from: string; to: string; permanent: boolean }[]>>()
      .mockResolvedValueOnce([{ from: '/oud', to: '/nieuw', permanent: true }])
      .mockRejectedValueOnce(new Error('CMS weg'));
    const redirects = new RedirectTable(load);
    await redirects.refresh();
    await redirects.refresh();
    expect(redirects.lookup('/oud')?.location).toBe('/nieuw');
  });

  it('loads once more when a change is heard while it loads', async () => {
    const { redirects, load } = table([]);
    const first = redirects.refresh();
    void redirects.refresh();
    await first;
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(2));
  });
});
