import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLLABORATION_FIELD } from '@roundtable/shared';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SqliteStore } from './store/sqlite/SqliteStore.ts';
import { connectDocument, eventually } from './testing/connectDocument.ts';
import { projectWithTwoMembers } from './testing/TestPerson.ts';

describe('the server process', () => {
  let child: ChildProcess | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-main-'));
  afterEach(() => {
    child?.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts on SQLite, prints its address, and on SIGTERM saves open documents and exits cleanly', async () => {
    child = spawn(process.execPath, ['--conditions=roundtable-source', '--import', 'tsx', 'src/main.ts'], {
      cwd: join(import.meta.dirname, '..'),
      // DATABASE_URL would choose Postgres: this test is about the default, SQLite.
      env: { ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (data: Buffer) => {
      output += data.toString();
    });
    child.stderr?.on('data', (data: Buffer) => {
      output += data.toString();
    });
    await eventually(() => /ready at (http:\S+)/.test(output), 'the server says it is ready', 30_000);
    const url = /ready at (http:\S+)/.exec(output)?.[1] ?? '';

    const { ada, projectId } = await projectWithTwoMembers(url);
    const detail = await ada.createDocument(projectId);
    const tab = connectDocument(`${url.replace('http', 'ws')}/collab`, detail.collaborationName, ada.cookie);
    await tab.synced;
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Saved at shutdown')]);
    tab.ydoc.getXmlFragment(COLLABORATION_FIELD).insert(0, [paragraph]);
    await eventually(() => tab.provider.unsyncedChanges === 0, 'the edit is acknowledged');

    const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('shutting down');
    tab.destroy();

    const stores = SqliteStore.open(join(dataDir, 'roundtable.sqlite'));
    const checkpoint = await stores.log.latestCheckpoint(detail.document.id);
    await stores.close();
    expect(checkpoint).toBeDefined();
    const saved = new Y.Doc();
    Y.applyUpdate(saved, checkpoint?.state ?? new Uint8Array());
    expect(saved.getXmlFragment(COLLABORATION_FIELD).toString()).toContain('Saved at shutdown');
  });

  it('says plainly when its port is already taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    child = spawn(process.execPath, ['--conditions=roundtable-source', '--import', 'tsx', 'src/main.ts'], {
      cwd: join(import.meta.dirname, '..'),
      env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'silent', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr?.on('data', (data: Buffer) => {
      output += data.toString();
    });
    const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)));
    expect(await exited).toBe(1);
    blocker.close();
    expect(output).toContain(`Port ${port} is already in use`);
    expect(output).toContain('PORT=');
  });

  it('stops at start-up when open to other machines without PUBLIC_ORIGIN, and warns about TRUST_PROXY=true', async () => {
    const run = async (env: NodeJS.ProcessEnv) => {
      const started = spawn(process.execPath, ['--conditions=roundtable-source', '--import', 'tsx', 'src/main.ts'], {
        cwd: join(import.meta.dirname, '..'),
        env: { ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', DATABASE_URL: '', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = started;
      let output = '';
      const collect = (data: Buffer) => {
        output += data.toString();
      };
      started.stdout?.on('data', collect);
      started.stderr?.on('data', collect);
      return { started, output: () => output };
    };

    const open = await run({ HOST: '0.0.0.0', PUBLIC_ORIGIN: '' });
    const exited = new Promise<number | null>((resolve) => open.started.once('exit', (code) => resolve(code)));
    expect(await exited).toBe(1);
    expect(open.output()).toContain('Roundtable could not start: HOST=0.0.0.0 lets other machines reach Roundtable');
    expect(open.output()).toContain('PUBLIC_ORIGIN=https://');

    const behindProxy = await run({ HOST: '127.0.0.1', TRUST_PROXY: 'true' });
    await eventually(() => behindProxy.output().includes('ready at'), 'the server says it is ready', 30_000);
    expect(behindProxy.output()).toContain('Warning: TRUST_PROXY=true is taken as one proxy');
  });
});
