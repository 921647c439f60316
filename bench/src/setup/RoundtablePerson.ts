import {
  CSRF_HEADER,
  CSRF_HEADER_VALUE,
  type DocumentResponse,
  type InviteResponse,
  type MeResponse,
  type ProjectResponse,
  SESSION_COOKIE,
} from '@roundtable/shared';

/** A person using Roundtable's JSON API the way the browser client does, keeping their session cookie. */
export class RoundtablePerson {
  sessionCookie: string | undefined;

  constructor(
    private readonly baseUrl: string,
    private readonly origin: string,
    readonly displayName: string,
    readonly email = `${displayName.toLowerCase().replace(/\W+/g, '.')}@bench.example.org`,
    private readonly password = 'a long enough bench password',
  ) {}

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        origin: this.origin,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(method === 'GET' ? {} : { [CSRF_HEADER]: CSRF_HEADER_VALUE }),
        ...(this.sessionCookie ? { cookie: `${SESSION_COOKIE}=${this.sessionCookie}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = response.headers.getSetCookie().find((value) => value.startsWith(`${SESSION_COOKIE}=`));
    if (setCookie) this.sessionCookie = setCookie.slice(SESSION_COOKIE.length + 1).split(';')[0] || undefined;
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${method} ${path} → ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** A GET whose answer is read to its last byte but not parsed, for timing and file sizes. */
  async download(path: string): Promise<{ bytes: Uint8Array; contentType: string }> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      headers: {
        origin: this.origin,
        ...(this.sessionCookie ? { cookie: `${SESSION_COOKIE}=${this.sessionCookie}` } : {}),
      },
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (response.status >= 300) throw new Error(`GET ${path} → ${response.status} ${new TextDecoder().decode(bytes)}`);
    return { bytes, contentType: response.headers.get('content-type') ?? '' };
  }

  async signUp(inviteToken?: string): Promise<void> {
    const body = { displayName: this.displayName, email: this.email, password: this.password, inviteToken };
    await this.request<MeResponse>('POST', '/api/auth/signup', body);
  }

  async createProject(name: string): Promise<string> {
    const { project } = await this.request<ProjectResponse>('POST', '/api/projects', {
      name,
      purpose: 'Measuring how Roundtable copes with load',
    });
    return project.id;
  }

  async createDocument(projectId: string, title: string): Promise<string> {
    const { document } = await this.request<DocumentResponse>('POST', `/api/projects/${projectId}/documents`, {
      title,
      template: 'blank',
    });
    return document.id;
  }

  async invite(projectId: string): Promise<string> {
    const { invite } = await this.request<InviteResponse>('POST', `/api/projects/${projectId}/invites`, {
      role: 'member',
    });
    return invite.token;
  }

  async join(token: string): Promise<void> {
    await this.request('POST', `/api/invites/${token}/accept`, { perspective: 'lived-experience' });
  }
}
