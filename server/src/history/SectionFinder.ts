import * as Y from 'yjs';

/**
 * Finds which section (the nearest heading above) a piece of text is in, while the
 * history is replayed. Answers are remembered per top-level block until a heading or
 * the order of blocks changes, so typing inside a long document stays cheap.
 */
export class SectionFinder {
  private readonly sectionOfBlock = new Map<Y.Item, string>();

  constructor(private readonly fragment: Y.XmlFragment) {}

  /** Forgets remembered answers if this transaction changed headings or the order of blocks. */
  noteTransaction(transaction: Y.Transaction): void {
    for (const type of transaction.changed.keys()) {
      if (
        (type as unknown) === this.fragment ||
        isHeading(type) ||
        (type instanceof Y.XmlText && isHeading(type.parent))
      ) {
        this.sectionOfBlock.clear();
        return;
      }
    }
  }

  /** The heading text of the section this item is in; '' before the first heading. */
  sectionOf(item: Y.Item, visible: (item: Y.Item) => boolean): string {
    let block = item;
    while (block.parent !== this.fragment) {
      const parentItem = (block.parent as Y.AbstractType<unknown> | null)?._item;
      if (!parentItem) return '';
      block = parentItem;
    }
    const remembered = this.sectionOfBlock.get(block);
    if (remembered !== undefined) return remembered;
    let section = '';
    for (let node: Y.Item | null = block; node; node = node.left) {
      if (visible(node) && node.content instanceof Y.ContentType && isHeading(node.content.type)) {
        section = textOf(node.content.type as Y.XmlElement, visible).trim();
        break;
      }
    }
    this.sectionOfBlock.set(block, section);
    return section;
  }
}

function isHeading(type: unknown): boolean {
  return type instanceof Y.XmlElement && type.nodeName === 'heading';
}

function textOf(type: Y.XmlElement | Y.XmlText, visible: (item: Y.Item) => boolean): string {
  let text = '';
  for (let item = type._start; item; item = item.right) {
    if (!visible(item)) continue;
    if (item.content instanceof Y.ContentString) text += item.content.str;
    else if (item.content instanceof Y.ContentType) {
      const child = item.content.type;
      if (child instanceof Y.XmlText || child instanceof Y.XmlElement) text += textOf(child, visible);
    }
  }
  return text;
}
