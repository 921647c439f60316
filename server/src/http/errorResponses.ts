import type { ApiError, ApiErrorCode } from '@roundtable/shared';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../errors/DomainError.ts';

const statusFor: Record<ApiErrorCode, number> = {
  'invalid-request': 400,
  'not-signed-in': 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'payload-too-large': 413,
  'too-many-attempts': 429,
  csrf: 403,
  internal: 500,
};

export function sendError(reply: FastifyReply, code: ApiErrorCode, message: string, fields?: Record<string, string>) {
  const body: ApiError = { error: fields ? { code, message, fields } : { code, message } };
  return reply.status(statusFor[code]).send(body);
}

/** Every failure becomes an ApiError with a plain-English message; internals are logged, not shown. */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof DomainError) return sendError(reply, error.code, error.message, error.fields);
  const status = 'statusCode' in error ? error.statusCode : undefined;
  if (status === 413) {
    return sendError(reply, 'payload-too-large', 'That is too much to send at once. Try sending less.');
  }
  if (status === 415 || (status === 400 && 'code' in error && String(error.code).startsWith('FST_ERR_CTP'))) {
    return sendError(reply, 'invalid-request', 'The request could not be read. Send it as JSON.');
  }
  if (status !== undefined && status >= 400 && status < 500) {
    return sendError(reply, 'invalid-request', 'The request could not be read.');
  }
  request.log.error({ err: error }, 'request failed');
  return sendError(reply, 'internal', 'Something went wrong on our side. Please try again in a moment.');
}
