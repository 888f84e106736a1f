import { expect, it } from 'vitest';
import { blocksToHtml } from './blocks-html';
import { toBlocks } from './cms/blocks';

it('renders every block type as escaped HTML with absolute image URLs', () => {
  const html = blocksToHtml(
    toBlocks([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Vraag & antwoord', bold: true }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: '<script>' },
          { type: 'link', url: 'https://a.example/?x="1"', children: [{ type: 'text', text: 'link' }] },
        ],
      },
      {
        type: 'list',
        format: 'ordered',
        children: [{ type: 'list-item', children: [{ type: 'text', text: 'een' }] }],
      },
      { type: 'quote', children: [{ type: 'text', text: 'citaat', italic: true }] },
      { type: 'code', children: [{ type: 'text', text: 'a < b' }] },
      {
        type: 'image',
        image: { url: '/uploads/kaart.jpg', alternativeText: 'Kaart "oud"', caption: 'Bijschrift' },
      },
    ]),
    'https://fractie.example',
  );
  expect(html).toBe(
    [
      '<h2><strong>Vraag &amp; antwoord</strong></h2>',
      '<p>&lt;script&gt;<a href="https://a.example/?x=%221%22">link</a></p>',
      '<ol><li>een</li></ol>',
      '<blockquote><p><em>citaat</em></p></blockquote>',
      '<pre><code>a &lt; b</code></pre>',
      '<figure><img src="https://fractie.example/uploads/kaart.jpg" alt="Kaart &quot;oud&quot;"><figcaption>Bijschrift</figcaption></figure>',
    ].join('\n'),
  );
});
