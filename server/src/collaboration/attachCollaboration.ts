import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Hocuspocus } from '@hocuspocus/server';
import { CloseCode, COLLABORATION_PATH, closeReasons, Limits, SESSION_COOKIE } from '@roundtable/shared';
import { type RawData, WebSocketServer } from 'ws';
import type { AuthService } from '../auth/AuthService.ts';
import type { RequestSource } from '../http/originChecker.ts';
import type { CollaborationContext } from './CollaborationContext.ts';
import { IncomingFrame } from './IncomingFrame.ts';
import type { LiveSockets } from './LiveSockets.ts';
import { parseCookieHeader } from './parseCookieHeader.ts';

export interface AttachOptions {
  hocuspocus: Hocuspocus<CollaborationContext>;
  auth: AuthService;
  sockets: LiveSockets;
  /** Judges the upgrade's Host and Origin as for any other request (see originChecker). */
  checkSource: (origin: string | undefined, host: string | undefined) => RequestSource;
}

/**
 * Accepts websocket upgrades on the collaboration path of the app's own HTTP server:
 * checks Origin and the session cookie, then hands the socket to Hocuspocus.
 * Refusals close the socket with a named close code the client can explain.
 */
export function attachCollaboration(server: Server, options: AttachOptions): WebSocketServer {
  const { hocuspocus, auth, sockets, checkSource } = options;
  // ws enforces the frame limit itself, closing with 1009 (message too big).
  const wss = new WebSocketServer({ noServer: true, maxPayload: Limits.maxFrameBytes });

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== COLLABORATION_PATH) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      ws.on('error', () => ws.terminate());
      // Frames can arrive while the session is being checked; keep them in order.
      const early: RawData[] = [];
      const keepEarly = (data: RawData) => early.push(data);
      ws.on('message', keepEarly);

      // Either way the page is not one of ours at an address we answer to.
      if (checkSource(request.headers.origin, request.headers.host) !== 'ours') {
        ws.close(CloseCode.OriginRefused, closeReasons.OriginRefused);
        return;
      }
      const token = parseCookieHeader(request.headers.cookie)[SESSION_COOKIE];
      auth.authenticate(token).then(
        (signedIn) => {
          if (ws.readyState !== ws.OPEN) return;
          if (!signedIn) {
            ws.close(CloseCode.NotSignedIn, closeReasons.NotSignedIn);
            return;
          }
          const socketId = randomUUID();
          const context: CollaborationContext = {
            user: signedIn.user,
            sessionTokenHash: signedIn.session.tokenHash,
            sessionExpiresAt: signedIn.session.expiresAt,
            socketId,
          };
          sockets.add(socketId, { socket: ws, userId: signedIn.user.id, sessionTokenHash: context.sessionTokenHash });
          const connection = hocuspocus.handleConnection(ws, toWebRequest(request), context);
          const receive = (data: RawData, isBinary: boolean) => {
            const bytes = toBytes(data);
            // A frame must carry a valid document name and a known message type; anything else
            // is refused here, before it can reach a document.
            if (!isBinary || IncomingFrame.of(bytes) === null) {
              sockets.close(socketId, CloseCode.MalformedMessage, closeReasons.MalformedMessage);
              return;
            }
            connection.handleMessage(bytes);
          };
          ws.off('message', keepEarly);
          ws.on('message', receive);
          ws.on('close', (code, reason) => {
            sockets.remove(socketId);
            connection.handleClose({ code, reason: reason.toString() });
          });
          for (const data of early.splice(0)) receive(data, typeof data !== 'string');
        },
        () => ws.close(CloseCode.NotSignedIn, closeReasons.NotSignedIn),
      );
    });
  });
  return wss;
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function toWebRequest(request: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(', '));
  }
  return new Request(new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`), { headers });
}
