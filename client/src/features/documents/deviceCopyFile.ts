import { type ComposedExport, exportFilename, htmlFromExport, type RenderedNode } from '@roundtable/shared';
import { formatDate } from '../../format/formatDate.ts';
import { formatDateTime } from '../../format/formatDateTime.ts';

export interface DeviceCopyFile {
  filename: string;
  html: string;
}

/**
 * A web page holding the document as this device has it, for the person to keep: it
 * opens in any browser or word processor, with no script and nothing fetched from
 * elsewhere (the same page as the HTML export, without its credits). Named after the
 * document and the day, in the person's own time zone.
 */
export function deviceCopyFile(
  title: string,
  projectName: string,
  content: RenderedNode,
  savedAt: Date,
): DeviceCopyFile {
  const when = savedAt.toISOString();
  const composed: ComposedExport = {
    title,
    subject: `${projectName}: a copy saved from this device on ${formatDateTime(when)}`,
    lang: 'en-GB',
    projectName,
    tree: {
      type: 'doc',
      content: [
        section('cover', 'About this copy', [
          heading(1, title),
          labelled('Project', projectName),
          labelled('Saved from this device', formatDateTime(when)),
          paragraph(
            'This is the document as it was on this device. It may hold changes that Roundtable has not saved, ' +
              'and may not have the latest changes other people made.',
          ),
        ]),
        section('content', 'Document', lowerHeadings(content.content ?? [])),
      ],
    },
  };
  return {
    filename: exportFilename(title, `copy from this device, ${formatDate(when)}`, 'html'),
    html: htmlFromExport(composed),
  };
}

/** The title is the one level-1 heading, so the document's own headings move down a level. */
function lowerHeadings(nodes: RenderedNode[]): RenderedNode[] {
  return nodes.map((node) => {
    const content = node.content && lowerHeadings(node.content);
    const withContent = content ? { ...node, content } : node;
    if (node.type !== 'heading') return withContent;
    return { ...withContent, attrs: { ...node.attrs, level: Math.min(Number(node.attrs?.level ?? 1) + 1, 6) } };
  });
}

function section(part: string, label: string, content: RenderedNode[]): RenderedNode {
  return { type: 'section', attrs: { part, label }, content };
}

function heading(level: number, text: string): RenderedNode {
  return { type: 'heading', attrs: { level }, content: [{ type: 'text', text }] };
}

function paragraph(text: string): RenderedNode {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

function labelled(label: string, value: string): RenderedNode {
  return {
    type: 'paragraph',
    content: [
      { type: 'text', text: `${label}: `, marks: [{ type: 'bold' }] },
      { type: 'text', text: value },
    ],
  };
}
