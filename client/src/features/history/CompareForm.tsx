import type { DocumentVersion } from '@roundtable/shared';
import { type FormEvent, useState } from 'react';
import { SelectField } from '../../components/SelectField.tsx';
import { formatDateTime } from '../../format/formatDateTime.ts';

interface CompareFormProps {
  versions: readonly DocumentVersion[];
  onCompare: (from: string, to: string) => void;
}

const NOW = 'current';

/** Chooses any two versions, or a version and the text as it is now, to see what changed between them. */
export function CompareForm({ versions, onCompare }: CompareFormProps) {
  const options = versions.map((version) => ({
    id: version.id,
    label: `${version.name} (${formatDateTime(version.createdAt)})`,
  }));
  const [from, setFrom] = useState(versions[0]?.id ?? '');
  const [to, setTo] = useState(NOW);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (from !== '') onCompare(from, to);
  };
  if (versions.length === 0) return null;
  return (
    <form className="compare-form" onSubmit={submit}>
      <h3 className="history-panel__subtitle">Compare two versions</h3>
      <div className="compare-form__fields">
        <SelectField wide label="From" value={from} options={options} onChange={setFrom} />
        <SelectField wide label="To" value={to} options={[{ id: NOW, label: 'Now' }, ...options]} onChange={setTo} />
      </div>
      <button type="submit" className="button button--secondary">
        Compare
      </button>
    </form>
  );
}
