import { findMentions, isSafeLink, type MentionCandidate } from '@roundtable/shared';

export type CommentTextPart =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'mention'; text: string; personId: string };

// Web and email addresses as people type them; anything else stays text.
const LINK_PATTERN = /\b(?:https?:\/\/|mailto:)[^\s<>"]+/gi;
// A full stop or bracket straight after an address usually ends the sentence, not the address.
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'’”]+$/;

interface Span {
  start: number;
  end: number;
  part: CommentTextPart;
}

function linkSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(LINK_PATTERN)) {
    const href = match[0].replace(TRAILING_PUNCTUATION, '');
    const start = match.index;
    if (href.length === 0 || !isSafeLink(href)) continue;
    spans.push({ start, end: start + href.length, part: { kind: 'link', text: href, href } });
  }
  return spans;
}

/**
 * Splits plain comment text into what the page draws: text, links (web and email only),
 * and @mentions of people. Nothing in a comment is ever read as markup.
 */
export function commentTextParts(text: string, people: readonly MentionCandidate[]): CommentTextPart[] {
  const mentions: Span[] = findMentions(text, people).map((match) => ({
    start: match.start,
    end: match.end,
    part: { kind: 'mention', text: text.slice(match.start, match.end), personId: match.personId },
  }));
  const spans = [...linkSpans(text), ...mentions].sort((a, b) => a.start - b.start);
  const parts: CommentTextPart[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    if (span.start > at) parts.push({ kind: 'text', text: text.slice(at, span.start) });
    parts.push(span.part);
    at = span.end;
  }
  if (at < text.length) parts.push({ kind: 'text', text: text.slice(at) });
  return parts;
}
