import { uploadPath } from '../safe-url';

/** One of Strapi's generated formats of an image (thumbnail, small, medium, large). */
export type ImageFormat = { url: string; width: number };

/**
 * Strapi's formats of an image as a srcset (`src 500w, …`, smallest first), with the original
 * added as the widest, so phones download a small one; empty when Strapi made none. Formats
 * outside the uploads are left out.
 */
export function srcSetOf(
  formats: Record<string, ImageFormat> | null | undefined,
  src: string,
  width: number | null | undefined,
): string {
  const variants = Object.values(formats ?? {})
    .map((format) => ({ src: uploadPath(format.url), width: format.width }))
    .filter((variant): variant is { src: string; width: number } => variant.src !== null)
    .sort((a, b) => a.width - b.width);
  if (variants.length > 0 && width && !variants.some((variant) => variant.width === width)) {
    variants.push({ src, width });
  }
  return variants.map((variant) => `${variant.src} ${variant.width}w`).join(', ');
}
