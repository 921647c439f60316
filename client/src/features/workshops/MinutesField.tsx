interface MinutesFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/** How many minutes an agenda item takes: a whole number, with a number keypad on phones. */
export function MinutesField({ id, value, onChange, error }: MinutesFieldProps) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <div className={error ? 'field field--invalid field--minutes' : 'field field--minutes'}>
      <label className="field__label" htmlFor={id}>
        Minutes
      </label>
      <p className="field__hint" id={hintId}>
        From 1 to 240.
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
