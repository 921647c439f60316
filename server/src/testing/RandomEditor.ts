import { COLLABORATION_FIELD } from '@roundtable/shared';
import * as Y from 'yjs';
import type { SeededRandom } from './SeededRandom.ts';

/** A place that holds text: a paragraph or heading, at the top level or in a list item. */
interface TextBlock {
  block: Y.XmlElement;
  /** The list item and list around it, for a paragraph in a list. */
  item?: { item: Y.XmlElement; list: Y.XmlElement };
}

type Delta = Array<{ insert?: unknown; attributes?: Record<string, unknown> }>;

const WORDS = ['care', 'homes', 'buses', 'voice', 'café', 'it’s', 'día', 'together', 'well', 'carers', '–', 'GP'];
const MARKS = ['bold', 'italic'] as const;

/**
 * One person's editor making random edits to the shared document the way the editor
 * binding writes them: paragraphs and headings are elements holding text, bullet lists
 * hold list items holding paragraphs, formatting is text formatting named after the
 * schema's marks, and splitting a block leaves its start in place and moves the rest
 * of its text into a new block after it. Every edit is one transaction and keeps the
 * document within the schema, so the server has no reason to refuse any of them.
 */
export class RandomEditor {
  constructor(
    private readonly ydoc: Y.Doc,
    private readonly random: SeededRandom,
  ) {}

  private get fragment(): Y.XmlFragment {
    return this.ydoc.getXmlFragment(COLLABORATION_FIELD);
  }

  /** Makes one random edit and says what it did. */
  edit(): string {
    const kind = this.random.weighted([
      ['type', 30],
      ['delete', 12],
      ['format', 12],
      ['split', 10],
      ['join', 5],
      ['deleteAcross', 4],
      ['addBlock', 8],
      ['removeBlock', 4],
      ['setLevel', 3],
    ] as const);
    return this.ydoc.transact(() => this[kind]()) ?? this.edit();
  }

  /** Every paragraph and heading, in document order. */
  private textBlocks(): TextBlock[] {
    const blocks: TextBlock[] = [];
    for (const child of this.fragment.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      if (isTextBlock(child)) blocks.push({ block: child });
      if (child.nodeName !== 'bulletList') continue;
      for (const item of elements(child)) {
        for (const block of elements(item)) if (isTextBlock(block)) blocks.push({ block, item: { item, list: child } });
      }
    }
    return blocks;
  }

  private pickTextBlock(nonEmpty = false): TextBlock | null {
    const blocks = this.textBlocks().filter(({ block }) => !nonEmpty || (textIn(block)?.length ?? 0) > 0);
    return blocks.length === 0 ? null : this.random.pick(blocks);
  }

  private words(): string {
    const count = this.random.between(1, 3);
    const words = Array.from({ length: count }, () => this.random.pick(WORDS));
    return `${words.join(' ')}${this.random.chance(0.5) ? ' ' : ''}`;
  }

  /** Formatting to type with: what is there already (undefined), none, or some marks. */
  private typingFormat(): Record<string, unknown> | undefined {
    if (this.random.chance(0.6)) return undefined;
    const format: Record<string, unknown> = {};
    for (const mark of MARKS) if (this.random.chance(0.4)) format[mark] = {};
    return format;
  }

  private type(): string | null {
    const target = this.pickTextBlock();
    if (!target) return null;
    const text = textIn(target.block, true);
    const at = this.random.between(0, text.length);
    const words = this.words();
    const format = this.typingFormat();
    text.insert(at, words, format);
    return `type ${JSON.stringify(words)} ${JSON.stringify(format ?? 'as around')} into ${this.where(target)} at ${at}`;
  }

  private delete(): string | null {
    const target = this.pickTextBlock(true);
    const text = target && textIn(target.block);
    if (!target || !text) return null;
    const at = this.random.below(text.length);
    const length = this.random.between(1, Math.min(12, text.length - at));
    text.delete(at, length);
    return `delete ${length} from ${this.where(target)} at ${at}`;
  }

  private format(): string | null {
    const target = this.pickTextBlock(true);
    const text = target && textIn(target.block);
    if (!target || !text) return null;
    const at = this.random.below(text.length);
    const length = this.random.between(1, text.length - at);
    const mark = this.random.pick(MARKS);
    const on = this.random.chance(0.7);
    text.format(at, length, { [mark]: on ? {} : null });
    return `${on ? 'add' : 'remove'} ${mark} on ${length} of ${this.where(target)} at ${at}`;
  }

