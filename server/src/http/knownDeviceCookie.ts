import { AccountLimits } from '@roundtable/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CookieSettings } from './sessionCookie.ts';

/**
 * A long-lived cookie set when a browser signs in, naming it to the accounts it signed
 * in to (only a hash of its value is stored), so failed guesses from elsewhere never
 * hold it back. Sent only to the sign-in paths; it grants nothing by itself.
 */
export const KNOWN_DEVICE_COOKIE = 'rt_device';
const path = '/api/auth';

export function readKnownDeviceCookie(request: FastifyRequest): string | undefined {
  return request.cookies[KNOWN_DEVICE_COOKIE];
}

export function setKnownDeviceCookie(reply: FastifyReply, token: string, settings: CookieSettings) {
  reply.setCookie(KNOWN_DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: settings.secure,
    path,
    maxAge: Math.floor(AccountLimits.knownDeviceLifetimeMs / 1000),
  });
}
