/**
 * The words of a blocks body (cms/src/seed/types.ts shows the shape): the text of paragraphs,
 * headings, lists, quotes and code, block by block. Images carry no words a reader searches for.
 */
function textOf(node: unknown, depth: number): string {
  if (depth > 20 || typeof node !== 'object' || node === null) return '';
  const text: unknown = Reflect.get(node, 'text');
  if (typeof text === 'string') return text;
  if (Reflect.get(node, 'type') === 'image') return '';
  const children: unknown = Reflect.get(node, 'children');
  if (!Array.isArray(children)) return '';
  // List items and nested lists are separate words; inline pieces of a paragraph are not.
  const separator = Reflect.get(node, 'type') === 'list' ? ' ' : '';
  return children.map((child) => textOf(child, depth + 1)).join(separator);
}

export function blocksText(content: unknown): string {
  if (!Array.isArray(content)) return '';
  return content.map((block) => textOf(block, 0)).join(' ');
}
