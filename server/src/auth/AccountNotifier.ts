import { randomUUID } from 'node:crypto';
import type { AccountNoticeKind } from '@roundtable/shared';
import type { Clock } from '../Clock.ts';
import type { UserStore } from '../store/UserStore.ts';
import type { AccountMailer } from './AccountMailer.ts';
import { accountNoticeEmail } from './accountEmails.ts';

/** Tells a person what happened to their account: in their inbox, and by email where the server can send it. */
export class AccountNotifier {
  constructor(
    private readonly userStore: UserStore,
    private readonly mailer: AccountMailer | undefined,
    private readonly now: Clock,
  ) {}

  async notify(userId: string, kind: AccountNoticeKind, byUserId: string | null = null): Promise<void> {
    await this.userStore.addAccountNotice({
      id: randomUUID(),
      userId,
      kind,
      byUserId,
      createdAt: this.now(),
      readAt: null,
    });
    this.mailer?.later('send an email about an account', async () => {
      const [person, by] = await Promise.all([
        this.userStore.findUserById(userId),
        byUserId ? this.userStore.findUserById(byUserId) : undefined,
      ]);
      if (person) await this.mailer?.send(person.email, accountNoticeEmail(kind, by?.displayName ?? null));
    });
  }
}
