/**
 * Strapi 5 "blocks" JSON, exactly as the site's renderer reads it, and what the converter is
 * given and reports. The converter never looks inside an uploaded image: it passes it through.
 */

export type Text = {
  type: 'text';
  text: string;
  bold?: true;
  italic?: true;
  underline?: true;
  strikethrough?: true;
  code?: true;
};
export type Link = { type: 'link'; url: string; children: Text[] };
export type Inline = Text | Link;

export type Paragraph = { type: 'paragraph'; children: Inline[] };
export type Heading = { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[] };
export type Quote = { type: 'quote'; children: Inline[] };
/** The code as one plain text node, newlines kept. */
export type Code = { type: 'code'; children: Text[] };
export type ListItem = { type: 'list-item'; children: Inline[] };
/** Nested lists are children of the list they are nested in. */
export type List = { type: 'list'; format: 'ordered' | 'unordered'; children: (ListItem | List)[] };
export type Image = { type: 'image'; image: BlockImage; children: [{ type: 'text'; text: '' }] };
export type Block = Paragraph | Heading | Quote | Code | List | Image;

export type ImageRef = { url: string; alt: string; caption?: string };
/** An uploaded media file as Strapi stores it in an image block. */
export type BlockImage = Record<string, unknown> & { url: string };

/** Something blocks cannot hold; `detail` is a short Dutch sentence for the import report. */
export type LossNote = {
  what: 'table' | 'iframe' | 'script' | 'form' | 'embed' | 'image' | 'other';
  detail: string;
};

export type ConvertOptions = {
  /** The uploaded image for an image the body shows, or null when it could not be fetched. */
  image: (ref: ImageRef) => BlockImage | null;
  /** The link target to use for an href (the caller rewrites links to the old site); null drops the link, keeping its text. */
  link: (href: string) => string | null;
  /** For [gallery ids="…"]: the image of a WordPress attachment id, or null. */
  attachment?: (id: string) => ImageRef | null;
};
