import type { RenderedNode } from '../history/historyTypes.ts';
import { isSafeLink } from '../schema/isSafeLink.ts';
import type { ComposedExport } from './composeExport.ts';

type Emphasis = 'bold' | 'italic';
const EMPHASIS_ORDER: Emphasis[] = ['bold', 'italic'];
const DELIMITER: Record<Emphasis, string> = { bold: '**', italic: '*' };

/**
 * The export as CommonMark. Every character of text that Markdown gives a meaning to
 * is escaped, so words like "<script>" or "[x](javascript:…)" stay words in any
 * renderer, including ones that pass HTML through.
 */
export function markdownFromExport(composed: ComposedExport): string {
  return `${blocks(composed.tree.content ?? []).join('\n\n')}\n`;
}

function blocks(nodes: RenderedNode[]): string[] {
  return nodes.map(block).filter((markdown) => markdown.length > 0);
}

function block(node: RenderedNode): string {
  switch (node.type) {
    case 'heading': {
      const level = Math.min(Math.max(Number(node.attrs?.level ?? 1), 1), 6);
      return `${'#'.repeat(level)} ${inline(node.content ?? [], ' ')}`;
    }
    case 'paragraph':
      return escapeLineStarts(inline(node.content ?? [], '\\\n'));
    case 'bulletList':
      return (node.content ?? []).map((item) => listItem(item, '- ')).join('\n');
    case 'orderedList': {
      const start = Number(node.attrs?.start ?? 1);
      return (node.content ?? []).map((item, index) => listItem(item, `${start + index}. `)).join('\n');
    }
    case 'blockquote':
      return blocks(node.content ?? [])
        .join('\n\n')
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n');
    default:
      return blocks(node.content ?? []).join('\n\n');
  }
}

/** Continuation lines are indented to the item's text, so nested lists nest. */
function listItem(item: RenderedNode, marker: string): string {
  const children = item.content ?? [];
  let body = '';
  children.forEach((child, index) => {
    const markdown = block(child);
    if (!markdown) return;
    // A list straight after the item's text keeps the list tight.
    const separator = index === 0 ? '' : child.type.endsWith('List') ? '\n' : '\n\n';
    body += separator + markdown;
  });
  const indent = ' '.repeat(marker.length);
  return (
    marker +
    body
      .split('\n')
      .map((line, index) => (index === 0 || line === '' ? line : indent + line))
      .join('\n')
  );
}

function inline(nodes: RenderedNode[], hardBreak: string): string {
  let out = '';
  let run: RenderedNode[] = [];
  let runHref: string | undefined;
  const flush = () => {
    if (run.length === 0) return;
    const inner = emphasised(run, hardBreak);
    out += runHref ? `[${inner}](<${runHref.replace(/[\\<>]/g, (c) => `\\${c}`)}>)` : inner;
    run = [];
  };
  for (const node of nodes) {
    const href = linkOf(node);
    if (href !== runHref) {
      flush();
      runHref = href;
    }
    run.push(node);
  }
  flush();
  return out;
}

function linkOf(node: RenderedNode): string | undefined {
  for (const mark of node.marks ?? []) {
    if (mark.type === 'link' && isSafeLink(mark.attrs.href)) return mark.attrs.href;
  }
  return undefined;
}

/**
 * Bold and italic opened and closed like a stack, with spaces kept outside the
 * delimiters: CommonMark does not see "** bold **" as bold.
 */
function emphasised(nodes: RenderedNode[], hardBreak: string): string {
  let out = '';
  let pendingSpace = '';
  const open: Emphasis[] = [];
  const closeFrom = (depth: number) => {
    while (open.length > depth) out += DELIMITER[open.pop() as Emphasis];
  };
  for (const node of nodes) {
    if (node.type !== 'text') {
      if (node.type === 'hardBreak') {
        closeFrom(0);
        pendingSpace = '';
        out += hardBreak;
      }
      continue;
    }
    const text = (node.text ?? '').replace(/\s*\n\s*/g, ' ');
    const wanted = EMPHASIS_ORDER.filter((kind) => node.marks?.some((mark) => mark.type === kind));
    let keep = 0;
    while (keep < open.length && open[keep] === wanted[keep]) keep++;
    const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/s.exec(text) ?? [];
    if (!core) {
      pendingSpace += text;
      continue;
    }
    closeFrom(keep);
    out += pendingSpace + lead;
    pendingSpace = trail;
    for (const kind of wanted.slice(open.length)) {
      out += DELIMITER[kind];
      open.push(kind);
    }
    out += escapeText(core);
  }
  closeFrom(0);
  return out + pendingSpace;
}

/** Backslash-escapes every character with an inline meaning (CommonMark allows it before any ASCII punctuation). */
function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>&|~#!]/g, (char) => `\\${char}`);
}

/** Words at the start of a line that would otherwise begin a list, heading underline or code block. */
function escapeLineStarts(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) =>
      line
        .replace(/^[ \t]+/, '')
        .replace(/^([-+=])/, '\\$1')
        .replace(/^(\d{1,9})([.)])/, '$1\\$2'),
    )
    .join('\n');
}
