import { describe, expect, it } from 'vitest';
import { readConfig } from '../../config.ts';
import { readOrganisationSignInSettings } from './readOrganisationSignInSettings.ts';

const ORIGIN = 'https://roundtable.camden.example';
const TENANT = '6a7c3b52-1f0e-4a4e-9a43-2b1d6f3c9e01';
const entra = {
  OIDC_ISSUER: `https://login.microsoftonline.com/${TENANT}/v2.0`,
  OIDC_CLIENT_ID: 'b0a1c2d3-0000-4000-8000-000000000000',
  OIDC_CLIENT_SECRET: 'secret',
  OIDC_TENANT_ID: TENANT,
};

describe('readOrganisationSignInSettings', () => {
  it('is off when no OIDC_ variable is set', () => {
    expect(readOrganisationSignInSettings({}, ORIGIN)).toBeUndefined();
    expect(readConfig({}).organisationSignIn).toBeUndefined();
  });

  it('reads Entra ID settings, with the redirect URI built from PUBLIC_ORIGIN and a sensible label', () => {
    const settings = readConfig({ ...entra, PUBLIC_ORIGIN: ORIGIN }).organisationSignIn;
    expect(settings).toMatchObject({
      clientId: entra.OIDC_CLIENT_ID,
      clientSecret: 'secret',
      tenantId: TENANT,
      label: 'your organisation',
      redirectUri: `${ORIGIN}/api/auth/oidc/callback`,
    });
    expect(settings?.issuer.href).toBe(entra.OIDC_ISSUER);
    expect(readOrganisationSignInSettings({ ...entra, OIDC_LABEL: '  Camden Council ' }, ORIGIN)?.label).toBe(
      'Camden Council',
    );
  });

  it('stops start-up when the settings are only partly there', () => {
    expect(() => readOrganisationSignInSettings({ OIDC_ISSUER: entra.OIDC_ISSUER }, ORIGIN)).toThrow(
      /OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are not set/,
    );
    expect(() => readOrganisationSignInSettings({ ...entra, OIDC_CLIENT_SECRET: '' }, ORIGIN)).toThrow(
      /OIDC_CLIENT_SECRET is not set/,
    );
    expect(() => readOrganisationSignInSettings({ OIDC_LABEL: 'Camden Council' }, ORIGIN)).toThrow(
      /needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together/,
    );
  });

  it('stops start-up without PUBLIC_ORIGIN, saying what the redirect URI would be', () => {
    expect(() => readConfig(entra)).toThrow(/needs PUBLIC_ORIGIN.*PUBLIC_ORIGIN\/api\/auth\/oidc\/callback/);
  });

  it('insists on a tenant for Entra ID, the same one the issuer names', () => {
    const { OIDC_TENANT_ID: _tenant, ...withoutTenant } = entra;
    expect(() => readOrganisationSignInSettings(withoutTenant, ORIGIN)).toThrow(/set OIDC_TENANT_ID/);
    const common = { ...entra, OIDC_ISSUER: 'https://login.microsoftonline.com/common/v2.0' };
    expect(readOrganisationSignInSettings(common, ORIGIN)?.tenantId).toBe(TENANT);
    const otherTenant = { ...entra, OIDC_TENANT_ID: 'd1e2f3a4-5b6c-4d7e-8f90-a1b2c3d4e5f6' };
    expect(() => readOrganisationSignInSettings(otherTenant, ORIGIN)).toThrow(/Use the same tenant in both/);
    expect(() => readOrganisationSignInSettings({ ...entra, OIDC_TENANT_ID: 'camden' }, ORIGIN)).toThrow(/a GUID/);
  });

  it('takes plain http only for a provider on this machine', () => {
    const local = { OIDC_ISSUER: 'http://127.0.0.1:9000', OIDC_CLIENT_ID: 'rt', OIDC_CLIENT_SECRET: 's' };
    expect(readOrganisationSignInSettings(local, ORIGIN)?.issuer.href).toBe('http://127.0.0.1:9000/');
    expect(() => readOrganisationSignInSettings({ ...local, OIDC_ISSUER: 'http://id.camden.example' }, ORIGIN)).toThrow(
      /OIDC_ISSUER must be the https address/,
    );
    expect(() => readOrganisationSignInSettings({ ...local, OIDC_ISSUER: 'not a url' }, ORIGIN)).toThrow(
      /OIDC_ISSUER must be/,
    );
  });

  it('refuses a label that could not be shown on one line', () => {
    expect(() => readOrganisationSignInSettings({ ...entra, OIDC_LABEL: 'Camden\nCouncil' }, ORIGIN)).toThrow(
      /OIDC_LABEL/,
    );
  });
});
