import { type Credit, isSafeLink, type RenderedNode } from '@roundtable/shared';
import type { ReactNode } from 'react';
import { useRovingFocus } from '../../a11y/useRovingFocus.ts';
import { authorStyle } from './authorStyle.ts';
import { type HistoryPeople, TEMPLATE_NAME, UNKNOWN_WRITER_NAME } from './HistoryPeople.ts';
import { countPassages, type HistoryMark, passageRuns } from './historyMarks.ts';

interface RenderedDocumentProps {
  content: RenderedNode;
  people: HistoryPeople;
  /** Names the text for assistive technology, e.g. "Who wrote what in Our strategy". */
  label: string;
}

/** Only web and email links are followed; anything else is shown as plain text. */
function isFollowableLink(href: string): boolean {
  return isSafeLink(href) && /^(https?:|mailto:)/i.test(href.trim());
}

/** Said before a passage and shown on hover and focus: who wrote it, added it or removed it. */
export function passageLabels(mark: HistoryMark, people: HistoryPeople): { spoken: string; shown: string } {
  const { credit } = mark.attrs;
  const shown = people.attribution(credit);
  const who = spokenCredit(credit, people);
  switch (mark.type) {
    case 'authorship':
      return { spoken: credit.kind === 'template' ? 'from the template' : `written by ${who}`, shown };
    case 'insertion':
      return { spoken: `added by ${who}`, shown: `Added by ${shown}` };
    case 'deletion':
      return { spoken: `removed by ${who}`, shown: `Removed by ${shown}` };
  }
}

/** Who is credited, as said before a passage: "Ada Lovelace, recorded by Sam Okafor". */
function spokenCredit(credit: Credit, people: HistoryPeople): string {
  switch (credit.kind) {
    case 'template':
      return TEMPLATE_NAME;
    case 'written':
      return people.name(credit.personId);
    case 'recorded':
      return `${people.name(credit.personId)}, recorded by ${people.name(credit.recordedById)}`;
    case 'recovered':
      return `${people.name(credit.personId)}, recovered from ${people.name(credit.relayedById)}’s device`;
    case 'unknownWriter':
      return `${UNKNOWN_WRITER_NAME.toLowerCase()}, recovered from ${people.name(credit.relayedById)}’s device`;
  }
}

interface RenderContext {
  people: HistoryPeople;
  /** Counts passages in document order, for the one that takes the tab stop. */
  passage: { next: number };
  tabIndexFor: (index: number) => number;
}

function formatted(node: RenderedNode, key: string): ReactNode {
  let result: ReactNode = node.text ?? '';
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') result = <strong>{result}</strong>;
    else if (mark.type === 'italic') result = <em>{result}</em>;
    else if (mark.type === 'strike') result = <s>{result}</s>;
    else if (mark.type === 'code') result = <code>{result}</code>;
    else if (mark.type === 'link' && isFollowableLink(mark.attrs.href))
      result = (
        <a href={mark.attrs.href} rel="noopener noreferrer nofollow">
          {result}
        </a>
      );
  }
  return <span key={key}>{result}</span>;
}

function renderPassage(mark: HistoryMark, children: ReactNode, key: string, context: RenderContext): ReactNode {
  const { spoken, shown } = passageLabels(mark, context.people);
  const index = context.passage.next++;
  const common = {
    'data-roving-item': true,
    'data-label': shown,
    tabIndex: context.tabIndexFor(index),
    ...authorStyle(mark.attrs.credit),
  };
  if (mark.type === 'authorship') {
    return (
      // biome-ignore lint/a11y/useSemanticElements: a passage inside running text cannot be a fieldset; it needs only a name.
      <span key={key} {...common} className="passage passage--authorship" role="group" aria-label={spoken}>
        {children}
      </span>
    );
  }
  // Insertions and deletions cannot carry a name of their own, so it is said as hidden text.
  const Tag = mark.type === 'insertion' ? 'ins' : 'del';
  return (
    <Tag key={key} {...common} className={`passage passage--${mark.type}`}>
      <span className="visually-hidden">{`${spoken}: `}</span>
      {children}
      <span className="visually-hidden">{mark.type === 'insertion' ? ' (end of addition)' : ' (end of removal)'}</span>
    </Tag>
  );
}

function renderInline(nodes: readonly RenderedNode[], context: RenderContext, keyPrefix: string): ReactNode[] {
  return passageRuns(nodes).map((run, runIndex) => {
    const key = `${keyPrefix}.${runIndex}`;
    // Keys by position suit a view drawn afresh from the server's copy; nothing in it keeps state.
    const children = run.nodes.map((node, index) => {
      const childKey = `${key}.${index}`;
      return node.type === 'hardBreak' ? <br key={childKey} /> : formatted(node, childKey);
    });
    return run.mark ? renderPassage(run.mark, children, key, context) : <span key={key}>{children}</span>;
  });
}

function renderNode(node: RenderedNode, context: RenderContext, key: string): ReactNode {
  const childNodes = node.content ?? [];
  const hasInline = childNodes.some((child) => child.type === 'text' || child.type === 'hardBreak');
  const children = hasInline
    ? renderInline(childNodes, context, key)
    : childNodes.map((child, index) => renderNode(child, context, `${key}.${index}`));
  switch (node.type) {
    case 'doc':
      return children;
    case 'paragraph':
      return <p key={key}>{children}</p>;
    case 'heading': {
      const level = Number(node.attrs?.level);
      const Heading = level === 1 ? 'h1' : level === 3 ? 'h3' : 'h2';
      return <Heading key={key}>{children}</Heading>;
    }
    case 'bulletList':
      return <ul key={key}>{children}</ul>;
    case 'orderedList': {
      const start = Number(node.attrs?.start);
      return (
        <ol key={key} start={Number.isInteger(start) && start !== 1 ? start : undefined}>
          {children}
        </ol>
      );
    }
    case 'listItem':
      return <li key={key}>{children}</li>;
    case 'blockquote':
      return <blockquote key={key}>{children}</blockquote>;
    case 'codeBlock':
      return (
        <pre key={key}>
          <code>{children}</code>
        </pre>
      );
    case 'horizontalRule':
      return <hr key={key} />;
    case 'hardBreak':
      return <br key={key} />;
    case 'text':
      return renderInline([node], context, key);
    default:
      // A kind of block this page does not know yet (a newer server): its text still shows.
      return <div key={key}>{children}</div>;
  }
}

/**
 * A document shown read-only from the server's rendered JSON: a version, a comparison
 * or who wrote what. Text is only ever given to React as text. Marked passages are one
 * Tab stop together; the arrow keys move between them, and each says who wrote, added
 * or removed it.
 */
export function RenderedDocument({ content, people, label }: RenderedDocumentProps) {
  const { containerRef, containerProps, activeIndex } = useRovingFocus<HTMLElement>({ lines: true });
  // After a refetch with fewer passages, the last one keeps the tab stop.
  const stop = Math.min(activeIndex, countPassages(content) - 1);
  const context: RenderContext = {
    people,
    passage: { next: 0 },
    tabIndexFor: (index) => (index === stop ? 0 : -1),
  };
  return (
    <section className="document-text rendered-document" aria-label={label} ref={containerRef} {...containerProps}>
      {renderNode(content, context, 'n')}
    </section>
  );
}
