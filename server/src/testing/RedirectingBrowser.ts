import { ORGANISATION_SIGN_IN_START_PATH, SESSION_COOKIE } from '@roundtable/shared';

/**
 * Just enough of a browser to sign in through an identity provider over plain HTTP:
 * cookies kept per site (host and port; paths are not told apart), redirects followed
 * one at a time so a test can stop at any of them.
 */
export class RedirectingBrowser {
  private readonly jar = new Map<string, Map<string, string>>();

  async get(url: string | URL): Promise<Response> {
    return this.send(new URL(url), { method: 'GET' });
  }

  async postForm(url: string | URL, form: Record<string, string>): Promise<Response> {
    return this.send(new URL(url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
  }

  /** Goes to `url` and follows redirects until one leads to where `stop` says, or a page answers. */
  async follow(url: string | URL, stop: (next: URL) => boolean = () => false): Promise<URL> {
    let current = new URL(url);
    for (let hops = 0; hops < 20; hops++) {
      const response = await this.get(current);
      const location = response.headers.get('location');
      await response.arrayBuffer();
      if (response.status < 300 || response.status >= 400 || !location) return current;
      current = new URL(location, current);
      if (stop(current)) return current;
    }
    throw new Error(`Too many redirects, last to ${current.href}`);
  }

  cookie(site: string | URL, name: string): string | undefined {
    return this.jar.get(new URL(site).host)?.get(name);
  }

  /** The Roundtable session this browser holds, if signed in. */
  session(roundtableUrl: string): string | undefined {
    return this.cookie(roundtableUrl, SESSION_COOKIE);
  }

  /**
   * Starts signing in through the organisation from Roundtable and follows the browser
   * to the provider's sign-in page, which it answers (`sign-in` as `account`, or
   * `refuse`). Answers where the provider sends the browser back, without going there.
   */
  async answerProvider(roundtableUrl: string, answer: { account: string } | 'refuse', returnTo?: string): Promise<URL> {
    const start = new URL(ORGANISATION_SIGN_IN_START_PATH, roundtableUrl);
    if (returnTo !== undefined) start.searchParams.set('returnTo', returnTo);
    const roundtable = new URL(roundtableUrl).host;
    const signInPage = await this.follow(start, (next) => next.pathname.startsWith('/interaction/'));
    const form: Record<string, string> =
      answer === 'refuse' ? { action: 'refuse' } : { action: 'sign-in', account: answer.account };
    const submitted = await this.postForm(signInPage, form);
    await submitted.arrayBuffer();
    const location = submitted.headers.get('location');
    if (!location) throw new Error(`The provider's sign-in page answered ${submitted.status}`);
    return this.follow(new URL(location, signInPage), (next) => next.host === roundtable);
  }

  /** Goes back to Roundtable's callback; answers where Roundtable sends the browser next. */
  async finishAt(callback: URL): Promise<URL> {
    const response = await this.get(callback);
    await response.arrayBuffer();
    const location = response.headers.get('location');
    if (!location) throw new Error(`The callback answered ${response.status} without a redirect`);
    return new URL(location, callback);
  }

  private async send(url: URL, init: RequestInit): Promise<Response> {
    const cookies = this.jar.get(url.host);
    const header = cookies ? [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') : '';
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), ...(header ? { cookie: header } : {}) },
    });
    for (const setCookie of response.headers.getSetCookie()) this.keep(url.host, setCookie);
    return response;
  }

  private keep(host: string, setCookie: string): void {
    const [pair = '', ...attributes] = setCookie.split(';').map((part) => part.trim());
    const name = pair.slice(0, pair.indexOf('='));
    const value = pair.slice(pair.indexOf('=') + 1);
    const cookies = this.jar.get(host) ?? new Map<string, string>();
    this.jar.set(host, cookies);
    const expired = attributes.some((attribute) => {
      const [key = '', setting = ''] = attribute.split('=');
      if (key.toLowerCase() === 'max-age') return Number(setting) <= 0;
      if (key.toLowerCase() === 'expires') return Date.parse(setting) <= Date.now();
      return false;
    });
    if (expired || value === '') cookies.delete(name);
    else cookies.set(name, value);
  }
}
