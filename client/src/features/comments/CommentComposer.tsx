import { Limits, type MentionCandidate, replyBody } from '@roundtable/shared';
import { type KeyboardEvent, type ReactNode, useRef, useState } from 'react';
import { useTouchOnly } from '../../a11y/useTouchOnly.ts';
import { characterCount } from '../../components/characterCount.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Icon } from '../../components/Icon.tsx';
import { useFormSubmission } from '../../components/useFormSubmission.ts';
import { MentionOptions } from './MentionOptions.tsx';
import { insertMention, matchingPeople, mentionQuery, unmatchedMentions } from './mentionQuery.ts';

interface CommentComposerProps {
  /** The text box's id, which error summaries and focus requests point at. */
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  sendLabel: string;
  /** Resolves once sent; rejects with the reason to show, leaving the text as it was. */
  onSend: (body: string) => Promise<unknown>;
  onCancel: () => void;
  people: readonly MentionCandidate[];
  /** Said above the text box, such as the words being commented on. */
  context?: ReactNode;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
export const MENTION_HINT = 'Type @ and a name to mention someone.';
const SEND_SHORTCUT_HINT = ` Press ${isMac ? '⌘' : 'Ctrl'}+Enter to send.`;

/** Writing a comment, a reply or an edit: plain text, with @mentions of members chosen from a list. */
export function CommentComposer({
  id,
  label,
  value,
  onChange,
  sendLabel,
  onSend,
  onCancel,
  people,
  context,
}: CommentComposerProps) {
  const touchOnly = useTouchOnly();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [caret, setCaret] = useState<number | null>(null);
  const [dismissedAt, setDismissedAt] = useState<string | null>(null);
  // The text someone was told names nobody; sending that same text again sends it as it is.
  const [warnedAbout, setWarnedAbout] = useState<string | null>(null);
  const unmatched = unmatchedMentions(value, people);
  const warning = warnedAbout === value && unmatched.length > 0 ? unmatched : null;
  const form = useFormSubmission({
    schema: replyBody,
    values: () => ({ body: value }),
    send: (data) => {
      if (unmatched.length > 0 && warnedAbout !== value) {
        setWarnedAbout(value);
        return;
      }
      return onSend(data.body);
    },
  });
  const { errors, sending } = form;

  const query = caret === null ? null : mentionQuery(value, caret);
  const queryKey = query ? `${query.start}:${query.text}` : null;
  const matches = query ? matchingPeople(query.text, people) : [];
  const listOpen = query !== null && matches.length > 0 && dismissedAt !== queryKey;
  const count = characterCount(value, Limits.commentBodyMax);
  const error = errors.fieldErrors.body;
  const ids = { hint: `${id}-hint`, error: `${id}-error`, count: `${id}-count`, list: `${id}-mentions` };
  const describedBy = [ids.hint, error ? ids.error : null, count ? ids.count : null].filter(Boolean).join(' ');

  const backToWriting = (at: number | null = caret) => {
    requestAnimationFrame(() => {
      const textarea = textareaRef.current;
      if (!textarea) return;
      textarea.focus();
      if (at !== null) textarea.setSelectionRange(at, at);
    });
  };

  const choose = (person: MentionCandidate) => {
    if (!query) return;
    const next = insertMention(value, query, person);
    onChange(next.text);
    setCaret(next.caret);
    backToWriting(next.caret);
  };

  const highlighted = listOpen ? matches[0] : undefined;

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.submit();
    } else if (highlighted && (event.key === 'Enter' || event.key === 'Tab') && !event.shiftKey && !event.altKey) {
      // As in Word, Teams and Google Docs: Enter or Tab takes the highlighted name.
      event.preventDefault();
      choose(highlighted);
    } else if (listOpen && event.key === 'ArrowDown') {
      event.preventDefault();
      listRef.current?.querySelector('button')?.focus();
    } else if (listOpen && event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setDismissedAt(queryKey);
    }
  };

  const noteCaret = (target: HTMLTextAreaElement) => setCaret(target.selectionStart);
  const matchText = matches.length === 1 ? '1 person matches' : `${matches.length} people match`;

  return (
    <form className="comment-composer" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...errors} fieldIds={{ body: id }} headingLevel={3} />
      {context}
      <div className={error ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        <p className="field__hint" id={ids.hint}>
          {MENTION_HINT}
          {touchOnly ? null : SEND_SHORTCUT_HINT}
        </p>
        {error ? (
          <p className="field__error" id={ids.error}>
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        ) : null}
        <textarea
          id={id}
          ref={textareaRef}
          className={
            error || count?.over ? 'input input--invalid comment-composer__input' : 'input comment-composer__input'
          }
          rows={4}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={error || count?.over ? true : undefined}
          aria-controls={listOpen ? ids.list : undefined}
          onChange={(event) => {
            onChange(event.target.value);
            noteCaret(event.target);
          }}
          onSelect={(event) => noteCaret(event.currentTarget)}
          onKeyDown={onKeyDown}
        />
        {listOpen ? (
          <MentionOptions
            id={ids.list}
            people={matches}
            highlightedId={highlighted?.id}
            listRef={listRef}
            onChoose={choose}
            onClose={() => {
              setDismissedAt(queryKey);
              backToWriting();
            }}
          />
        ) : null}
        <p className="visually-hidden" role="status">
          {listOpen && highlighted
            ? `${matchText} “${query?.text ?? ''}”. Press Enter for ${highlighted.displayName}, or Down arrow to choose.`
            : ''}
        </p>
        {warning ? (
          <p className="notice notice--warning comment-composer__warning" role="alert">
            <Icon name="alert" size={18} />
            <span>
              {warning.length === 1
                ? `Nobody in this project is called “${warning[0]}”, so nobody will be told. `
                : `Nobody in this project is called ${warning.map((word) => `“${word}”`).join(' or ')}, so nobody will be told. `}
              Correct the name (type @ and choose from the list), or send it as it is.
            </span>
          </p>
        ) : null}
        {count ? (
          <p className={count.over ? 'field__count field__count--over' : 'field__count'} id={ids.count}>
            {count.over ? <Icon name="alert" size={18} /> : null}
            <span>{count.text}</span>
          </p>
        ) : null}
      </div>
      <div className="comment-composer__actions">
        <button type="submit" className="button button--primary button--small" aria-disabled={sending}>
          {sending ? 'Sending…' : warning ? 'Send anyway' : sendLabel}
        </button>
        <button type="button" className="button button--quiet button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
