import { useId } from 'react';
import { Checkbox } from 'react-aria-components';
import { Icon } from './Icon.tsx';

interface CheckboxFieldProps {
  label: string;
  /** Read after the label, as the tick box's description. */
  description?: string;
  isSelected: boolean;
  onChange: (isSelected: boolean) => void;
}

/** A large tick box whose whole label can be clicked, with a short explanation under it. */
export function CheckboxField({ label, description, isSelected, onChange }: CheckboxFieldProps) {
  const descriptionId = useId();
  return (
    <Checkbox
      className="checkbox"
      isSelected={isSelected}
      onChange={onChange}
      aria-label={label}
      aria-describedby={description ? descriptionId : undefined}
    >
      <span className="checkbox__box" aria-hidden="true">
        {isSelected ? <Icon name="check" size={18} /> : null}
      </span>
      <span className="checkbox__text">
        <span className="checkbox__label">{label}</span>
        {description ? (
          <span className="checkbox__description" id={descriptionId}>
            {description}
          </span>
        ) : null}
      </span>
    </Checkbox>
  );
}
