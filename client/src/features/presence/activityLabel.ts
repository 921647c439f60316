import type { Activity } from '../../collaboration/Activity.ts';

/** What someone is doing, as a short phrase: "Editing 'Priority 2: …'", "Reading", "Away". */
export function activityLabel(activity: Activity): string {
  switch (activity.kind) {
    case 'editing':
      return activity.section ? `Editing '${activity.section}'` : 'Editing';
    case 'reading':
      return 'Reading';
    case 'away':
      return 'Away';
  }
}
