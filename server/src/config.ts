import { resolve } from 'node:path';
import {
  type OrganisationSignInSettings,
  readOrganisationSignInSettings,
} from './auth/oidc/readOrganisationSignInSettings.ts';
import type { TrustedProxies } from './http/TrustedProxies.ts';
import { readNetworkSettings } from './readNetworkSettings.ts';
import type { SqliteSynchronous } from './store/sqlite/SqliteStore.ts';

export interface Config {
  port: number;
  host: string;
  /** SQLite database file, used unless postgresUrl is set. */
  databaseFile: string;
  /** Keep data in this Postgres database instead (for several processes sharing one store). */
  databaseUrl: string | undefined;
  /** Whether SQLite commits also survive a power cut (see SqliteSynchronous). */
  sqliteSynchronous: SqliteSynchronous;
  /** The operator restored the database from a backup: take back the words devices hand back (see Recovery). */
  recoveringFromBackup: boolean;
  /** e.g. https://roundtable.example.gov.uk — the only origin allowed to call the API and connect. */
  publicOrigin: string | undefined;
  /** Which proxies in front are believed about the client's address (see readNetworkSettings). */
  trustProxy: TrustedProxies;
  /** Said once at start-up: settings that work but should be written differently. */
  warnings: string[];
  logLevel: string;
  clientDir: string;
  /** The mail server for emails about mentions and replies; none are sent without one. */
  smtpUrl: string | undefined;
  /** Who those emails are from. */
  mailFrom: string;
  /** Staff sign in through their organisation's identity provider (OIDC_*), when set. */
  organisationSignIn: OrganisationSignInSettings | undefined;
}

const repositoryRoot = resolve(import.meta.dirname, '../..');

/** Settings from the environment, with defaults that work on one machine out of the box. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = resolve(env.DATA_DIR ?? resolve(repositoryRoot, 'data'));
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  const network = readNetworkSettings(env);
  const smtpUrl = env.SMTP_URL || undefined;
  const sqliteSynchronous = (env.SQLITE_SYNCHRONOUS ?? 'normal').toLowerCase();
  if (sqliteSynchronous !== 'normal' && sqliteSynchronous !== 'full') {
    throw new Error(`SQLITE_SYNCHRONOUS must be normal or full, not "${env.SQLITE_SYNCHRONOUS}"`);
  }
  if (smtpUrl && !/^smtps?:\/\/[^/]/.test(smtpUrl)) {
    throw new Error('SMTP_URL must look like smtp://host:port or smtps://user:password@host');
  }
  return {
    port,
    host: network.host,
    databaseFile: resolve(env.DATABASE_FILE ?? resolve(dataDir, 'roundtable.sqlite')),
    databaseUrl: env.DATABASE_URL || undefined,
    sqliteSynchronous,
    recoveringFromBackup: readRecovering(env),
    publicOrigin: network.publicOrigin,
    trustProxy: network.trustProxy,
    warnings: network.warnings,
    logLevel: env.LOG_LEVEL ?? 'warn',
    clientDir: resolve(env.CLIENT_DIR ?? resolve(repositoryRoot, 'client/dist')),
    smtpUrl,
    mailFrom: env.MAIL_FROM || 'Roundtable <roundtable@localhost>',
    organisationSignIn: readOrganisationSignInSettings(env, network.publicOrigin),
  };
}

/**
 * Whether the operator declared a restore from a backup (SQLite or PostgreSQL): words
 * devices hand back are then taken back (see Recovery).
 */
function readRecovering(env: NodeJS.ProcessEnv): boolean {
  return env.RECOVERING_FROM_BACKUP === 'true';
}
