import type { FastifyRequest } from 'fastify';
import type { Authenticated } from '../auth/AuthService.ts';
import { DomainError } from '../errors/DomainError.ts';

/** The signed-in person (found by the session hook), or a 401 the client turns into "sign in again". */
export function requireSignedIn(request: FastifyRequest): Authenticated {
  if (!request.signedIn) throw new DomainError('not-signed-in', 'Please sign in to continue.');
  return request.signedIn;
}