  /** Enter: the block keeps its text up to the caret, a new block after it takes the rest. */
  private split(): string | null {
    const target = this.pickTextBlock();
    if (!target) return null;
    const { block, item } = target;
    const text = textIn(block);
    const length = text?.length ?? 0;
    const at = this.random.between(0, length);
    const rest = text ? sliceDelta(text.toDelta() as Delta, at) : [];
    if (text && at < length) text.delete(at, length - at);
    // A heading split in its text goes on as a heading; Enter at its end starts a paragraph.
    const next = new Y.XmlElement(!item && block.nodeName === 'heading' && at < length ? 'heading' : 'paragraph');
    if (next.nodeName === 'heading') setLevel(next, levelOf(block));
    if (item) {
      // In a list the item is split: the new item takes the rest, and any blocks after the caret's.
      const newItem = new Y.XmlElement('listItem');
      item.list.insert(indexIn(item.list, item.item) + 1, [newItem]);
      newItem.insert(0, [next]);
      const after = elements(item.item).slice(indexIn(item.item, block) + 1);
      if (after.length > 0) {
        newItem.insert(
          1,
          after.map((moved) => moved.clone()),
        );
        item.item.delete(indexIn(item.item, block) + 1, after.length);
      }
    } else {
      this.fragment.insert(indexIn(this.fragment, block) + 1, [next]);
    }
    if (rest.length > 0) {
      const moved = new Y.XmlText();
      next.insert(0, [moved]);
      moved.applyDelta(rest);
    }
    return `split ${this.where(target)} at ${at}`;
  }

  /** Backspace at the start of a block: its text joins the end of the block before. */
  private join(): string | null {
    const joinable = this.textBlocks().filter((target) => this.blockBefore(target) !== null);
    if (joinable.length === 0) return null;
    const target = this.random.pick(joinable);
    const description = `join ${this.where(target)} onto the block before`;
    this.joinOnto(target);
    return description;
  }

  /** A selection from inside one block to inside the next, deleted: what is left of both becomes one block. */
  private deleteAcross(): string | null {
    const joinable = this.textBlocks().filter((target) => this.blockBefore(target) !== null);
    if (joinable.length === 0) return null;
    const target = this.random.pick(joinable);
    const before = textIn(this.blockBefore(target) as Y.XmlElement);
    const after = textIn(target.block);
    const from = this.random.between(0, before?.length ?? 0);
    const to = this.random.between(0, after?.length ?? 0);
    const description = `delete from ${from} in the block before ${this.where(target)} to ${to} in it`;
    if (before && from < before.length) before.delete(from, before.length - from);
    if (after && to > 0) after.delete(0, to);
    this.joinOnto(target);
    return description;
  }

  /** The text block a block joins onto: the top-level block before it, or the last paragraph of the item before. */
  private blockBefore({ block, item }: TextBlock): Y.XmlElement | null {
    if (item) {
      if (indexIn(item.item, block) !== 0) return null;
      const previous = elements(item.list)[indexIn(item.list, item.item) - 1];
      const last = previous && elements(previous).at(-1);
      return last && last.nodeName === 'paragraph' ? last : null;
    }
    const previous = this.fragment.get(indexIn(this.fragment, block) - 1);
    return previous instanceof Y.XmlElement && isTextBlock(previous) ? previous : null;
  }

  private joinOnto(target: TextBlock): void {
    const onto = this.blockBefore(target) as Y.XmlElement;
    const moving = (textIn(target.block)?.toDelta() ?? []) as Delta;
    if (moving.length > 0) {
      const ontoText = textIn(onto, true);
      ontoText.applyDelta([{ retain: ontoText.length }, ...moving]);
    }
    const { item } = target;
    if (item) {
      // The item's other blocks move to the item before, then the emptied item goes.
      const previous = onto.parent as Y.XmlElement;
      const rest = elements(item.item).slice(1);
      if (rest.length > 0)
        previous.insert(
          previous.length,
          rest.map((moved) => moved.clone()),
        );
      item.list.delete(indexIn(item.list, item.item), 1);
    } else {
      this.fragment.delete(indexIn(this.fragment, target.block), 1);
    }
  }

