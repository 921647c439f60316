import { TestIdentityProvider, type TestPerson } from './TestIdentityProvider.ts';

/**
 * The test identity provider as a process of its own, for browser tests that start
 * Roundtable compiled: CLIENT_ID, CLIENT_SECRET, REDIRECT_URI and PEOPLE (JSON, keyed by
 * account id) come from the environment, and ISSUER_HOSTNAME to name it other than
 * 127.0.0.1. Prints its issuer once ready; stops on SIGTERM.
 */
const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set`);
  return value;
};

const provider = await TestIdentityProvider.start({
  clientId: required('CLIENT_ID'),
  clientSecret: required('CLIENT_SECRET'),
  redirectUri: required('REDIRECT_URI'),
  people: JSON.parse(process.env.PEOPLE ?? '{}') as Record<string, TestPerson>,
  ...(process.env.ISSUER_HOSTNAME ? { hostname: process.env.ISSUER_HOSTNAME } : {}),
});
console.log(`Test identity provider ready at ${provider.issuer}`);
process.once('SIGTERM', () => {
  provider.stop().then(() => process.exit(0));
});
