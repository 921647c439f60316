import { type ComposedExport, isSafeLink, type RenderedNode } from '@roundtable/shared';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  type IParagraphOptions,
  LevelFormat,
  Packer,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from 'docx';

const TEXT_COLOUR = '1B1B1B';
const FONT = 'Arial';
/** Word counts sizes in half points and indents in twentieths of a point. */
const LIST_INDENT = 360;
const LIST_LEVELS = 9;

/** The tree's heading levels: 1 is the document's title, the rest Word's Heading 1, 2 … */
const headingStyles = [
  HeadingLevel.TITLE,
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
] as const;

interface ListContext {
  level: number;
  reference: 'bullets' | 'numbers';
  /** Each numbered list counts from its own start. */
  instance: number;
}

/**
 * The export as a Word document with real styles: the title in Word's Title style,
 * headings in Heading 1–3 (so the navigation pane and screen readers find them),
 * lists as Word lists, quotes in the Quote style, and the title and language set in
 * the file's properties.
 */
export async function docxFromExport(composed: ComposedExport): Promise<Buffer> {
  const writer = new DocxWriter();
  const paragraphs = (composed.tree.content ?? []).flatMap((part, index) => writer.part(part, index > 0));
  const document = new Document({
    title: composed.title,
    subject: composed.subject,
    creator: composed.projectName,
    description: composed.subject,
    styles: {
      default: {
        document: { run: { font: FONT, size: 24, color: TEXT_COLOUR, language: { value: composed.lang } } },
        title: {
          run: { font: FONT, size: 56, bold: true, color: TEXT_COLOUR },
          paragraph: { spacing: { after: 240 } },
        },
        heading1: headingStyle(40, 0),
        heading2: headingStyle(32, 1),
        heading3: headingStyle(28, 2),
        heading4: headingStyle(24, 3),
      },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true },
          paragraph: { indent: { left: 720 }, spacing: { before: 120, after: 120 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: listLevels(
            () => LevelFormat.BULLET,
            (level) => ['•', '◦', '▪'][level % 3],
          ),
        },
        {
          reference: 'numbers',
          levels: listLevels(
            () => LevelFormat.DECIMAL,
            (level) => `%${level + 1}.`,
          ),
        },
      ],
    },
    sections: [{ children: paragraphs }],
  });
  return Packer.toBuffer(document);
}

class DocxWriter {
  private numberedLists = 0;
  private breakBeforeNext = false;

  /** Each part after the cover starts on a new page. */
  part(part: RenderedNode, newPage: boolean): Paragraph[] {
    this.breakBeforeNext = newPage;
    return this.blocks(part.content ?? [], undefined, false);
  }

  private paragraph(options: IParagraphOptions): Paragraph {
    const pageBreakBefore = this.breakBeforeNext;
    this.breakBeforeNext = false;
    return new Paragraph({ ...options, pageBreakBefore });
  }

  private blocks(nodes: RenderedNode[], list: ListContext | undefined, quoted: boolean): Paragraph[] {
    return nodes.flatMap((node) => this.block(node, list, quoted));
  }

  private block(node: RenderedNode, list: ListContext | undefined, quoted: boolean): Paragraph[] {
    switch (node.type) {
      case 'heading':
        return [this.heading(node)];
      case 'paragraph':
        return [
          this.paragraph({
            children: runs(node.content ?? []),
            ...(quoted ? { style: 'Quote' } : {}),
            ...(list ? { numbering: { reference: list.reference, level: list.level, instance: list.instance } } : {}),
            spacing: { after: list ? 80 : 160, line: 300 },
          }),
        ];
      case 'bulletList':
      case 'orderedList': {
        const reference = node.type === 'bulletList' ? 'bullets' : 'numbers';
        const level = list ? Math.min(list.level + 1, LIST_LEVELS - 1) : 0;
        // A numbered list inside a numbered list is the same Word list one level down, so readers see it nested.
        const instance =
          reference === 'bullets' ? 0 : list?.reference === 'numbers' ? list.instance : ++this.numberedLists;
        return (node.content ?? []).flatMap((item) => this.listItem(item, { level, reference, instance }, quoted));
      }
      case 'blockquote':
        return this.blocks(node.content ?? [], list, true);
      default:
        return this.blocks(node.content ?? [], list, quoted);
    }
  }

  /** The item's first paragraph carries the number or bullet; what follows is indented under it. */
  private listItem(item: RenderedNode, list: ListContext, quoted: boolean): Paragraph[] {
    const [first, ...rest] = item.content ?? [];
    if (!first) return [];
    const lead = first.type === 'paragraph' ? this.block(first, list, quoted) : this.block(first, undefined, quoted);
    const following = rest.flatMap((child) =>
      child.type === 'paragraph'
        ? [
            this.paragraph({
              children: runs(child.content ?? []),
              indent: { left: LIST_INDENT * (list.level + 2) },
              spacing: { after: 80 },
            }),
          ]
        : this.block(child, list, quoted),
    );
    return [...lead, ...following];
  }

  private heading(node: RenderedNode): Paragraph {
    const level = Math.min(Math.max(Number(node.attrs?.level ?? 1), 1), headingStyles.length);
    return this.paragraph({ heading: headingStyles[level - 1], children: runs(node.content ?? []), keepNext: true });
  }
}

function runs(nodes: RenderedNode[]): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  let linkRuns: TextRun[] = [];
  let linkHref: string | undefined;
  const flush = () => {
    if (linkHref && linkRuns.length > 0) children.push(new ExternalHyperlink({ link: linkHref, children: linkRuns }));
    linkRuns = [];
  };
  for (const node of nodes) {
    const href = hrefOf(node);
    if (href !== linkHref) {
      flush();
      linkHref = href;
    }
    const run = textRun(node, href !== undefined);
    if (!run) continue;
    if (href) linkRuns.push(run);
    else children.push(run);
  }
  flush();
  return children;
}

function textRun(node: RenderedNode, linked: boolean): TextRun | undefined {
  if (node.type === 'hardBreak') return new TextRun({ text: '', break: 1 });
  if (node.type !== 'text' || !node.text) return undefined;
  const marks = node.marks ?? [];
  // Only what the text adds: an explicit "not bold" would override the heading styles.
  return new TextRun({
    text: node.text,
    ...(marks.some((mark) => mark.type === 'bold') ? { bold: true } : {}),
    ...(marks.some((mark) => mark.type === 'italic') ? { italics: true } : {}),
    ...(linked ? { style: 'Hyperlink' } : {}),
  });
}

function hrefOf(node: RenderedNode): string | undefined {
  for (const mark of node.marks ?? []) {
    if (mark.type === 'link' && isSafeLink(mark.attrs.href)) return mark.attrs.href;
  }
  return undefined;
}

function headingStyle(size: number, outlineLevel: number) {
  return {
    run: { font: FONT, size, bold: true, color: TEXT_COLOUR },
    paragraph: { spacing: { before: 360, after: 120 }, outlineLevel },
  };
}

function listLevels(
  format: (level: number) => (typeof LevelFormat)[keyof typeof LevelFormat],
  text: (level: number) => string | undefined,
) {
  return Array.from({ length: LIST_LEVELS }, (_, level) => ({
    level,
    format: format(level),
    text: text(level) ?? '•',
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: LIST_INDENT * (level + 1), hanging: LIST_INDENT } } },
  }));
}
