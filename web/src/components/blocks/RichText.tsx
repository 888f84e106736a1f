'use client';

import { BlocksRenderer, type BlocksContent } from '@strapi/blocks-react-renderer';
import { blockComponents } from './block-components';

// Strapi's renderer is a client component (it keeps its components in a React context), and
// functions cannot be handed to a client component from the server: the components are made here.
const { blocks: BLOCKS, modifiers: MODIFIERS } = blockComponents();

/** The body of a post, with Strapi's blocks renderer and the site's own look for each block. */
export function RichText({ blocks }: { blocks: BlocksContent }) {
  return (
    <div className="content">
      <BlocksRenderer content={blocks} blocks={BLOCKS} modifiers={MODIFIERS} />
    </div>
  );
}
