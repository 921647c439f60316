import { type MouseEvent, useEffect, useRef } from 'react';
import type { FieldErrors } from './validateForm.ts';

interface ErrorSummaryProps {
  /** Messages for fields, keyed by field name. */
  fieldErrors?: FieldErrors;
  /** Maps field names to the id of the input that answers them. */
  fieldIds?: Record<string, string>;
  /** A message that belongs to no one field. */
  message?: string | null | undefined;
  /** Changes on every failed attempt, so focus returns here each time. */
  focusKey: number;
  headingLevel?: 2 | 3;
}

/**
 * Lists what went wrong at the top of a form and takes focus, so a screen reader user
 * hears the problems at once and can jump to each field.
 */
export function ErrorSummary({
  fieldErrors = {},
  fieldIds = {},
  message,
  focusKey,
  headingLevel = 2,
}: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(fieldErrors).filter(([field]) => field !== '' && fieldIds[field]);
  const general = [
    message,
    fieldErrors[''],
    ...Object.keys(fieldErrors)
      .filter((f) => f !== '' && !fieldIds[f])
      .map((f) => fieldErrors[f]),
  ]
    .filter((text): text is string => Boolean(text))
    .filter((text, index, all) => all.indexOf(text) === index);
  const hasErrors = entries.length > 0 || general.length > 0;

  useEffect(() => {
    if (focusKey > 0 && hasErrors) ref.current?.focus();
  }, [focusKey, hasErrors]);

  if (!hasErrors) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  const jumpTo = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    const focusable = target.matches('input, textarea, select, button')
      ? target
      : target.querySelector<HTMLElement>('input:not([type=hidden]), textarea, select, button');
    (focusable ?? target).focus();
    target.scrollIntoView({ block: 'center' });
  };

  return (
    <div className="error-summary" ref={ref} tabIndex={-1}>
      <Heading className="error-summary__title">There is a problem</Heading>
      <ul className="error-summary__list">
        {general.map((text) => (
          <li key={text}>{text}</li>
        ))}
        {entries.map(([field, text]) => {
          const id = fieldIds[field] ?? field;
          return (
            <li key={field}>
              <a href={`#${id}`} onClick={(event) => jumpTo(event, id)}>
                {text}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
