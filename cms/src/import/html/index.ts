/**
 * HTML (WordPress, Blogger, Ghost) → Strapi 5 blocks, for the importer. Pure: the caller fetches
 * and uploads images (`findImages` says which) and decides where old links go.
 */
export type {
  Block,
  BlockImage,
  Code,
  ConvertOptions,
  Heading,
  ImageRef,
  Image,
  Inline,
  Link,
  List,
  ListItem,
  LossNote,
  Paragraph,
  Quote,
  Text,
} from './blocks';
export { findImages } from './find-images';
export { htmlToBlocks } from './html-to-blocks';
