import type { Metadata } from 'next';
import type { Post, Site } from './cms';

const absolute = (siteUrl: string, path: string) => (path.startsWith('/') ? `${siteUrl}${path}` : path);

/** Open Graph and Twitter card tags for an article: what a shared link shows on social media. */
export function articleSocialMetadata(
  post: Post,
  site: Site,
  siteUrl: string,
): Pick<Metadata, 'openGraph' | 'twitter'> {
  const url = `${siteUrl}/berichten/${post.slug}`;
  const image = post.cover ?? site.logo;
  const images = image
    ? [
        {
          url: absolute(siteUrl, image.src),
          width: image.width ?? undefined,
          height: image.height ?? undefined,
          alt: image.alt || post.title,
        },
      ]
    : undefined;
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
      images,
    },
    twitter: {
      card: image ? 'summary_large_image' : 'summary',
      title: post.title,
      description: post.excerpt,
      images: images?.map((entry) => ({ url: entry.url, alt: entry.alt })),
    },
  };
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
    image: post.cover ? [absolute(siteUrl, post.cover.src)] : undefined,
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
