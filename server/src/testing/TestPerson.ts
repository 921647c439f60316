import {
  CSRF_HEADER,
  CSRF_HEADER_VALUE,
  type DocumentDetailResponse,
  type DocumentResponse,
  type InviteResponse,
  type MeResponse,
  type Perspective,
  type ProjectResponse,
  type Role,
  SESSION_COOKIE,
  type TemplateId,
  type User,
} from '@roundtable/shared';

export interface ApiResult<T> {
  status: number;
  body: T;
}

/** A person using the JSON API, keeping their session cookie like a browser would. */
export class TestPerson {
  cookie: string | undefined;
  user: User | undefined;

  constructor(
    readonly baseUrl: string,
    readonly displayName: string,
    readonly email = `${displayName.toLowerCase().replace(/\W+/g, '.')}@example.org`,
    readonly password = 'a long enough password',
  ) {}

  async request<T>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResult<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(method === 'GET' ? {} : { [CSRF_HEADER]: CSRF_HEADER_VALUE }),
        ...(this.cookie ? { cookie: `${SESSION_COOKIE}=${this.cookie}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const setCookie = response.headers.getSetCookie().find((value) => value.startsWith(`${SESSION_COOKIE}=`));
    if (setCookie) this.cookie = setCookie.slice(SESSION_COOKIE.length + 1).split(';')[0] || undefined;
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  }

  async expectOk<T>(method: string, path: string, body?: unknown): Promise<T> {
    const result = await this.request<T>(method, path, body);
    if (result.status >= 300) throw new Error(`${method} ${path} → ${result.status} ${JSON.stringify(result.body)}`);
    return result.body;
  }

  async signUp(inviteToken?: string): Promise<User> {
    const body = { displayName: this.displayName, email: this.email, password: this.password, inviteToken };
    this.user = (await this.expectOk<MeResponse>('POST', '/api/auth/signup', body)).user;
    return this.user;
  }

  async signIn(): Promise<User> {
    const body = { email: this.email, password: this.password };
    this.user = (await this.expectOk<MeResponse>('POST', '/api/auth/signin', body)).user;
    return this.user;
  }

  get id(): string {
    if (!this.user) throw new Error(`${this.displayName} has not signed up`);
    return this.user.id;
  }

  async createProject(name = 'Older People’s Strategy group'): Promise<string> {
    const { project } = await this.expectOk<ProjectResponse>('POST', '/api/projects', {
      name,
      purpose: 'Writing it together',
    });
    return project.id;
  }

  async createDocument(projectId: string, template: TemplateId = 'blank', title = 'Our strategy') {
    const { document } = await this.expectOk<DocumentResponse>('POST', `/api/projects/${projectId}/documents`, {
      title,
      template,
    });
    return this.expectOk<DocumentDetailResponse>('GET', `/api/projects/${projectId}/documents/${document.id}`);
  }

  async invite(projectId: string, role: Role = 'member'): Promise<string> {
    const { invite } = await this.expectOk<InviteResponse>('POST', `/api/projects/${projectId}/invites`, { role });
    return invite.token;
  }

  async join(token: string, perspective: Perspective = 'lived-experience'): Promise<void> {
    await this.expectOk('POST', `/api/invites/${token}/accept`, { perspective });
  }
}

/** A lead with a project, and a second member invited into it. */
export async function projectWithTwoMembers(baseUrl: string) {
  const ada = new TestPerson(baseUrl, 'Ada');
  await ada.signUp();
  const projectId = await ada.createProject();
  const sam = new TestPerson(baseUrl, 'Sam');
  const token = await ada.invite(projectId);
  await sam.signUp(token);
  await sam.join(token, 'professional');
  return { ada, sam, projectId };
}
