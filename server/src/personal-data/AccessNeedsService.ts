import type { AccessNeedsResponse, AccessNeedsToSave } from '@roundtable/shared';
import type { Clock } from '../Clock.ts';
import type { AccessNeedsRecord, AccessNeedsStore } from '../store/AccessNeedsStore.ts';

/**
 * A person's own record of what helps them take part. Saving needs their consent each
 * time (the request schema insists on it) and records when it was given; taking it back
 * removes the record whole. Nobody else reads or changes it here.
 */
export class AccessNeedsService {
  constructor(
    private readonly store: AccessNeedsStore,
    private readonly now: Clock,
  ) {}

  async mine(userId: string): Promise<AccessNeedsResponse> {
    return { accessNeeds: toMine(await this.store.findAccessNeeds(userId)) };
  }

  async save(userId: string, body: AccessNeedsToSave): Promise<AccessNeedsResponse> {
    const record: AccessNeedsRecord = {
      userId,
      needs: body.needs,
      otherNeeds: body.otherNeeds === '' ? null : body.otherNeeds,
      showName: body.showName,
      consentedAt: this.now(),
    };
    await this.store.saveAccessNeeds(record);
    return { accessNeeds: toMine(record) };
  }

  /** Consent taken back, or the person deleting what they told us: nothing of it is kept. */
  async remove(userId: string): Promise<void> {
    await this.store.deleteAccessNeeds(userId);
  }
}

function toMine(record: AccessNeedsRecord | undefined): AccessNeedsResponse['accessNeeds'] {
  if (!record) return null;
  return {
    needs: record.needs,
    otherNeeds: record.otherNeeds ?? '',
    showName: record.showName,
    consentedAt: new Date(record.consentedAt).toISOString(),
  };
}
