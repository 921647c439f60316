import type { ChangeEvent, ReactNode } from 'react';
import { characterCount } from './characterCount.ts';
import { Icon } from './Icon.tsx';

interface TextFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
  type?: 'text' | 'email' | 'password' | 'url' | 'date';
  autoComplete?: string;
  multiline?: boolean;
  optional?: boolean;
  /**
   * The most characters the server accepts. Never enforced by cutting what is typed or
   * pasted: the person is shown the count as they near it, and told when over.
   */
  limit?: number;
  inputMode?: 'text' | 'email' | 'url';
  spellCheck?: boolean;
}

/** A labelled input whose hint and error are read out with it, and marked invalid when wrong. */
export function TextField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  type = 'text',
  autoComplete,
  multiline = false,
  optional = false,
  limit,
  inputMode,
  spellCheck,
}: TextFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const countId = `${id}-count`;
  const count = limit === undefined ? null : characterCount(value, limit);
  const invalid = Boolean(error) || Boolean(count?.over);
  const describedBy =
    [hint ? hintId : null, error ? errorId : null, count ? countId : null].filter(Boolean).join(' ') || undefined;
  const shared = {
    id,
    name: id,
    value,
    spellCheck,
    'aria-describedby': describedBy,
    'aria-invalid': invalid ? true : undefined,
    className: invalid ? 'input input--invalid' : 'input',
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value),
  };

  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional ? <span className="field__optional"> (optional)</span> : null}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {multiline ? (
        <textarea {...shared} rows={3} autoComplete={autoComplete} />
      ) : (
        <input {...shared} type={type} autoComplete={autoComplete} inputMode={inputMode} />
      )}
      {count ? (
        <p className={count.over ? 'field__count field__count--over' : 'field__count'} id={countId}>
          {count.over ? <Icon name="alert" size={18} /> : null}
          <span>{count.text}</span>
        </p>
      ) : null}
      {limit === undefined ? null : (
        // Said once on going over, not on every keystroke: the count itself changes too often to read out.
        <span className="visually-hidden" aria-live="polite">
          {count?.over ? `Too long: the limit is ${limit} characters.` : ''}
        </span>
      )}
    </div>
  );
}
