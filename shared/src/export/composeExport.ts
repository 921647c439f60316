import type { RenderedMark, RenderedNode } from '../history/historyTypes.ts';
import { conformToSchema } from './conformToSchema.ts';
import type { ChangeLine, ChangesSummary, CommentThreads, ExportDocument } from './exportTypes.ts';
import { formatExportDate } from './formatExportDate.ts';
import { groupCredits, unnamedMembers } from './groupCredits.ts';

/** The parts of an export, each a landmark or section a reader can jump to. */
export type ExportPart = 'cover' | 'content' | 'acknowledgements' | 'changes' | 'comments';

/**
 * An export as one tree in the document schema's node names, plus `section` nodes
 * (attrs.part, attrs.label) that mark its parts. The title is the only level-1
 * heading; the document's own headings sit one level below it.
 */
export interface ComposedExport {
  title: string;
  /** One line saying what this is, for file metadata. */
  subject: string;
  lang: string;
  projectName: string;
  tree: RenderedNode;
}

/** Every format writes this tree, so all of them carry the same words, credits and appendices. */
export function composeExport(document: ExportDocument): ComposedExport {
  const sections: RenderedNode[] = [
    section('cover', 'Cover', [
      heading(1, document.title),
      labelled('Project', document.projectName),
      labelled('Version', document.versionName),
      labelled('Date', formatExportDate(document.date)),
    ]),
    section('content', 'Document', lowerHeadings(conformToSchema(document.content).content ?? [])),
    section('acknowledgements', 'Acknowledgements', acknowledgements(document)),
  ];
  if (document.changes) sections.push(section('changes', 'Summary of changes', changesAppendix(document.changes)));
  if (document.comments) sections.push(section('comments', 'Comment threads', commentsAppendix(document.comments)));
  return {
    title: document.title,
    subject: `${document.projectName}: ${document.versionName}, ${formatExportDate(document.date)}`,
    lang: document.lang,
    projectName: document.projectName,
    tree: { type: 'doc', content: sections },
  };
}

function acknowledgements(document: ExportDocument): RenderedNode[] {
  const nodes = [heading(2, 'Acknowledgements')];
  const groups = groupCredits(document.contributors);
  if (groups.length === 0) {
    nodes.push(paragraph('No one has changed this text yet: all of it comes from the template it started from.'));
    return nodes;
  }
  nodes.push(
    paragraph(
      'This document was written together. Thank you to everyone who contributed to it: by writing and editing, ' +
        'by restoring earlier versions, and by recording the words of others.',
    ),
  );
  for (const group of groups) {
    const items = group.names.map((name) => listItem([paragraph(name)]));
    if (group.unnamed > 0) items.push(listItem([paragraph(unnamedMembers(group.unnamed))]));
    nodes.push(heading(3, group.label), { type: 'bulletList', content: items });
  }
  return nodes;
}

function changesAppendix(changes: ChangesSummary): RenderedNode[] {
  const nodes = [
    heading(2, `Summary of changes since “${changes.sinceVersionName}”`),
    paragraph(
      `Words added and removed since the version “${changes.sinceVersionName}” of ${formatExportDate(changes.sinceDate)}, ` +
        'up to the text in this document.',
    ),
  ];
  if (changes.bySection.length === 0 && changes.byPerson.length === 0) {
    nodes.push(paragraph('Nothing has changed since then.'));
    return nodes;
  }
  nodes.push(heading(3, 'By section'), changeList(changes.bySection));
  nodes.push(heading(3, 'By person'), changeList(changes.byPerson));
  return nodes;
}

function changeList(lines: ChangeLine[]): RenderedNode {
  return {
    type: 'bulletList',
    content: lines.map((line) =>
      listItem([
        {
          type: 'paragraph',
          content: [
            text(`${line.label}: `, [{ type: 'bold' }]),
            text(`${words(line.wordsAdded)} added, ${words(line.wordsRemoved)} removed`),
          ],
        },
      ]),
    ),
  };
}

function commentsAppendix(comments: CommentThreads): RenderedNode[] {
  const nodes = [heading(2, 'Comment threads')];
  if (!comments.available) {
    nodes.push(paragraph('Comments could not be included in this export.'));
    return nodes;
  }
  if (comments.threads.length === 0) nodes.push(paragraph('No one has commented on this document.'));
  comments.threads.forEach((thread, index) => {
    const where = thread.quote === null ? 'on the whole document' : thread.section ? `in “${thread.section}”` : '';
    nodes.push(heading(3, `Thread ${index + 1}${where ? ` ${where}` : ''}`));
    if (thread.quote) nodes.push({ type: 'blockquote', content: [paragraph(thread.quote)] });
    nodes.push({
      type: 'bulletList',
      content: thread.comments.map((comment) =>
        listItem([
          {
            type: 'paragraph',
            content: [
              text(`${comment.author}, ${formatExportDate(comment.date)}: `, [{ type: 'bold' }]),
              ...linesOf(comment.text),
            ],
          },
        ]),
      ),
    });
    nodes.push(labelled('Outcome', thread.outcome ?? 'Still open'));
  });
  return nodes;
}

/** The title is the one level-1 heading, so the document's own headings move down a level. */
function lowerHeadings(nodes: RenderedNode[]): RenderedNode[] {
  return nodes.map((node) => {
    const content = node.content && lowerHeadings(node.content);
    if (node.type !== 'heading') return content ? { ...node, content } : node;
    return { ...node, attrs: { level: Number(node.attrs?.level ?? 1) + 1 }, content };
  });
}

function words(count: number): string {
  return count === 1 ? '1 word' : `${count.toLocaleString('en-GB')} words`;
}

function section(part: ExportPart, label: string, content: RenderedNode[]): RenderedNode {
  return { type: 'section', attrs: { part, label }, content };
}

function heading(level: number, value: string): RenderedNode {
  return { type: 'heading', attrs: { level }, content: [text(value)] };
}

function paragraph(value: string): RenderedNode {
  return { type: 'paragraph', content: [text(value)] };
}

function labelled(label: string, value: string): RenderedNode {
  return { type: 'paragraph', content: [text(`${label}: `, [{ type: 'bold' }]), text(value)] };
}

function listItem(content: RenderedNode[]): RenderedNode {
  return { type: 'listItem', content };
}

function text(value: string, marks?: RenderedMark[]): RenderedNode {
  return marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
}

/** Plain text with its line breaks kept. */
function linesOf(value: string): RenderedNode[] {
  return value.split('\n').flatMap((line, index) => (index === 0 ? [text(line)] : [{ type: 'hardBreak' }, text(line)]));
}
