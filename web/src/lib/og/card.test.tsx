import sharp from 'sharp';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderCard } from './card';

afterEach(() => vi.restoreAllMocks());

describe('renderCard', () => {
  it('draws a 1200×630 PNG without fetching anything from the network', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const response = await renderCard({
      kicker: 'Zorg',
      title: 'Geïnformeerd over de zorg 🎉 in 北京',
      meta: 'Door Henrike Nijman · 7 september 2020',
      siteName: 'Samen Lindeveen',
    });
    const image = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    expect(response.headers.get('content-type')).toBe('image/png');
    expect([image.format, image.width, image.height]).toEqual(['png', 1200, 630]);
    // The renderer loads its own wasm through a data: URL; anything else would leave the machine.
    const remote = fetchSpy.mock.calls
      .map(([input]) => String(input))
      .filter((url) => !url.startsWith('data:'));
    expect(remote).toEqual([]);
  });
});
