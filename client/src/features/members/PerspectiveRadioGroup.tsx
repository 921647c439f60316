import { type Perspective, perspectiveLabels, perspectives } from '@roundtable/shared';
import { RadioCardGroup } from '../../components/RadioCardGroup.tsx';

const options = perspectives.map((perspective) => ({ value: perspective, label: perspectiveLabels[perspective] }));

export const PERSPECTIVE_EXPLANATION =
  'This is your own label, shown next to your name so the group can see whose voices are heard. It changes nothing you can do: everyone edits and comments alike.';

interface PerspectiveRadioGroupProps {
  id: string;
  value: Perspective | null;
  onChange: (perspective: Perspective) => void;
  error?: string | undefined;
  label?: string;
}

/** How someone describes their own perspective: lived experience, professional, both, or unsaid. */
export function PerspectiveRadioGroup({
  id,
  value,
  onChange,
  error,
  label = 'How do you describe your perspective?',
}: PerspectiveRadioGroupProps) {
  return (
    <RadioCardGroup
      id={id}
      label={label}
      description={PERSPECTIVE_EXPLANATION}
      options={options}
      value={value}
      onChange={onChange}
      error={error}
      layout="grid"
    />
  );
}
