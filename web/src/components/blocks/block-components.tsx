import type { BlocksRenderer } from '@strapi/blocks-react-renderer';
import type { ComponentProps } from 'react';
import { srcSetOf, type ImageFormat } from '@/lib/cms/srcset';

type RendererProps = ComponentProps<typeof BlocksRenderer>;
export type BlockComponents = NonNullable<RendererProps['blocks']>;
export type ModifierComponents = NonNullable<RendererProps['modifiers']>;
type ImageProps = ComponentProps<NonNullable<BlockComponents['image']>>;

/** Column width of the article text: the largest an image in it is ever shown. */
const CONTENT_IMAGE_SIZES = '(max-width: 46rem) 100vw, 44rem';

function imageFormats(formats: Record<string, unknown> | undefined): Record<string, ImageFormat> {
  const known: Record<string, ImageFormat> = {};
  for (const [name, format] of Object.entries(formats ?? {})) {
    const candidate = format as Partial<ImageFormat> | null;
    if (typeof candidate?.url === 'string' && typeof candidate.width === 'number') {
      known[name] = { url: candidate.url, width: candidate.width };
    }
  }
  return known;
}

export type BlockOptions = {
  /** For a feed: site paths (links, images) become absolute on this origin, images one plain src. */
  siteUrl?: string;
};

/**
 * How each Strapi block and text mark looks, on the article page and in the feeds alike. What is
 * left out (unknown blocks, unsafe links, images from elsewhere) was decided before, by toBlocks.
 */
export function blockComponents({ siteUrl }: BlockOptions = {}): {
  blocks: BlockComponents;
  modifiers: ModifierComponents;
} {
  const absolute = (path: string) => (siteUrl && path.startsWith('/') ? `${siteUrl}${path}` : path);

  function ContentImage({ image }: ImageProps) {
    const srcSet = siteUrl ? '' : srcSetOf(imageFormats(image.formats), image.url, image.width);
    return (
      <figure className="content-image">
        <img
          src={absolute(image.url)}
          srcSet={srcSet || undefined}
          sizes={srcSet ? CONTENT_IMAGE_SIZES : undefined}
          alt={image.alternativeText ?? ''}
          width={image.width || undefined}
          height={image.height || undefined}
          loading={siteUrl ? undefined : 'lazy'}
          decoding={siteUrl ? undefined : 'async'}
        />
        {image.caption ? <figcaption>{image.caption}</figcaption> : null}
      </figure>
    );
  }

  return {
    blocks: {
      paragraph: ({ children }) => <p>{children}</p>,
      heading: ({ level, children }) => {
        const Heading = `h${level}` as const;
        return <Heading>{children}</Heading>;
      },
      quote: ({ children }) => (
        <blockquote>
          <p>{children}</p>
        </blockquote>
      ),
      code: ({ plainText }) => (
        <pre>
          <code>{plainText}</code>
        </pre>
      ),
      link: ({ url, children }) => (
        // Another site gets neither our window nor the address of the page the reader came from.
        <a href={absolute(url)} rel={/^https?:/.test(url) ? 'noopener noreferrer' : undefined}>
          {children}
        </a>
      ),
      list: ({ format, children }) => (format === 'ordered' ? <ol>{children}</ol> : <ul>{children}</ul>),
      'list-item': ({ children }) => <li>{children}</li>,
      image: ContentImage,
    },
    modifiers: {
      bold: ({ children }) => <strong>{children}</strong>,
      italic: ({ children }) => <em>{children}</em>,
      underline: ({ children }) => <u>{children}</u>,
      strikethrough: ({ children }) => <s>{children}</s>,
      code: ({ children }) => <code>{children}</code>,
    },
  };
}
