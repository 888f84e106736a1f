import { describe, expect, it } from 'vitest';
import { testPost, testSite } from '@/lib/test-fixtures';
import { shareImageMeta, shareImageVersion } from './share-image';
import { authorShareImage, frontShareImage, labelShareImage, postShareImage } from './sources';

describe('share image sources', () => {
  it('an article shares its cover, with a card of title, author and Amsterdam date as fallback', () => {
    const source = postShareImage(testPost, testSite);
    expect(source.photo).toBe(testPost.cover);
    expect(source.card).toMatchObject({
      title: 'Werkbezoek Leger des Heils',
      meta: 'Door Henrike Nijman · 7 september 2020',
      siteName: 'Samen Lindeveen',
    });
  });

  it('labels and authors get cards; the front page its share photo when set', () => {
    const label = { name: 'Zorg', slug: 'zorg', description: 'Over zorg' };
    expect(labelShareImage(label, testSite)).toMatchObject({
      photo: null,
      card: { kicker: 'Label', title: 'Zorg' },
    });
    const author = { name: 'Henrike Nijman', slug: 'h', role: null, bio: null, avatar: null };
    expect(authorShareImage(author, testSite).card.kicker).toBe('Auteur');
    expect(frontShareImage(testSite)).toMatchObject({ photo: null, card: { title: 'Samen Lindeveen' } });
  });

  it('the image URL is absolute, 1200×630, and versioned by what the image is drawn from', () => {
    const source = postShareImage(testPost, testSite);
    const meta = shareImageMeta(
      'https://fractie.nl',
      '/berichten/werkbezoek-leger-des-heils/og-image',
      source,
    );
    expect(meta).toMatchObject({ width: 1200, height: 630, alt: 'Het inloophuis', type: 'image/jpeg' });
    expect(meta.url).toMatch(
      /^https:\/\/fractie\.nl\/berichten\/werkbezoek-leger-des-heils\/og-image\?v=[\w-]{10}$/,
    );
    const retitled = postShareImage({ ...testPost, title: 'Anders' }, testSite);
    expect(shareImageVersion(retitled)).not.toBe(shareImageVersion(source));
  });
});
