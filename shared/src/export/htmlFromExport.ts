import type { RenderedNode } from '../history/historyTypes.ts';
import { isSafeLink } from '../schema/isSafeLink.ts';
import type { ComposedExport } from './composeExport.ts';

/**
 * The page's only style sheet. The content security policy allows exactly this text
 * by its hash, so nothing else in the file can style or script the page; a test
 * checks the hash whenever the sheet changes.
 */
export const EXPORT_STYLE = [
  'body{margin:0 auto;max-width:42rem;padding:1.5rem;font:1.125rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1b1b1b;background:#fff}',
  'h1,h2,h3,h4{line-height:1.25;margin:2rem 0 .75rem}',
  'h1{font-size:2.25rem}h2{font-size:1.6rem}h3{font-size:1.3rem}h4{font-size:1.1rem}',
  'a{color:#0b4fa8;text-decoration:underline}a:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px}',
  'blockquote{margin:1rem 0;padding:0 0 0 1rem;border-left:4px solid #595959}',
  'header{border-bottom:1px solid #595959;margin-bottom:2rem}section{margin-top:3rem}',
  '@media print{body{max-width:none}section{break-before:page}}',
].join('');
export const EXPORT_STYLE_HASH = 'sha256-h6fmogwn36hzsY6Zm1Fl//YsYMoSULcInNxKctIt4+o=';

/** No script, no outside resources: the file is safe to open from anywhere. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src '${EXPORT_STYLE_HASH}'`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** A standalone, accessible web page: language, title, landmarks, one h1, and every piece of text escaped. */
export function htmlFromExport(composed: ComposedExport): string {
  const parts = composed.tree.content ?? [];
  const cover = parts.find((part) => part.attrs?.part === 'cover');
  const rest = parts.filter((part) => part !== cover);
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(composed.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<meta name="description" content="${escapeHtml(composed.subject)}">`,
    `<title>${escapeHtml(`${composed.title} – ${composed.projectName}`)}</title>`,
    `<style>${EXPORT_STYLE}</style>`,
    '</head>',
    '<body>',
    cover ? `<header>${children(cover)}</header>` : '',
    `<main>${rest.map(block).join('')}</main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function block(node: RenderedNode): string {
  switch (node.type) {
    case 'section': {
      const id = `part-${String(node.attrs?.part ?? 'section').replace(/[^a-z]/g, '')}`;
      // Parts with a heading of their own are labelled by it; the document body by its name.
      const first = node.content?.[0];
      const labelledBy =
        first?.type === 'heading' && node.attrs?.part !== 'content' ? ` aria-labelledby="${id}-heading"` : '';
      const label = labelledBy ? '' : ` aria-label="${escapeHtml(String(node.attrs?.label ?? ''))}"`;
      const inner = (node.content ?? [])
        .map((child, index) => (index === 0 && labelledBy ? heading(child, `${id}-heading`) : block(child)))
        .join('');
      return `<section id="${id}"${labelledBy}${label}>${inner}</section>`;
    }
    case 'heading':
      return heading(node);
    case 'paragraph':
      return `<p>${inline(node.content ?? [])}</p>`;
    case 'bulletList':
      return `<ul>${children(node)}</ul>`;
    case 'orderedList': {
      const start = Number(node.attrs?.start ?? 1);
      return `<ol${Number.isInteger(start) && start !== 1 ? ` start="${start}"` : ''}>${children(node)}</ol>`;
    }
    case 'listItem':
      return `<li>${children(node)}</li>`;
    case 'blockquote':
      return `<blockquote>${children(node)}</blockquote>`;
    default:
      return children(node);
  }
}

function heading(node: RenderedNode, id?: string): string {
  const level = Math.min(Math.max(Number(node.attrs?.level ?? 1), 1), 6);
  return `<h${level}${id ? ` id="${id}"` : ''}>${inline(node.content ?? [])}</h${level}>`;
}

function children(node: RenderedNode): string {
  return (node.content ?? []).map(block).join('');
}

/** Consecutive text with the same link target is one link, however its formatting varies. */
function inline(nodes: RenderedNode[]): string {
  let html = '';
  let run = '';
  let runHref: string | undefined;
  const flush = () => {
    html += runHref ? `<a href="${escapeHtml(runHref)}" rel="noopener noreferrer nofollow">${run}</a>` : run;
    run = '';
  };
  for (const node of nodes) {
    const href = linkOf(node);
    if (href !== runHref) {
      flush();
      runHref = href;
    }
    run += formatted(node);
  }
  flush();
  return html;
}

function formatted(node: RenderedNode): string {
  if (node.type === 'hardBreak') return '<br>';
  if (node.type !== 'text') return inline(node.content ?? []);
  let html = escapeHtml(node.text ?? '');
  const marks = node.marks ?? [];
  if (marks.some((mark) => mark.type === 'italic')) html = `<em>${html}</em>`;
  if (marks.some((mark) => mark.type === 'bold')) html = `<strong>${html}</strong>`;
  return html;
}

function linkOf(node: RenderedNode): string | undefined {
  for (const mark of node.marks ?? []) {
    if (mark.type === 'link' && isSafeLink(mark.attrs.href)) return mark.attrs.href;
  }
  return undefined;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
