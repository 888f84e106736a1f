import type { Metadata } from 'next';
import type { Post, Site } from './cms';
import { shareImageMeta, type ShareImageSource } from './og/share-image';
import { postShareImage } from './og/sources';

const absolute = (siteUrl: string, path: string) => (path.startsWith('/') ? `${siteUrl}${path}` : path);

type SocialMetadata = Pick<Metadata, 'openGraph' | 'twitter'>;
type ShareImage = ReturnType<typeof shareImageMeta>;

/** Open Graph and Twitter card tags for an article: what a shared link shows on social media. */
export function articleSocialMetadata(post: Post, site: Site, siteUrl: string): SocialMetadata {
  const url = `${siteUrl}/berichten/${post.slug}`;
  const image = articleShareImage(post, site, siteUrl);
  return {
    openGraph: {
      type: 'article',
      url,
      title: post.title,
      description: post.excerpt,
      siteName: site.name,
      locale: 'nl_NL',
      publishedTime: post.publicationDate,
      modifiedTime: post.updatedAt,
      authors: post.author ? [`${siteUrl}/auteurs/${post.author.slug}`] : undefined,
      tags: post.labels.map((label) => label.name),
      images: [image],
    },
    twitter: twitterCard(post.title, post.excerpt, image),
  };
}

function articleShareImage(post: Post, site: Site, siteUrl: string): ShareImage {
  return shareImageMeta(siteUrl, `/berichten/${post.slug}/og-image`, postShareImage(post, site));
}

/** Cards for the front page, a label or an author: a website (or profile) with its own image. */
export function pageSocialMetadata(options: {
  type: 'website' | 'profile';
  path: string;
  title: string;
  description: string | null;
  image: ShareImageSource;
  site: Site;
  siteUrl: string;
}): SocialMetadata {
  const { siteUrl, path, title, site } = options;
  const description = options.description ?? site.description ?? undefined;
  const image = shareImageMeta(siteUrl, `${path === '/' ? '' : path}/og-image`, options.image);
  return {
    openGraph: {
      type: options.type,
      url: `${siteUrl}${path === '/' ? '' : path}`,
      title,
      description,
      siteName: site.name,
      locale: 'nl_NL',
      images: [image],
    },
    twitter: twitterCard(title, description, image),
  };
}

function twitterCard(title: string, description: string | undefined, image: ShareImage): Metadata['twitter'] {
  return { card: 'summary_large_image', title, description, images: [{ url: image.url, alt: image.alt }] };
}

/** schema.org BlogPosting for search engines. */
export function blogPostingJsonLd(post: Post, site: Site, siteUrl: string) {
  const url = `${siteUrl}/berichten/${post.slug}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.excerpt,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    datePublished: post.publicationDate,
    dateModified: post.updatedAt,
    image: [
      articleShareImage(post, site, siteUrl).url,
      ...(post.cover ? [absolute(siteUrl, post.cover.src)] : []),
    ],
    author: post.author
      ? { '@type': 'Person', name: post.author.name, url: `${siteUrl}/auteurs/${post.author.slug}` }
      : undefined,
    publisher: {
      '@type': 'Organization',
      name: site.name,
      logo: site.logo ? { '@type': 'ImageObject', url: absolute(siteUrl, site.logo.src) } : undefined,
    },
    keywords: post.labels.map((label) => label.name).join(', ') || undefined,
  };
}

/** JSON for a <script> element: `<` is escaped so text in a post can never close the element. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
