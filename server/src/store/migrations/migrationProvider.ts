import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './001_initial.ts';
import * as singleUseInvites from './002_single_use_invites.ts';
import * as history from './003_history.ts';
import * as creditPreferences from './004_credit_preferences.ts';
import * as comments from './005_comments.ts';
import * as recoveredUpdates from './006_recovered_updates.ts';
import * as accounts from './007_accounts.ts';
import * as identities from './009_identities.ts';
import * as workshops from './010_workshops.ts';
import * as erasedAccounts from './011_erased_accounts.ts';
import * as workshopHands from './013_workshop_hands.ts';
import * as workshopJoining from './014_workshop_joining.ts';
import * as timeGiven from './015_time_given.ts';
import * as accessNeeds from './016_access_needs.ts';
import * as ideasRounds from './017_ideas_rounds.ts';
import * as inviteWithdrawal from './018_invite_withdrawal.ts';

/** Migrations are listed here in order; the migrator records which have run. */
export const migrationProvider: MigrationProvider = {
  async getMigrations(): Promise<Record<string, Migration>> {
    return {
      '001_initial': initial,
      '002_single_use_invites': singleUseInvites,
      '003_history': history,
      '004_credit_preferences': creditPreferences,
      '005_comments': comments,
      '006_recovered_updates': recoveredUpdates,
      '007_accounts': accounts,
      '009_identities': identities,
      '010_workshops': workshops,
      '011_erased_accounts': erasedAccounts,
      '013_workshop_hands': workshopHands,
      '014_workshop_joining': workshopJoining,
      '015_time_given': timeGiven,
      '016_access_needs': accessNeeds,
      '017_ideas_rounds': ideasRounds,
      '018_invite_withdrawal': inviteWithdrawal,
    };
  },
};
