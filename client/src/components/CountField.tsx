interface CountFieldProps {
  id: string;
  label: string;
  hint: string;
  /** A class for the field's width where the page needs one. */
  className?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/** A whole number, with a number keypad on phones. */
export function CountField({ id, label, hint, className, value, onChange, error }: CountFieldProps) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <p className="field__hint" id={hintId}>
        {hint}
      </p>
      {error ? (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <input
        id={id}
        name={id}
        className={error ? 'input input--invalid input--short' : 'input input--short'}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={value}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/** What was typed as a number, or the text itself so the shared schema says what is wrong with it. */
export function typedCount(value: string): number | string {
  const trimmed = value.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}
