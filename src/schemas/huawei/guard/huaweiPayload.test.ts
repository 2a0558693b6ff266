import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { huaweiPayload } from './huaweiPayload.ts';

const require = createRequire(import.meta.url);
const ecs = require('@huaweicloud/huaweicloud-sdk-ecs') as typeof import('@huaweicloud/huaweicloud-sdk-ecs');

const PROJECT = '0123456789abcdef0123456789abcdef';
const SERVER = 'b0a9d2b4-2cae-4b66-a6ba-6af70f3bd7f8';

describe('huaweiPayload', () => {
  it('reads an SDK request as it is sent: wire names, undefined left out, null kept, path parameters beside', () => {
    const option = new ecs.ReinstallServerWithCloudInitOption()
      .withAdminpass(null as unknown as string)
      .withKeyname('KeyPair-350b')
      .withMetadata(new ecs.ReinstallSeverMetadata().withSystemEncrypted('1').withUserData(undefined as unknown as string));
    const request = new ecs.ReinstallServerWithCloudInitRequest(SERVER).withBody(new ecs.ReinstallServerWithCloudInitRequestBody(option));
    expect(huaweiPayload(request, PROJECT)).toEqual({
      'os-reinstall': { adminpass: null, keyname: 'KeyPair-350b', metadata: { __system__encrypted: '1' } },
      project_id: PROJECT,
      server_id: SERVER,
    });
  });

  it('reads a plain-object request as the SDK does, and leaves out what is not there', () => {
    expect(huaweiPayload({ server_id: SERVER, body: { 'os-change': { imageid: 'x' } } }, undefined)).toEqual({ 'os-change': { imageid: 'x' }, server_id: SERVER });
    expect(huaweiPayload(undefined, PROJECT)).toEqual({ project_id: PROJECT });
    expect(huaweiPayload({ body: 'text' }, undefined)).toEqual({});
  });

  it('checks a body the SDK could not serialize as given, without throwing', () => {
    const body: Record<string, unknown> = { 'os-reinstall': { keyname: 'k' } };
    body['self'] = body;
    expect(() => huaweiPayload({ server_id: SERVER, body }, PROJECT)).not.toThrow();
    expect(huaweiPayload({ server_id: SERVER, body }, PROJECT)['os-reinstall']).toEqual({ keyname: 'k' });
  });
});
