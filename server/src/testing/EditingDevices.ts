import { closeCodeName, retryableCloseCodes } from '@roundtable/shared';
import WebSocket from 'ws';
import type * as Y from 'yjs';
import { textOf } from './collaborationTestKit.ts';
import { eventually } from './connectDocument.ts';
import { StormWriter } from './EditStorm.ts';
import type { TestServer } from './startTestServer.ts';
import type { TestPerson } from './TestPerson.ts';

export interface Device {
  /** "p0", "p1" …: how traces and failures name the device. */
  label: string;
  person: TestPerson;
  /** The device's document and provider; its typing is not used. */
  writer: StormWriter;
  /** Whether the device was taken offline on purpose (it then stays offline until brought back). */
  offline: boolean;
}

/** What a device should show once everything it holds is saved. */
export const SETTLED_STATUS = { connected: true, synced: true, unacknowledged: 0 };

/** A close code with which the server refused what a device sent (rather than asking it to come back). */
const isRefusal = (code: number) => closeCodeName(code) !== null && !retryableCloseCodes.has(code);

/**
 * Several people's devices on one document of a running server, each a provider that
 * sends its own edits while its socket is open, as the web client does, and reconnects
 * by itself when its connection drops.
 */
export class EditingDevices {
  private constructor(
    private readonly server: TestServer,
    readonly name: string,
    readonly devices: Device[],
  ) {}

  /** Opens the document on a device for each person and waits until every one is synced. */
  static async open(server: TestServer, name: string, people: readonly TestPerson[]): Promise<EditingDevices> {
    const devices = people.map((person, index) => ({
      label: `p${index}`,
      person,
      writer: new StormWriter(`p${index}`, server.wsUrl, name, person.cookie ?? '', 'while open'),
      offline: false,
    }));
    const opened = new EditingDevices(server, name, devices);
    try {
      await eventually(() => devices.every(({ writer }) => writer.provider.isSynced), 'every device is synced', 10_000);
    } catch (error) {
      opened.destroy();
      throw error;
    }
    return opened;
  }

  /** The server's own copy of the document. */
  get serverDocument(): Y.Doc {
    const document = this.server.roundtable.hocuspocus.documents.get(this.name);
    if (!document) throw new Error(`The server does not have ${this.name} open`);
    return document;
  }

  goOffline(device: Device): void {
    device.offline = true;
    device.writer.disconnect();
  }

  comeBack(device: Device): void {
    device.offline = false;
    device.writer.reconnect();
  }

  /**
   * The network cuts the connection at the server's end, as a proxy that drops it would:
   * whatever the device sent that had not yet reached the server is lost, and the device
   * finds out only when its socket closes, then reconnects by itself.
   */
  cutAtServer(device: Device): void {
    const document = this.server.roundtable.hocuspocus.documents.get(this.name);
    for (const connection of document?.connections.keys() ?? []) {
      const { user } = connection.context as { user: { id: string } };
      if (user.id === device.person.id && connection.webSocket instanceof WebSocket) connection.webSocket.terminate();
    }
  }

  /**
   * Brings every device back online and waits until each has sent everything, had it
   * acknowledged, and holds what the server holds. Gives up quietly after `timeoutMs`:
   * the caller's assertions then say what did not settle.
   */
  async settle(timeoutMs: number): Promise<void> {
    for (const device of this.devices) if (device.offline) this.comeBack(device);
    const settled = () => {
      // The server closes a document when its last device leaves, and opens it when one comes back.
      const document = this.server.roundtable.hocuspocus.documents.get(this.name);
      if (!document) return false;
      const onServer = textOf(document);
      return this.devices.every(
        ({ writer }) =>
          writer.isConnected &&
          writer.provider.isSynced &&
          writer.provider.unsyncedChanges === 0 &&
          textOf(writer.ydoc) === onServer,
      );
    };
    await eventually(settled, 'every device has sent everything and has everything', timeoutMs).catch(() => {});
  }

  /** Each device's connection and what it still waits to have acknowledged. */
  statuses(): Array<typeof SETTLED_STATUS> {
    return this.devices.map(({ writer }) => ({
      connected: writer.isConnected,
      synced: writer.provider.isSynced,
      unacknowledged: writer.provider.unsyncedChanges,
    }));
  }

  /** Every time the server refused a device, as "p1 closed with DoesNotFitDocument". */
  refusals(): string[] {
    return this.devices.flatMap(({ writer, label }) =>
      writer.closeCodes.filter(isRefusal).map((code) => `${label} closed with ${closeCodeName(code)}`),
    );
  }

  /** Each device's Yjs client id → the id of the person using it. */
  owners(): Map<number, string> {
    return new Map(this.devices.map(({ writer, person }) => [writer.ydoc.clientID, person.id]));
  }

  destroy(): void {
    for (const { writer } of this.devices) writer.destroy();
  }
}
