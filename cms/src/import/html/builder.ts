import type { Block } from './blocks';
import { OpenLists } from './lists';
import type { Piece } from './pieces';
import { toCode, toJoinedInline, toParagraphs, type RunKind } from './run-blocks';
import type { Style } from './style';

const PARAGRAPH: RunKind = { type: 'paragraph' };

/**
 * Collects the inline content of the block being built and turns it into blocks at each block
 * boundary (`flush`). What the content becomes depends on the kind of run it is in.
 */
export class BlockBuilder {
  readonly blocks: Block[] = [];
  readonly lists = new OpenLists(this.blocks);
  private pieces: Piece[] = [];
  private kind: RunKind = PARAGRAPH;

  constructor(
    private readonly newlines: boolean,
    private readonly link: (url: string) => string | null,
  ) {}

  text(text: string, style: Style, pre: boolean): void {
    if (text) this.pieces.push({ kind: 'text', text, style, pre });
  }

  lineBreak(style: Style): void {
    this.pieces.push({ kind: 'break', style });
  }

  gap(kind: 'para' | 'cell', style: Style): void {
    this.pieces.push({ kind, style });
  }

  /** Starts a run of another kind; give the result to `leave` when it ends. */
  enter(kind: RunKind): RunKind {
    this.flush();
    const previous = this.kind;
    this.kind = kind;
    return previous;
  }

  leave(previous: RunKind): void {
    this.flush();
    this.kind = previous;
  }

  /** A block of its own (an image, a link to a video) where the content has got to. */
  add(block: Block): void {
    this.flush();
    if (this.lists.depth > 0) this.lists.split();
    this.blocks.push(block);
  }

  flush(): void {
    const pieces = this.pieces;
    if (pieces.length === 0) return;
    this.pieces = [];
    const kind = this.kind;
    if (kind.type === 'paragraph') this.push(...toParagraphs(pieces, this.newlines, this.link));
    else if (kind.type === 'code') this.push(toCode(pieces));
    else this.finish(kind, toJoinedInline(pieces, this.newlines, kind.type === 'row' ? ' ' : '\n'));
  }

  private finish(kind: RunKind, children: ReturnType<typeof toJoinedInline>): void {
    if (children === null) return;
    if (kind.type === 'heading') this.push({ type: 'heading', level: kind.level, children });
    else if (kind.type === 'quote') this.push({ type: 'quote', children });
    else if (kind.type === 'row') this.push({ type: 'paragraph', children });
    else if (this.lists.depth > 0) this.lists.add({ type: 'list-item', children });
    else this.push({ type: 'paragraph', children });
  }

  private push(...blocks: (Block | null)[]): void {
    for (const block of blocks) if (block) this.add(block);
  }
}
