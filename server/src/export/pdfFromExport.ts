import { setImmediate as yieldToOthers } from 'node:timers/promises';
import { type ComposedExport, isSafeLink, type RenderedNode } from '@roundtable/shared';
import PDFDocument from 'pdfkit';
import { type PdfFonts, pdfFonts } from './pdfFonts.ts';

type Structure = PDFKit.PDFStructureElement;

const MARGIN = 72;
const BODY_SIZE = 11.5;
const LINE_GAP = 3;
const TEXT_COLOUR = '#1b1b1b';
const LINK_COLOUR = '#0b4fa8';
const LIST_INDENT = 18;
const QUOTE_INDENT = 24;
/** Heading sizes by the tree's level: 1 is the title. */
const HEADING_SIZES = [26, 19, 15.5, 13, 12, 12];
/** Blocks written between pauses, so live editing carries on while a long document is written. */
const BLOCKS_PER_SLICE = 40;

interface Fragment {
  text: string;
  bold: boolean;
  italic: boolean;
  href: string | undefined;
}

/**
 * The export as a tagged PDF: a structure tree (Document, Sect, H1–H4, P, L/LI/Lbl/LBody,
 * BlockQuote, Link) in reading order, the document's language and title (shown in the
 * viewer's title bar), real text that can be selected and searched, bookmarks for
 * the headings, and page numbers marked as artifacts so screen readers skip them.
 */
