import type { DocumentVersion } from '@roundtable/shared';
import type { HistoryPeople } from './HistoryPeople.ts';

/** Who or what made a version: "Named by Ada", "Saved automatically", "Saved before Ada restored an earlier version". */
export function versionKindLabel(version: DocumentVersion, people: HistoryPeople): string {
  switch (version.kind) {
    case 'named':
      return version.createdById ? `Named by ${people.label(version.createdById)}` : 'Named';
    case 'automatic':
      return 'Saved automatically';
    case 'before-restore':
      return version.createdById
        ? `Saved before ${people.label(version.createdById)} restored an earlier version`
        : 'Saved before a restore';
  }
}
