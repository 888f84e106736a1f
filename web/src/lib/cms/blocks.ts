import type { BlocksContent } from '@strapi/blocks-react-renderer';
import { z } from 'zod';
import { safeLinkUrl, uploadPath } from '../safe-url';

type RootNode = BlocksContent[number];
type ListNode = Extract<RootNode, { type: 'list' }>;
type ListChild = ListNode['children'][number];
type InlineNode = Extract<RootNode, { type: 'paragraph' }>['children'][number];
type TextNode = Extract<InlineNode, { type: 'text' }>;

const textNode = z.object({
  type: z.literal('text'),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  strikethrough: z.boolean().optional(),
  code: z.boolean().optional(),
});

const linkNode = z.object({ type: z.literal('link'), url: z.string(), children: z.array(textNode) });

/** An unsafe link keeps its words and loses its target. */
const inlineNodes = z.array(z.union([textNode, linkNode])).transform((nodes) =>
  nodes.flatMap((node): InlineNode[] => {
    if (node.type === 'text') return [node];
    const url = safeLinkUrl(node.url);
    return url ? [{ ...node, url }] : node.children;
  }),
);

const listItem = z.object({ type: z.literal('list-item'), children: inlineNodes });

type WireList = {
  type: 'list';
  format: 'ordered' | 'unordered';
  children: (z.infer<typeof listItem> | WireList)[];
};
const listNode: z.ZodType<WireList> = z.lazy(() =>
  z.object({
    type: z.literal('list'),
    format: z.enum(['ordered', 'unordered']),
    children: z.array(z.union([listItem, listNode])),
  }),
);

const imageNode = z.object({
  type: z.literal('image'),
  image: z.object({
    url: z.string(),
    alternativeText: z.string().nullish(),
    caption: z.string().nullish(),
    width: z.number().nullish(),
    height: z.number().nullish(),
    name: z.string().nullish(),
    formats: z.record(z.string(), z.object({ url: z.string(), width: z.number() })).nullish(),
  }),
});

const rootNode = z.union([
  z.object({ type: z.literal('paragraph'), children: inlineNodes }),
  z.object({ type: z.literal('quote'), children: inlineNodes }),
  z.object({ type: z.literal('code'), children: inlineNodes }),
  z.object({
    type: z.literal('heading'),
    level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
    children: inlineNodes,
  }),
  listNode,
  imageNode,
]);

const EMPTY_TEXT: [{ type: 'text'; text: '' }] = [{ type: 'text', text: '' }];

function toListChild(child: z.infer<typeof listItem> | WireList): ListChild {
  return child.type === 'list' ? toList(child) : child;
}

function toList(list: WireList): ListNode {
  return { type: 'list', format: list.format, children: list.children.map(toListChild) };
}

function toRoot(node: z.infer<typeof rootNode>): RootNode | null {
  switch (node.type) {
    case 'list':
      return toList(node);
    case 'heading':
      // The page title is the only h1.
      return { type: 'heading', level: node.level === 1 ? 2 : node.level, children: node.children };
    case 'image': {
      const src = uploadPath(node.image.url);
      if (!src) return null;
      return {
        type: 'image',
        image: {
          url: src,
          alternativeText: node.image.alternativeText ?? '',
          caption: node.image.caption ?? null,
          width: node.image.width ?? 0,
          height: node.image.height ?? 0,
          name: node.image.name ?? '',
          // Kept for the srcset (the Image block): Strapi's smaller copies, for phones.
          formats: node.image.formats ?? undefined,
          hash: '',
          ext: '',
          mime: '',
          size: 0,
          provider: 'local',
          createdAt: '',
          updatedAt: '',
        },
        children: EMPTY_TEXT,
      };
    }
    default:
      return node;
  }
}

/**
 * Rich text from the CMS, made safe to render: unknown or malformed blocks are left out (one bad
 * block must not take the page down), unsafe links lose their target, images only from uploads.
 */
export function toBlocks(raw: unknown): BlocksContent {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((candidate) => {
    const parsed = rootNode.safeParse(candidate);
    if (!parsed.success) return [];
    const node = toRoot(parsed.data);
    return node ? [node] : [];
  });
}

/** The words of a body, for excerpts and search. */
export function plainText(blocks: BlocksContent): string {
  const inline = (nodes: readonly (InlineNode | TextNode)[]): string =>
    nodes.map((node) => (node.type === 'text' ? node.text : inline(node.children))).join('');
  const block = (node: RootNode | ListChild): string => {
    if (node.type === 'image') return '';
    if (node.type === 'list') return node.children.map(block).join(' ');
    return inline(node.children);
  };
  return blocks.map(block).filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
}
