import type { ServerKind } from '../servers/ServerKind.ts';
import type { BenchClient, ConnectTarget } from './BenchClient.ts';
import { connectHocuspocusClient } from './connectHocuspocusClient.ts';
import { connectYWebsocketClient } from './connectYWebsocketClient.ts';

/** Connects with the provider that speaks the given server's protocol. */
export function connectClient(kind: ServerKind, target: ConnectTarget, documentName: string): BenchClient {
  return kind === 'y-websocket'
    ? connectYWebsocketClient(target, documentName)
    : connectHocuspocusClient(target, documentName);
}
