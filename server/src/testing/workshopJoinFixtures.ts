import {
  CSRF_HEADER,
  CSRF_HEADER_VALUE,
  type MadeWorkshopLinkResponse,
  SESSION_COOKIE,
  type WorkshopJoiningResponse,
} from '@roundtable/shared';
import type { ApiResult } from './TestPerson.ts';
import { projectWithTwoMembers, TestPerson } from './TestPerson.ts';
import { HOUR, MINUTE, planWorkshop, workshopsPath } from './workshopFixtures.ts';

/**
 * A browser on someone's phone: it keeps every cookie the server sets (the session, and
 * the secret of a request to join) and can say which address it comes from, as a
 * trusted proxy would.
 */
export class Device {
  readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    readonly forwardedFor?: string,
  ) {}

  get session(): string | undefined {
    return this.cookies.get(SESSION_COOKIE);
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(method === 'GET' ? {} : { [CSRF_HEADER]: CSRF_HEADER_VALUE }),
        ...(cookie ? { cookie } : {}),
        ...(this.forwardedFor ? { 'x-forwarded-for': this.forwardedFor } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const set of response.headers.getSetCookie()) {
      const [pair = ''] = set.split(';');
      const [name = '', value = ''] = pair.split('=');
      const cleared = value === '' || /expires=Thu, 01 Jan 1970/i.test(set);
      if (cleared) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  }

  async expectOk<T>(method: string, path: string, body?: unknown): Promise<T> {
    const result = await this.request<T>(method, path, body);
    if (result.status >= 300) throw new Error(`${method} ${path} → ${result.status} ${JSON.stringify(result.body)}`);
    return result.body;
  }
}

/** The secret at the end of a workshop link. */
export const tokenOf = (made: MadeWorkshopLinkResponse) => made.url.split('/join/')[1] ?? '';

/**
 * Ada leads the project, Fay facilitates and Sam is a member; Fay has planned a
 * workshop starting in an hour with an hour's agenda, so it is planned to end two
 * hours from `now`.
 */
export async function plannedWorkshopWithTeam(baseUrl: string, now: number) {
  const { ada, sam, projectId } = await projectWithTwoMembers(baseUrl);
  const detail = await ada.createDocument(projectId, 'older-peoples-strategy');
  const fay = new TestPerson(baseUrl, 'Fay');
  const token = await ada.invite(projectId, 'facilitator');
  await fay.signUp(token);
  await fay.join(token, 'professional');
  const workshop = await planWorkshop(fay, projectId, {
    documentId: detail.document.id,
    title: 'Strategy day',
    startsAt: new Date(now + HOUR).toISOString(),
    agenda: [
      { title: 'Welcome', durationMinutes: 30 },
      { title: 'Priorities', durationMinutes: 30 },
    ],
  });
  const joining = `${workshopsPath(projectId)}/${workshop.id}/joining`;
  const makeLink = async (maxUses?: number) => {
    const made = await fay.expectOk<MadeWorkshopLinkResponse>('POST', `${joining}/link`, { maxUses });
    return { made, token: tokenOf(made) };
  };
  const waitingIn = async () => (await fay.expectOk<WorkshopJoiningResponse>('GET', joining)).waiting;
  return {
    ada,
    fay,
    sam,
    projectId,
    documentId: detail.document.id,
    documentName: detail.collaborationName,
    workshop,
    plannedEnd: now + HOUR + 60 * MINUTE,
    joining,
    makeLink,
    waitingIn,
  };
}
