import type { MentionCandidate } from '@roundtable/shared';
import { commentTextParts } from './commentTextParts.ts';

interface CommentTextProps {
  text: string;
  people: readonly MentionCandidate[];
}

/**
 * A comment as its author wrote it: plain text with its line breaks, web and email
 * links that can be followed, and mentions of people picked out. Never read as markup.
 */
export function CommentText({ text, people }: CommentTextProps) {
  return (
    <p className="comment__text">
      {commentTextParts(text, people).map((part, index) => {
        const key = `${index}-${part.kind}`;
        if (part.kind === 'link')
          return (
            <a key={key} href={part.href} rel="noopener noreferrer nofollow">
              {part.text}
            </a>
          );
        if (part.kind === 'mention')
          return (
            <strong key={key} className="comment__mention">
              {part.text}
            </strong>
          );
        return part.text;
      })}
    </p>
  );
}
