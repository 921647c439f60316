import { DomainError } from '../../errors/DomainError.ts';
import type { IdentityStore } from '../../store/IdentityStore.ts';
import type { UserStore } from '../../store/UserStore.ts';

const NO_PASSWORD_HERE =
  'This person signs in through their organisation, so they have no password here to reset. If they cannot sign in, their organisation’s IT team can help.';

/**
 * The user store as password resets see it: accounts that sign in through their
 * organisation are not found by email and cannot be given a password, so nobody can
 * reset their way round the organisation (after leaving it, say).
 */
export function organisationAccountsHaveNoPassword(users: UserStore, identities: IdentityStore): UserStore {
  const refuseOrganisationAccount = async (userId: string) => {
    if (await identities.hasIdentity(userId)) throw new DomainError('invalid-request', NO_PASSWORD_HERE);
  };
  const overrides: Partial<UserStore> = {
    async findUserByEmail(email) {
      const user = await users.findUserByEmail(email);
      return user && !(await identities.hasIdentity(user.id)) ? user : undefined;
    },
    async createPasswordReset(reset) {
      await refuseOrganisationAccount(reset.userId);
      return users.createPasswordReset(reset);
    },
    async setPasswordHash(userId, passwordHash) {
      await refuseOrganisationAccount(userId);
      return users.setPasswordHash(userId, passwordHash);
    },
  };
  return new Proxy(users, {
    get(target, property) {
      const override = overrides[property as keyof UserStore];
      if (override) return override;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
