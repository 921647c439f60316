import { type Kysely, Migrator } from 'kysely';
import type { DatabaseSchema } from '../DatabaseSchema.ts';
import { migrationProvider } from '../migrations/migrationProvider.ts';
import type { Stores } from '../Stores.ts';
import { KyselyAccessNeedsStore } from './KyselyAccessNeedsStore.ts';
import { KyselyCommentStore } from './KyselyCommentStore.ts';
import { KyselyDocumentLogStore, type UpdateAppender } from './KyselyDocumentLogStore.ts';
import { KyselyDocumentStore } from './KyselyDocumentStore.ts';
import { KyselyIdeasStore } from './KyselyIdeasStore.ts';
import { KyselyIdentityStore } from './KyselyIdentityStore.ts';
import { KyselyInboxStore } from './KyselyInboxStore.ts';
import { KyselyProjectStore } from './KyselyProjectStore.ts';
import { KyselySecretStore } from './KyselySecretStore.ts';
import { KyselyTimeGivenStore } from './KyselyTimeGivenStore.ts';
import { KyselyUserStore } from './KyselyUserStore.ts';
import { KyselyVersionStore } from './KyselyVersionStore.ts';
import { KyselyVisitStore } from './KyselyVisitStore.ts';
import { KyselyWorkshopHandStore } from './KyselyWorkshopHandStore.ts';
import { KyselyWorkshopJoinStore } from './KyselyWorkshopJoinStore.ts';
import { KyselyWorkshopStore } from './KyselyWorkshopStore.ts';

export interface KyselyStoresOptions {
  /**
   * The schema holding the migrator's own tables, when the store lives in a schema of
   * its own: Kysely otherwise takes a migration table in any schema as this one's.
   */
  migrationTableSchema?: string;
}

/**
 * Every slice, written once over Kysely and sharing one connection (pool). The
 * dialect's stores choose how the log is appended to.
 */
export function kyselyStores(
  db: Kysely<DatabaseSchema>,
  appender: UpdateAppender,
  options: KyselyStoresOptions = {},
): Stores {
  return {
    users: new KyselyUserStore(db),
    projects: new KyselyProjectStore(db),
    documents: new KyselyDocumentStore(db),
    log: new KyselyDocumentLogStore(db, appender),
    versions: new KyselyVersionStore(db),
    comments: new KyselyCommentStore(db),
    inbox: new KyselyInboxStore(db),
    visits: new KyselyVisitStore(db),
    identities: new KyselyIdentityStore(db),
    workshops: new KyselyWorkshopStore(db),
    hands: new KyselyWorkshopHandStore(db),
    joining: new KyselyWorkshopJoinStore(db),
    timeGiven: new KyselyTimeGivenStore(db),
    accessNeeds: new KyselyAccessNeedsStore(db),
    ideas: new KyselyIdeasStore(db),
    secrets: new KyselySecretStore(db),
    async migrate() {
      // Migrations are written side by side: one that lands after a later-numbered one
      // already ran on a database still runs, instead of stopping start-up.
      const migrator = new Migrator({ db, provider: migrationProvider, allowUnorderedMigrations: true, ...options });
      const { error } = await migrator.migrateToLatest();
      if (error) throw error;
    },
    async close() {
      await db.destroy();
    },
  };
}
