import { FieldError, Label, Radio, RadioGroup, Text } from 'react-aria-components';

export interface RadioCardOption<Value extends string> {
  value: Value;
  label: string;
  description?: string;
}

interface RadioCardGroupProps<Value extends string> {
  id: string;
  label: string;
  description?: string;
  options: readonly RadioCardOption<Value>[];
  value: Value | null;
  onChange: (value: Value) => void;
  error?: string | undefined;
  /** Lay the cards out side by side where there is room. */
  layout?: 'stack' | 'grid';
}

/**
 * A radio group drawn as large cards, each with a short explanation. Arrow keys move
 * between choices; the explanation is read as the choice's description.
 */
export function RadioCardGroup<Value extends string>({
  id,
  label,
  description,
  options,
  value,
  onChange,
  error,
  layout = 'stack',
}: RadioCardGroupProps<Value>) {
  return (
    <RadioGroup
      id={id}
      className={error ? 'field radio-cards field--invalid' : 'field radio-cards'}
      value={value}
      onChange={(next) => {
        const option = options.find((candidate) => candidate.value === next);
        if (option) onChange(option.value);
      }}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
    >
      <Label className="field__label">{label}</Label>
      {description ? (
        <Text slot="description" className="field__hint">
          {description}
        </Text>
      ) : null}
      <FieldError className="field__error">
        <span className="visually-hidden">Error: </span>
        {error}
      </FieldError>
      <div className={`radio-cards__options radio-cards__options--${layout}`}>
        {options.map((option) => {
          const descriptionId = option.description ? `${id}-${option.value}-description` : undefined;
          return (
            <Radio
              key={option.value}
              value={option.value}
              className="radio-card"
              aria-label={option.label}
              aria-describedby={descriptionId}
            >
              <span className="radio-card__indicator" aria-hidden="true" />
              <span className="radio-card__text">
                <span className="radio-card__label">{option.label}</span>
                {option.description ? (
                  <span className="radio-card__description" id={descriptionId}>
                    {option.description}
                  </span>
                ) : null}
              </span>
            </Radio>
          );
        })}
      </div>
    </RadioGroup>
  );
}
