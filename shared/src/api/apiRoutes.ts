/** Paths and headers of the JSON API and the websocket, shared by client, server and tests. */
export const COLLABORATION_PATH = '/collab';
export const SESSION_COOKIE = 'rt_session';
/**
 * Every state-changing request carries this header. A cross-site page cannot set a
 * custom header without a CORS preflight, which the server never grants.
 */
export const CSRF_HEADER = 'x-roundtable-request';
export const CSRF_HEADER_VALUE = '1';
