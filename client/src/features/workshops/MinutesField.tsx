import { CountField } from '../../components/CountField.tsx';

interface MinutesFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/** How many minutes an agenda item takes: a whole number, with a number keypad on phones. */
export function MinutesField(props: MinutesFieldProps) {
  return <CountField {...props} label="Minutes" hint="From 1 to 240." className="field--minutes" />;
}
