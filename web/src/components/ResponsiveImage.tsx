import type { Media } from '@/lib/cms';

type Props = {
  media: Media;
  sizes: string;
  className?: string;
  priority?: boolean;
  alt?: string;
};

/** Strapi's generated formats as a srcset, so phones download the small one. */
export function ResponsiveImage({ media, sizes, className, priority = false, alt }: Props) {
  return (
    <img
      className={className}
      src={media.src}
      srcSet={media.srcSet || undefined}
      sizes={media.srcSet ? sizes : undefined}
      alt={alt ?? media.alt}
      width={media.width ?? undefined}
      height={media.height ?? undefined}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
    />
  );
}
