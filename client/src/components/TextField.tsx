import type { ChangeEvent, ReactNode } from 'react';

interface TextFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
  type?: 'text' | 'email' | 'password' | 'url';
  autoComplete?: string;
  multiline?: boolean;
  optional?: boolean;
  maxLength?: number;
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
  maxLength,
  inputMode,
  spellCheck,
}: TextFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const shared = {
    id,
    name: id,
    value,
    maxLength,
    spellCheck,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    className: error ? 'input input--invalid' : 'input',
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
    </div>
  );
}
