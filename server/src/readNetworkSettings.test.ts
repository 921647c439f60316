import { describe, expect, it } from 'vitest';
import { trustProxyOption } from './http/TrustedProxies.ts';
import { readNetworkSettings } from './readNetworkSettings.ts';

describe('readNetworkSettings', () => {
  it('listens on this machine only unless told otherwise', () => {
    expect(readNetworkSettings({})).toEqual({
      host: '127.0.0.1',
      publicOrigin: undefined,
      trustProxy: false,
      warnings: [],
    });
    for (const host of ['localhost', '127.0.0.1', '127.0.0.2', '::1']) {
      expect(readNetworkSettings({ HOST: host }).host).toBe(host);
    }
  });

  it('refuses to listen for other machines without the address people use', () => {
    for (const host of ['0.0.0.0', '::', '192.0.2.10', 'roundtable.example.gov.uk']) {
      expect(() => readNetworkSettings({ HOST: host })).toThrow(
        new RegExp(`HOST=${host} lets other machines reach Roundtable, so set PUBLIC_ORIGIN`),
      );
    }
    const open = readNetworkSettings({ HOST: '0.0.0.0', PUBLIC_ORIGIN: 'https://roundtable.example.gov.uk/' });
    expect(open).toMatchObject({ host: '0.0.0.0', publicOrigin: 'https://roundtable.example.gov.uk' });
  });

  it('says plainly when PUBLIC_ORIGIN is not a web address', () => {
    for (const value of ['roundtable.example.gov.uk', 'ftp://roundtable.example.gov.uk', 'https://']) {
      expect(() => readNetworkSettings({ PUBLIC_ORIGIN: value })).toThrow(
        /PUBLIC_ORIGIN must be the web address people open Roundtable at, like https:\/\/roundtable\.example\.gov\.uk/,
      );
    }
  });

  it('reads TRUST_PROXY as a number of proxies or their addresses, and warns about the old true', () => {
    expect(readNetworkSettings({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(readNetworkSettings({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(readNetworkSettings({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(readNetworkSettings({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(readNetworkSettings({ TRUST_PROXY: '10.0.0.5' }).trustProxy).toEqual(['10.0.0.5']);
    expect(readNetworkSettings({ TRUST_PROXY: ' 10.0.0.5, 192.168.0.0/16,fd00::/8, loopback ' }).trustProxy).toEqual([
      '10.0.0.5',
      '192.168.0.0/16',
      'fd00::/8',
      'loopback',
    ]);
    const old = readNetworkSettings({ TRUST_PROXY: 'true' });
    expect(old.trustProxy).toBe(1);
    expect(old.warnings).toEqual([expect.stringMatching(/TRUST_PROXY=true is taken as one proxy.*TRUST_PROXY=1/)]);
  });

  it('refuses any other TRUST_PROXY, saying what it takes', () => {
    for (const value of [
      'yes',
      'TRUE',
      '-1',
      '1.5',
      '101',
      '10.0.0.5/33',
      '10.0.0.300',
      '10.0.0.5,',
      'proxy.example',
    ]) {
      expect(() => readNetworkSettings({ TRUST_PROXY: value }), value).toThrow(
        /TRUST_PROXY must be the number of proxies in front of Roundtable \(for example 1\), or a comma-separated list/,
      );
    }
  });

  it('believes the nearest proxies only, however many addresses a client writes before them', () => {
    const oneHop = trustProxyOption(1);
    expect(typeof oneHop).toBe('function');
    if (typeof oneHop !== 'function') return;
    expect(oneHop('127.0.0.1', 0)).toBe(true);
    expect(oneHop('198.51.100.7', 1)).toBe(false);
    expect(trustProxyOption(false)).toBe(false);
    expect(trustProxyOption(['10.0.0.5'])).toEqual(['10.0.0.5']);
  });
});
