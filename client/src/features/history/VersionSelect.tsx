import { Button, FieldError, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { Icon } from '../../components/Icon.tsx';

export interface VersionOption {
  /** A version id, or 'current' for the text as it is now. */
  id: string;
  label: string;
}

interface VersionSelectProps {
  label: string;
  value: string;
  options: readonly VersionOption[];
  onChange: (value: string) => void;
  /** Lets an error summary link here. */
  id?: string | undefined;
  error?: string | undefined;
}

/** Chooses one of a document's versions, or the text as it is now, by name and date. */
export function VersionSelect({ label, value, options, onChange, id, error }: VersionSelectProps) {
  return (
    <Select
      id={id}
      className={error ? 'filter field--invalid' : 'filter'}
      selectedKey={value}
      onSelectionChange={(key) => onChange(String(key))}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
    >
      <Label className="field__label">{label}</Label>
      <FieldError className="field__error">
        <span className="visually-hidden">Error: </span>
        {error}
      </FieldError>
      <Button className="select__button select__button--wide">
        <SelectValue />
        <Icon name="chevronDown" size={18} />
      </Button>
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="listbox__item" textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
