/** What a person had seen of a document when they last left it. Times are milliseconds since the epoch. */
export interface VisitRecord {
  documentId: string;
  userId: string;
  lastSeenUpdateId: number;
  lastSeenAt: number;
}

/** When a member came to a project: `sinceAt` is where their current visit's "what's new" starts. */
export interface ProjectVisitRecord {
  projectId: string;
  userId: string;
  sinceAt: number | null;
  lastAt: number;
}

/**
 * Where each person has been: how far they saw each document ("since your last
 * visit") and when they came to each project ("what's new"). Every store passes
 * VisitStore.contract.test.ts.
 */
export interface VisitStore {
  saveVisit(visit: VisitRecord): Promise<void>;
  findVisit(documentId: string, userId: string): Promise<VisitRecord | undefined>;

  findProjectVisit(projectId: string, userId: string): Promise<ProjectVisitRecord | undefined>;
  saveProjectVisit(visit: ProjectVisitRecord): Promise<void>;
}
