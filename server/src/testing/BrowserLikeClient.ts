import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@roundtable/shared';
import type { ApiResult } from './TestPerson.ts';

/**
 * One browser talking to the JSON API: keeps every cookie it is given (the session and
 * the known-device cookie alike, whatever their path), sends its own User-Agent, and can
 * claim a client address through X-Forwarded-For for servers that trust a proxy.
 */
export class BrowserLikeClient {
  readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    readonly userAgent = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0',
    public forwardedFor?: string,
  ) {}

  async request<T>(method: string, path: string, body?: unknown): Promise<ApiResult<T> & { headers: Headers }> {
    const headers: Record<string, string> = { 'user-agent': this.userAgent };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET') headers[CSRF_HEADER] = CSRF_HEADER_VALUE;
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    }
    if (this.forwardedFor) headers['x-forwarded-for'] = this.forwardedFor;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = setCookie.split(';');
      const [name = '', value = ''] = pair.split('=');
      const cleared = value === '' || attributes.some((attribute) => /^\s*expires=Thu, 01 Jan 1970/i.test(attribute));
      if (cleared) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : undefined) as T };
  }

  async expectOk<T>(method: string, path: string, body?: unknown): Promise<T> {
    const result = await this.request<T>(method, path, body);
    if (result.status >= 300) throw new Error(`${method} ${path} → ${result.status} ${JSON.stringify(result.body)}`);
    return result.body;
  }

  signIn(email: string, password: string) {
    return this.request<unknown>('POST', '/api/auth/signin', { email, password });
  }
}