  private addBlock(): string | null {
    const at = this.random.between(0, this.fragment.length);
    const kind = this.random.pick(['paragraph', 'heading', 'bulletList'] as const);
    const block = new Y.XmlElement(kind);
    this.fragment.insert(at, [block]);
    if (kind === 'bulletList') {
      const count = this.random.between(1, 3);
      for (let index = 0; index < count; index++) {
        const item = new Y.XmlElement('listItem');
        block.insert(index, [item]);
        const paragraph = new Y.XmlElement('paragraph');
        item.insert(0, [paragraph]);
        paragraph.insert(0, [new Y.XmlText(this.words())]);
      }
      return `add a list of ${count} at ${at}`;
    }
    if (kind === 'heading') setLevel(block, this.random.between(1, 3));
    // An empty paragraph has no text in it until someone types, as the editor writes it.
    if (kind === 'heading' || this.random.chance(0.7)) block.insert(0, [new Y.XmlText(this.words())]);
    return `add a ${kind} at ${at}`;
  }

  private removeBlock(): string | null {
    const lists = elements(this.fragment).filter((block) => block.nodeName === 'bulletList' && block.length > 1);
    if (lists.length > 0 && this.random.chance(0.4)) {
      const list = this.random.pick(lists);
      const at = this.random.below(list.length);
      list.delete(at, 1);
      return `remove item ${at} of list ${indexIn(this.fragment, list)}`;
    }
    if (this.fragment.length <= 1) return null;
    const at = this.random.below(this.fragment.length);
    this.fragment.delete(at, 1);
    return `remove block ${at}`;
  }

  private setLevel(): string | null {
    const headings = elements(this.fragment).filter((block) => block.nodeName === 'heading');
    if (headings.length === 0) return null;
    const heading = this.random.pick(headings);
    const level = this.random.between(1, 3);
    setLevel(heading, level);
    return `make heading ${indexIn(this.fragment, heading)} level ${level}`;
  }

  private where({ block, item }: TextBlock): string {
    if (!item) return `${block.nodeName} ${indexIn(this.fragment, block)}`;
    return `item ${indexIn(item.list, item.item)} of list ${indexIn(this.fragment, item.list)}`;
  }
}

function isTextBlock(element: Y.XmlElement): boolean {
  return element.nodeName === 'paragraph' || element.nodeName === 'heading';
}

/** A heading's level as the editor binding writes it: a number, where Yjs's types expect text. */
function setLevel(heading: Y.XmlElement, level: number): void {
  (heading as unknown as Y.XmlElement<{ level: number }>).setAttribute('level', level);
}

function levelOf(heading: Y.XmlElement): number {
  const level: unknown = heading.getAttribute('level');
  return typeof level === 'number' ? level : 2;
}

function elements(parent: Y.XmlFragment | Y.XmlElement): Y.XmlElement[] {
  return parent.toArray().filter((child): child is Y.XmlElement => child instanceof Y.XmlElement);
}

function indexIn(parent: Y.XmlFragment | Y.XmlElement, child: Y.XmlElement): number {
  return parent.toArray().indexOf(child);
}

/**
 * A block's text. Concurrent typing into an empty block can leave it two texts; edits
 * use the first. With `create`, an empty block gets one, as typing into it would.
 */
function textIn(block: Y.XmlElement, create: true): Y.XmlText;
function textIn(block: Y.XmlElement): Y.XmlText | null;
function textIn(block: Y.XmlElement, create = false): Y.XmlText | null {
  const text = block.toArray().find((child): child is Y.XmlText => child instanceof Y.XmlText);
  if (text || !create) return text ?? null;
  const created = new Y.XmlText();
  block.insert(0, [created]);
  return created;
}

/** The part of a text's delta from `from` on, with its formatting. */
function sliceDelta(delta: Delta, from: number): Delta {
  const rest: Delta = [];
  let position = 0;
  for (const op of delta) {
    if (typeof op.insert !== 'string') continue;
    const end = position + op.insert.length;
    if (end > from) {
      const insert = op.insert.slice(Math.max(0, from - position));
      rest.push(op.attributes ? { insert, attributes: op.attributes } : { insert });
    }
    position = end;
  }
  return rest;
}
