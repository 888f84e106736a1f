import { describe, expect, it } from 'vitest';
import { shareHref, shareLinksFor } from './share';

const target = {
  url: 'https://fractie.example/berichten/werkbezoek-leger-des-heils',
  title: 'Werkbezoek & "debat" #1',
};

describe('shareHref', () => {
  it('fills {url} and {title} URL-encoded', () => {
    expect(shareHref('https://x.com/intent/post?text={title}&url={url}', target)).toBe(
      'https://x.com/intent/post?text=Werkbezoek%20%26%20%22debat%22%20%231&url=https%3A%2F%2Ffractie.example%2Fberichten%2Fwerkbezoek-leger-des-heils',
    );
  });

  it('fills {text} with title and URL', () => {
    expect(shareHref('https://wa.me/?text={text}', { url: 'https://a.example/b', title: 'Hoi' })).toBe(
      'https://wa.me/?text=Hoi%20https%3A%2F%2Fa.example%2Fb',
    );
  });

  it('keeps mailto templates', () => {
    expect(
      shareHref('mailto:?subject={title}&body={url}', { url: 'https://a.example/', title: 'Motie' }),
    ).toBe('mailto:?subject=Motie&body=https%3A%2F%2Fa.example%2F');
  });

  it('refuses templates that are not https or mailto', () => {
    expect(shareHref('javascript:alert({url})', target)).toBeNull();
    expect(shareHref('http://insecure.example/?u={url}', target)).toBeNull();
  });

  it('cannot be used to break out of an attribute: quotes and angle brackets are encoded', () => {
    const href = shareHref('https://x.example/?t={title}&u={url}', {
      url: 'https://a.example/"><script>',
      title: '"><img>',
    });
    expect(href).not.toMatch(/["<>]/);
  });
});

describe('shareLinksFor', () => {
  it('keeps the order and drops unusable templates', () => {
    const links = shareLinksFor(
      [
        {
          platform: 'facebook',
          label: 'Deel op Facebook',
          urlTemplate: 'https://www.facebook.com/sharer/sharer.php?u={url}',
        },
        { platform: 'x', label: 'Deel op X', urlTemplate: 'ftp://nope/{url}' },
        { platform: 'email', label: 'Deel via e-mail', urlTemplate: 'mailto:?body={url}' },
      ],
      target,
    );
    expect(links.map((link) => link.platform)).toEqual(['facebook', 'email']);
  });
});
