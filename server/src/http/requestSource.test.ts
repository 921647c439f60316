import { request as httpRequest } from 'node:http';
import {
  type ApiError,
  CloseCode,
  CSRF_HEADER,
  CSRF_HEADER_VALUE,
  closeReasons,
  SESSION_COOKIE,
  type SetupResponse,
} from '@roundtable/shared';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { connectDocument } from '../testing/connectDocument.ts';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';
import { projectWithTwoMembers } from '../testing/TestPerson.ts';

interface RawResponse {
  status: number;
  body: unknown;
}

/** A request with exactly these headers, Host included, as a browser tricked by DNS rebinding would send it. */
function rawRequest(url: string, method: string, path: string, headers: Record<string, string>, body?: unknown) {
  return new Promise<RawResponse>((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const request = httpRequest(
      `${url}${path}`,
      {
        method,
        headers: { ...headers, ...(payload === undefined ? {} : { 'content-type': 'application/json' }) },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: text ? JSON.parse(text) : undefined }),
        );
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

/** Opens a bare websocket with these headers and reports how the server closed it. */
function closeOfSocket(wsUrl: string, headers: Record<string, string>) {
  return new Promise<{ code: number; reason: string }>((resolve, reject) => {
    const socket = new WebSocket(wsUrl, { headers });
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    socket.once('error', reject);
  });
}

const firstAccount = (email: string) => ({
  displayName: 'Ada',
  email,
  password: 'a long enough password',
});

describe('which addresses and pages the server answers', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.destroy();
    server = undefined;
  });
  const port = () => new URL(server?.url ?? '').port;
  const writeHeaders = (host: string, origin?: string) => ({
    host,
    [CSRF_HEADER]: CSRF_HEADER_VALUE,
    ...(origin === undefined ? {} : { origin }),
  });

  describe('without PUBLIC_ORIGIN (this machine only)', () => {
    it('answers reads and writes addressed to loopback names, from pages at loopback names', async () => {
      server = await startTestServer();
      for (const host of [`127.0.0.1:${port()}`, `localhost:${port()}`, `[::1]:${port()}`, 'localhost']) {
        expect((await rawRequest(server.url, 'GET', '/api/setup', { host })).status, host).toBe(200);
      }
      // A development server on another port, in front of this one.
      const created = await rawRequest(
        server.url,
        'POST',
        '/api/auth/signup',
        writeHeaders(`localhost:${port()}`, 'http://localhost:5173'),
        firstAccount('ada@example.org'),
      );
      expect(created.status).toBe(201);
    });

    it('refuses a page whose own name was pointed at this machine (DNS rebinding), for reads and writes', async () => {
      server = await startTestServer();
      const rebound = `attacker.example:${port()}`;
      const read = await rawRequest(server.url, 'GET', '/api/setup', { host: rebound });
      expect(read.status).toBe(403);
      expect((read.body as ApiError).error.message).toMatch(/only answers at its own address.*PUBLIC_ORIGIN/);
      expect((await rawRequest(server.url, 'GET', '/', { host: rebound })).status).toBe(403);

      // To the browser the page and the server are one origin, so it sends the page's own name as both.
      const write = await rawRequest(
        server.url,
        'POST',
        '/api/auth/signup',
        writeHeaders(rebound, `http://${rebound}`),
        firstAccount('mallory@example.org'),
      );
      expect(write.status).toBe(403);
      const setup = await rawRequest(server.url, 'GET', '/api/setup', { host: `127.0.0.1:${port()}` });
      expect((setup.body as SetupResponse).needsFirstAccount).toBe(true);
    });

    it('refuses malformed and disguised Host headers', async () => {
      server = await startTestServer();
      for (const host of [`evil.example@127.0.0.1:${port()}`, `127.0.0.1.evil.example:${port()}`, 'localhost.:80']) {
        expect((await rawRequest(server.url, 'GET', '/api/setup', { host })).status, host).toBe(403);
      }
    });

    it('refuses writes from pages at other names, even when addressed to a loopback name', async () => {
      server = await startTestServer();
      const host = `127.0.0.1:${port()}`;
      for (const origin of ['https://evil.example', `http://attacker.example:${port()}`, 'null', 'file://']) {
        const refused = await rawRequest(
          server.url,
          'POST',
          '/api/auth/signup',
          writeHeaders(host, origin),
          firstAccount('mallory@example.org'),
        );
        expect(refused.status, origin).toBe(403);
        expect((refused.body as ApiError).error.code, origin).toBe('csrf');
      }
    });

    it('closes a websocket addressed to another name, or opened from a page at one, with the origin code', async () => {
      server = await startTestServer();
      const { ada, projectId } = await projectWithTwoMembers(server.url);
      const detail = await ada.createDocument(projectId);
      const cookie = `${SESSION_COOKIE}=${ada.cookie}`;
      const refused = { code: CloseCode.OriginRefused, reason: closeReasons.OriginRefused };
      const rebound = `attacker.example:${port()}`;
      expect(await closeOfSocket(server.wsUrl, { host: rebound, origin: `http://${rebound}`, cookie })).toEqual(
        refused,
      );
      expect(await closeOfSocket(server.wsUrl, { host: rebound, cookie })).toEqual(refused);
      expect(
        await closeOfSocket(server.wsUrl, { host: `localhost:${port()}`, origin: 'https://evil.example', cookie }),
      ).toEqual(refused);

      const fromDevServer = connectDocument(server.wsUrl, detail.collaborationName, ada.cookie, {
        origin: 'http://localhost:5173',
      });
      await fromDevServer.synced;
      fromDevServer.destroy();
    });
  });

  describe('with PUBLIC_ORIGIN', () => {
    const publicOrigin = 'https://roundtable.example.gov.uk';

    it('takes writes and websockets only from pages at that origin, whatever name a proxy passes on', async () => {
      server = await startTestServer({ env: { PUBLIC_ORIGIN: publicOrigin } });
      const proxied = 'roundtable.example.gov.uk';
      expect((await rawRequest(server.url, 'GET', '/api/setup', { host: proxied })).status).toBe(200);
      expect((await rawRequest(server.url, 'GET', '/api/setup', { host: `127.0.0.1:${port()}` })).status).toBe(200);

      const { ada, projectId } = await projectWithTwoMembers(server.url);
      const cookie = `${SESSION_COOKIE}=${ada.cookie}`;
      const newProject = (origin: string) =>
        rawRequest(
          server?.url ?? '',
          'POST',
          '/api/projects',
          { ...writeHeaders(proxied, origin), cookie },
          {
            name: 'Another',
          },
        );
      expect((await newProject(`http://127.0.0.1:${port()}`)).status).toBe(403);
      expect((await newProject('https://evil.example')).status).toBe(403);
      expect((await newProject(publicOrigin)).status).toBe(201);

      const detail = await ada.createDocument(projectId);
      const tab = connectDocument(server.wsUrl, detail.collaborationName, ada.cookie, { origin: publicOrigin });
      await tab.synced;
      tab.destroy();
      expect(await closeOfSocket(server.wsUrl, { origin: `http://127.0.0.1:${port()}`, cookie })).toEqual({
        code: CloseCode.OriginRefused,
        reason: closeReasons.OriginRefused,
      });
    });
  });
});
