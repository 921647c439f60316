/**
 * Secrets the server makes for itself and must share between its processes, such as the
 * key of the hash that lets an anonymous writer recognise their own idea cards. Every
 * store passes SecretStore.contract.test.ts.
 */
export interface SecretStore {
  /**
   * The secret kept under `name`. The first caller's `candidate` becomes it; every later
   * caller, in any process sharing the database, gets that same value back.
   */
  keepSecret(name: string, candidate: string): Promise<string>;
}