export async function pdfFromExport(composed: ComposedExport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    pdfVersion: '1.7',
    tagged: true,
    lang: composed.lang,
    displayTitle: true,
    bufferPages: true,
    info: { Title: composed.title, Subject: composed.subject, Author: composed.projectName, Creator: 'Roundtable' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  const writer = new PdfWriter(doc, pdfFonts());
  const root = doc.struct('Document');
  doc.addStructure(root);
  const parts = composed.tree.content ?? [];
  for (const [index, part] of parts.entries()) {
    if (index > 0) doc.addPage();
    const section = doc.struct('Sect', { title: String(part.attrs?.label ?? '') });
    root.add(section);
    await writer.blocks(part.content ?? [], section, 0);
    section.end();
  }
  root.end();
  writer.pageNumbers();
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

class PdfWriter {
  private written = 0;
  private readonly outline: PDFKit.PDFOutline[] = [];

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly fonts: PdfFonts,
  ) {
    doc.font(fonts.regular).fontSize(BODY_SIZE).fillColor(TEXT_COLOUR);
  }

  async blocks(nodes: RenderedNode[], parent: Structure, indent: number): Promise<void> {
    for (const node of nodes) {
      await this.block(node, parent, indent);
      if (++this.written % BLOCKS_PER_SLICE === 0) await yieldToOthers();
    }
  }

  private async block(node: RenderedNode, parent: Structure, indent: number): Promise<void> {
    switch (node.type) {
      case 'heading':
        return this.heading(node, parent, indent);
      case 'paragraph':
        this.paragraph(node.content ?? [], parent, indent, BODY_SIZE);
        this.doc.moveDown(0.5);
        return;
      case 'bulletList':
      case 'orderedList':
        return this.list(node, parent, indent);
      case 'blockquote': {
        const quote = this.doc.struct('BlockQuote');
        parent.add(quote);
        await this.blocks(node.content ?? [], quote, indent + QUOTE_INDENT);
        quote.end();
        return;
      }
      default:
        return this.blocks(node.content ?? [], parent, indent);
    }
  }

  private heading(node: RenderedNode, parent: Structure, indent: number): void {
    const level = Math.min(Math.max(Number(node.attrs?.level ?? 1), 1), HEADING_SIZES.length);
    const size = HEADING_SIZES[level - 1] ?? BODY_SIZE;
    // A heading is never the last line of a page.
    this.keepRoom(size * 1.4 + BODY_SIZE * 3);
    if (level > 1) this.doc.moveDown(0.6);
    this.paragraph(node.content ?? [], parent, indent, size, `H${level}`, true);
    this.doc.moveDown(0.4);
    this.bookmark(level, textOf(node));
  }

  private bookmark(level: number, title: string): void {
    this.outline.length = Math.min(this.outline.length, level - 1);
    const parent = this.outline.at(-1) ?? this.doc.outline;
    this.outline.push(parent.addItem(title));
  }

  private async list(node: RenderedNode, parent: Structure, indent: number): Promise<void> {
    const list = this.doc.struct('L');
    parent.add(list);
    const start = Number(node.attrs?.start ?? 1);
    const labelWidth = node.type === 'orderedList' ? this.labelWidth(start + (node.content?.length ?? 1)) : LIST_INDENT;
    for (const [index, item] of (node.content ?? []).entries()) {
      const label = node.type === 'orderedList' ? `${start + index}.` : '•';
      const listItem = this.doc.struct('LI');
      list.add(listItem);
      this.keepRoom(BODY_SIZE * 2.5);
      const top = this.doc.y;
      listItem.add(
        this.doc.struct('Lbl', {}, () => {
          this.doc.font(this.fonts.regular).fontSize(BODY_SIZE).fillColor(TEXT_COLOUR);
          this.doc.text(label, this.left + indent, top, { width: labelWidth, lineBreak: false });
        }),
      );
      this.doc.y = top;
      const body = this.doc.struct('LBody');
      listItem.add(body);
      await this.blocks(item.content ?? [], body, indent + labelWidth + 4);
      body.end();
      listItem.end();
    }
    list.end();
  }

  /**
   * One block of text, with its formatting and links, as a structure element whose
   * marked content follows the text across lines and pages.
   */
  private paragraph(
    content: RenderedNode[],
    parent: Structure,
    indent: number,
    size: number,
    tag = 'P',
    bold = false,
  ): void {
    const lines = linesOf(content, bold);
    if (lines.length === 0) return;
    const element = this.doc.struct(tag);
    parent.add(element);
    const width = this.doc.page.width - MARGIN * 2 - indent;
    for (const line of lines) {
      line.forEach((fragment, index) => {
        const write = () => {
          if (index === 0) this.doc.x = this.left + indent;
          this.doc
            .font(this.fontFor(fragment))
            .fontSize(size)
            .fillColor(fragment.href ? LINK_COLOUR : TEXT_COLOUR)
            .text(fragment.text, {
              width,
              lineGap: LINE_GAP,
              continued: index < line.length - 1,
              link: fragment.href ?? null,
              underline: fragment.href !== undefined,
            } as PDFKit.Mixins.TextOptions);
        };
        if (fragment.href) {
          // The link's text and its clickable area belong to one Link element.
          const link = this.doc.struct('Link');
          element.add(link);
          link.add(write);
          link.end();
        } else {
          element.add(write);
        }
      });
    }
    element.end();
    this.doc.fillColor(TEXT_COLOUR);
  }

  pageNumbers(): void {
    const { start, count } = this.doc.bufferedPageRange();
    for (let page = start; page < start + count; page++) {
      this.doc.switchToPage(page);
      const bottom = this.doc.page.margins.bottom;
      // Writing inside the bottom margin would otherwise start a new page.
      this.doc.page.margins.bottom = 0;
      this.doc.markContent('Artifact', { type: 'Pagination' });
      this.doc
        .font(this.fonts.regular)
        .fontSize(9)
        .fillColor('#4a4a4a')
        .text(`Page ${page + 1} of ${count}`, MARGIN, this.doc.page.height - MARGIN / 2 - 9, {
          width: this.doc.page.width - MARGIN * 2,
          align: 'center',
          lineBreak: false,
        });
      this.doc.endMarkedContent();
      this.doc.page.margins.bottom = bottom;
    }
  }

  private get left(): number {
    return this.doc.page.margins.left;
  }

  private keepRoom(height: number): void {
    if (this.doc.y + height > this.doc.page.height - this.doc.page.margins.bottom) this.doc.addPage();
  }

  private labelWidth(largest: number): number {
    this.doc.font(this.fonts.regular).fontSize(BODY_SIZE);
    return Math.max(LIST_INDENT, this.doc.widthOfString(`${largest}.`) + 6);
  }

  private fontFor(fragment: Fragment): string {
    if (fragment.bold) return fragment.italic ? this.fonts.boldItalic : this.fonts.bold;
    return fragment.italic ? this.fonts.italic : this.fonts.regular;
  }
}

/** The block's lines (split at hard breaks), each a run of pieces of text with one formatting each. */
function linesOf(content: RenderedNode[], bold: boolean): Fragment[][] {
  const lines: Fragment[][] = [[]];
  for (const node of content) {
    if (node.type === 'hardBreak') {
      lines.push([]);
      continue;
    }
    if (node.type !== 'text' || !node.text) continue;
    const marks = node.marks ?? [];
    const link = marks.find((mark) => mark.type === 'link');
    const href = link && 'href' in link.attrs && isSafeLink(link.attrs.href) ? link.attrs.href : undefined;
    lines.at(-1)?.push({
      text: node.text.replace(/\s*\n\s*/g, ' '),
      bold: bold || marks.some((mark) => mark.type === 'bold'),
      italic: marks.some((mark) => mark.type === 'italic'),
      href,
    });
  }
  return lines.filter((line) => line.length > 0);
}

function textOf(node: RenderedNode): string {
  return node.text ?? (node.content ?? []).map(textOf).join('');
}
