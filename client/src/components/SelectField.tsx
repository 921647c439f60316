import { Button, FieldError, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { Icon } from './Icon.tsx';

export interface SelectOption {
  id: string;
  label: string;
}

interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  /** Lets an error summary link here. */
  id?: string | undefined;
  error?: string | undefined;
  /** Long option labels (version names with dates) get the full width. */
  wide?: boolean;
}

/** A labelled drop-down list: one choice among named options, with an error when there is one. */
export function SelectField({ label, value, options, onChange, id, error, wide = false }: SelectFieldProps) {
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
      <Button className={wide ? 'select__button select__button--wide' : 'select__button'}>
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
