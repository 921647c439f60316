import { TestIdentityProvider, type TestPerson } from './TestIdentityProvider.ts';

/**
 * The test identity provider as a process of its own, for browser tests that start
 * Roundtable compiled: CLIENT_ID, CLIENT_SECRET, REDIRECT_URI and PEOPLE (JSON, keyed by
 * account id) come from the environment. Prints its issuer once ready; stops on SIGTERM.
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
});
console.log(`Test identity provider ready at ${provider.issuer}`);
process.once('SIGTERM', () => {
  provider.stop().then(() => process.exit(0));
});
