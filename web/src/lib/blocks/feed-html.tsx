import type { BlocksContent } from '@strapi/blocks-react-renderer';
import { createElement, Fragment, type ComponentType, type ReactNode } from 'react';
import { blockComponents } from '@/components/blocks/block-components';
import { staticMarkup } from './static-markup';

type RootNode = BlocksContent[number];
type ParagraphChild = Extract<RootNode, { type: 'paragraph' }>['children'][number];
type TextNode = Extract<ParagraphChild, { type: 'text' }>;
type LinkNode = Extract<ParagraphChild, { type: 'link' }>;
type ListChild = Extract<RootNode, { type: 'list' }>['children'][number];
type AnyNode = RootNode | LinkNode | ListChild;
type Components = ReturnType<typeof blockComponents>;
type Component = ComponentType<Record<string, unknown>>;

/** A text's line breaks as <br>, as Strapi's renderer shows them. */
function lines(text: string): ReactNode {
  return text.split(/\r?\n|\r/g).map((part, index) => (
    <Fragment key={index}>
      {index > 0 ? <br /> : null}
      {part}
    </Fragment>
  ));
}

function plainText(children: readonly (ParagraphChild | TextNode)[]): string {
  return children.map((child) => (child.type === 'text' ? child.text : plainText(child.children))).join('');
}

/**
 * The elements Strapi's BlocksRenderer makes of a body with the given components (its rules: marks
 * wrap a text in the order they are listed, an empty paragraph is a <br>, a code block gets its
 * plain text), built without the renderer: it is a client component, which a route handler cannot
 * render. feed-html.test.ts holds the result to the renderer's own output.
 */
function elementsOf(nodes: readonly (AnyNode | TextNode)[], components: Components): ReactNode[] {
  return nodes.map((node, index) => {
    if (node.type === 'text') {
      const { type: _type, text, ...marks } = node;
      return (
        <Fragment key={index}>
          {Object.entries(marks).reduce<ReactNode>((inner, [mark, on]) => {
            const Modifier = components.modifiers[mark as keyof Components['modifiers']];
            return on && Modifier ? createElement(Modifier, null, inner) : inner;
          }, lines(text))}
        </Fragment>
      );
    }
    const { type, children, ...props } = node;
    const Block = components.blocks[type] as Component;
    if (type === 'image') return <Block key={index} {...props} />;
    const only = children[0];
    if (type === 'paragraph' && children.length === 1 && only?.type === 'text' && only.text === '') {
      return <br key={index} />;
    }
    const extra = type === 'code' ? { plainText: plainText(children as ParagraphChild[]) } : {};
    return (
      <Block key={index} {...props} {...extra}>
        {elementsOf(children as (AnyNode | TextNode)[], components)}
      </Block>
    );
  });
}

/** A post body as HTML for feed readers (`content:encoded`): the article's look, absolute URLs. */
export function blocksToFeedHtml(blocks: BlocksContent, siteUrl: string): string {
  return staticMarkup(elementsOf(blocks, blockComponents({ siteUrl })));
}
