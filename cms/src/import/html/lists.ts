import type { Block, List, ListItem } from './blocks';

type OpenList = { list: List; attached: boolean };

/** Deeper lists continue at this depth: no editor or reader indents further. */
const MAX_DEPTH = 8;

/**
 * The lists being built. A list joins its parent (or the body) only when it gets its first item,
 * so an empty <ul> leaves nothing behind.
 */
export class OpenLists {
  private readonly open: OpenList[] = [];

  constructor(private readonly blocks: Block[]) {}

  get depth(): number {
    return this.open.length;
  }

  /** False when the list is too deep and its items go into the enclosing list instead. */
  begin(format: List['format']): boolean {
    if (this.open.length >= MAX_DEPTH) return false;
    this.open.push({ list: { type: 'list', format, children: [] }, attached: false });
    return true;
  }

  end(): void {
    this.open.pop();
  }

  add(item: ListItem): void {
    this.open.forEach((level, i) => {
      if (level.attached) return;
      const parent = this.open[i - 1];
      if (parent) parent.list.children.push(level.list);
      else this.blocks.push(level.list);
      level.attached = true;
    });
    this.open.at(-1)?.list.children.push(item);
  }

  /**
   * A block (an image) cannot sit inside a list: the lists end before it and continue, at the
   * same depth, after it.
   */
  split(): void {
    for (const level of this.open) {
      level.list = { type: 'list', format: level.list.format, children: [] };
      level.attached = false;
    }
  }
}
