import { setImmediate as nextTurn } from 'node:timers/promises';
import type { PersonalDataExportStatus } from '@roundtable/shared';
import type { Clock } from '../Clock.ts';
import { DomainError } from '../errors/DomainError.ts';
import type { PersonalDataCollector, PersonalDocumentData, PersonalProjectData } from './PersonalDataCollector.ts';
import { personalDataArchive } from './personalDataArchive.ts';

/** How long a finished archive is kept for its owner to download. */
export const ARCHIVE_KEPT_MS = 60 * 60 * 1000;

interface Job {
  status: PersonalDataExportStatus;
  archive: Uint8Array | null;
  expiry: NodeJS.Timeout | null;
}

/**
 * Makes each person's data archive in the background, one at a time per person, and
 * keeps it in memory for an hour. Reading every document can take a while, so the
 * person sees how far it has got; each document is read in its own turn of the event
 * loop, so editors elsewhere are not held up.
 */
export class PersonalDataExports {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly collector: PersonalDataCollector,
    private readonly now: Clock,
    private readonly log: (message: string, error: unknown) => void,
  ) {}

  status(userId: string): PersonalDataExportStatus | null {
    return this.jobs.get(userId)?.status ?? null;
  }

  /** Starts a new archive, replacing a finished one; while one is being made, answers with it. */
  start(userId: string): PersonalDataExportStatus {
    const existing = this.jobs.get(userId);
    if (existing?.status.state === 'working') return existing.status;
    this.forget(userId);
    const job: Job = {
      status: {
        state: 'working',
        documentsDone: 0,
        documentsTotal: 0,
        startedAt: new Date(this.now()).toISOString(),
        readyAt: null,
        expiresAt: null,
        sizeBytes: null,
        failure: null,
      },
      archive: null,
      expiry: null,
    };
    this.jobs.set(userId, job);
    void this.make(userId, job);
    return job.status;
  }

  /** The finished archive; a clear error when there is none (never made, still working, or expired). */
  archive(userId: string): Uint8Array {
    const job = this.jobs.get(userId);
    if (!job?.archive) {
      throw new DomainError(
        'not-found',
        job?.status.state === 'working'
          ? 'Your data is still being gathered. The download appears when it is ready.'
          : 'There is no copy of your data to download. Make a new one from your account page.',
      );
    }
    return job.archive;
  }

  /** Drops every archive (on shutdown, or when the person deletes their account). */
  forget(userId?: string): void {
    for (const [owner, job] of this.jobs) {
      if (userId !== undefined && owner !== userId) continue;
      if (job.expiry) clearTimeout(job.expiry);
      this.jobs.delete(owner);
    }
  }

  private async make(userId: string, job: Job): Promise<void> {
    try {
      const account = await this.collector.account(userId);
      const accessNeeds = await this.collector.accessNeeds(userId);
      const projects = await this.collector.projectsOf(userId);
      job.status.documentsTotal = projects.reduce((sum, project) => sum + project.toRead.length, 0);
      const gathered: PersonalProjectData[] = [];
      for (const { toRead, ...project } of projects) {
        const documents: PersonalDocumentData[] = [];
        for (const document of toRead) {
          await nextTurn();
          if (this.jobs.get(userId) !== job) return;
          documents.push(await this.collector.document(userId, document));
          job.status.documentsDone += 1;
        }
        gathered.push({ ...project, documents });
      }
      const archive = personalDataArchive({
        account,
        accessNeeds,
        projects: gathered,
        madeAt: new Date(this.now()).toISOString(),
      });
      if (this.jobs.get(userId) !== job) return;
      const readyAt = this.now();
      job.archive = archive;
      job.status = {
        ...job.status,
        state: 'ready',
        readyAt: new Date(readyAt).toISOString(),
        expiresAt: new Date(readyAt + ARCHIVE_KEPT_MS).toISOString(),
        sizeBytes: archive.byteLength,
      };
      job.expiry = setTimeout(() => this.forget(userId), ARCHIVE_KEPT_MS).unref();
    } catch (error) {
      // Dropped meanwhile (the server is stopping, or the person asked again): nobody is waiting.
      if (this.jobs.get(userId) !== job) return;
      this.log('could not gather a person’s data', error);
      job.status = {
        ...job.status,
        state: 'failed',
        failure: 'Something went wrong while gathering your data. Nothing was lost. Try again in a few minutes.',
      };
    }
  }
}
