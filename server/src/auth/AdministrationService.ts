import {
  AccountLimits,
  type AdminAccount,
  type AdminAccountsResponse,
  type PasswordResetLinkResponse,
} from '@roundtable/shared';
import { DomainError, forbidden, notFound } from '../errors/DomainError.ts';
import type { AccountRecord, UserStore } from '../store/UserStore.ts';
import type { PasswordResetService } from './PasswordResetService.ts';

/**
 * What only administrators of the instance may do: name other administrators, and make
 * a password reset link for a named person (someone who phones in). Project leads
 * cannot: anyone can start a project and invite someone, so a lead's reset link would
 * be a way to take over that person's account.
 */
export class AdministrationService {
  private changes: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly userStore: UserStore,
    private readonly resets: PasswordResetService,
  ) {}

  async listAccounts(actorId: string, search: string): Promise<AdminAccountsResponse> {
    await this.requireAdministrator(actorId);
    const found = await this.userStore.listAccounts(search, AccountLimits.accountsListed + 1);
    return {
      accounts: found.slice(0, AccountLimits.accountsListed).map(adminAccount),
      more: found.length > AccountLimits.accountsListed,
    };
  }

  setAdministrator(actorId: string, userId: string, isAdministrator: boolean): Promise<AdminAccount> {
    // One change at a time, so two administrators removing each other cannot leave none.
    const next = this.changes.then(async () => {
      await this.requireAdministrator(actorId);
      const account = await this.requireAccount(userId);
      if (!(await this.userStore.setAdministrator(userId, isAdministrator))) {
        throw new DomainError(
          'conflict',
          'Roundtable needs at least one administrator. Make someone else an administrator first.',
        );
      }
      return adminAccount({ ...account, isAdministrator });
    });
    this.changes = next.catch(() => undefined);
    return next;
  }

  async createResetLink(actorId: string, userId: string): Promise<PasswordResetLinkResponse> {
    await this.requireAdministrator(actorId);
    if (actorId === userId) {
      throw new DomainError(
        'invalid-request',
        'To change your own password, use “Change your password” on your Account page.',
      );
    }
    await this.requireAccount(userId);
    return this.resets.createLink(userId, actorId);
  }

  private async requireAdministrator(userId: string): Promise<void> {
    if (!(await this.userStore.isAdministrator(userId))) {
      throw forbidden('Only administrators of this Roundtable can manage accounts.');
    }
  }

  private async requireAccount(userId: string): Promise<AccountRecord> {
    const user = await this.userStore.findUserById(userId);
    if (!user) throw notFound('That account');
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      createdAt: user.createdAt,
      isAdministrator: await this.userStore.isAdministrator(user.id),
    };
  }
}

function adminAccount(account: AccountRecord): AdminAccount {
  return {
    id: account.id,
    displayName: account.displayName,
    email: account.email,
    isAdministrator: account.isAdministrator,
    createdAt: new Date(account.createdAt).toISOString(),
  };
}
