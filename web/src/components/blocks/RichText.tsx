import type { BlocksContent } from '@strapi/blocks-react-renderer';
import type { ReactNode } from 'react';

type RootNode = BlocksContent[number];
type ListNode = Extract<RootNode, { type: 'list' }>;
type InlineNode = Extract<RootNode, { type: 'paragraph' }>['children'][number];
type TextNode = Extract<InlineNode, { type: 'text' }>;

function Text({ node }: { node: TextNode }) {
  let content: ReactNode = node.text;
  if (node.code) content = <code>{content}</code>;
  if (node.strikethrough) content = <s>{content}</s>;
  if (node.underline) content = <u>{content}</u>;
  if (node.italic) content = <em>{content}</em>;
  if (node.bold) content = <strong>{content}</strong>;
  return content;
}

function Inline({ nodes }: { nodes: readonly InlineNode[] }) {
  return nodes.map((node, index) => {
    if (node.type === 'text') return <Text key={index} node={node} />;
    const external = /^https?:/.test(node.url);
    return (
      <a key={index} href={node.url} rel={external ? 'noopener noreferrer' : undefined}>
        {node.children.map((child, childIndex) => (
          <Text key={childIndex} node={child} />
        ))}
      </a>
    );
  });
}

function List({ node }: { node: ListNode }) {
  const Tag = node.format === 'ordered' ? 'ol' : 'ul';
  return (
    <Tag>
      {node.children.map((child, index) => (
        <li key={index}>
          {child.type === 'list' ? <List node={child} /> : <Inline nodes={child.children} />}
        </li>
      ))}
    </Tag>
  );
}

function Block({ node }: { node: RootNode }) {
  switch (node.type) {
    case 'paragraph':
      return (
        <p>
          <Inline nodes={node.children} />
        </p>
      );
    case 'heading': {
      const Tag = `h${node.level}` as const;
      return (
        <Tag>
          <Inline nodes={node.children} />
        </Tag>
      );
    }
    case 'quote':
      return (
        <blockquote>
          <p>
            <Inline nodes={node.children} />
          </p>
        </blockquote>
      );
    case 'code':
      return (
        <pre>
          <code>{node.children.map((child) => (child.type === 'text' ? child.text : '')).join('')}</code>
        </pre>
      );
    case 'list':
      return <List node={node} />;
    case 'image':
      return (
        <figure className="content-image">
          <img
            src={node.image.url}
            alt={node.image.alternativeText ?? ''}
            width={node.image.width || undefined}
            height={node.image.height || undefined}
            loading="lazy"
            decoding="async"
          />
          {node.image.caption ? <figcaption>{node.image.caption}</figcaption> : null}
        </figure>
      );
  }
}

/** The body of a post, rendered entirely on the server: no client JavaScript for text. */
export function RichText({ blocks }: { blocks: BlocksContent }) {
  return (
    <div className="content">
      {blocks.map((block, index) => (
        <Block key={index} node={block} />
      ))}
    </div>
  );
}
