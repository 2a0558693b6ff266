import { describe, expect, test } from 'vitest';
import { apis } from '../../apis.ts';
import { detectApi } from './detectApi.ts';

const common = { Action: 'ResetInstance', Version: '2017-03-12' };
const tencent = ['tencent.cvm.ResetInstance', 'tencent.cvm.ResetInstance@api2'];

describe('detectApi', () => {
  test('a JSON body with Tencent Action and Version is API 3.0', () => {
    expect(detectApi(apis, { ...common, InstanceId: 'ins-1' }, 'json', undefined)).toEqual({ api: 'tencent.cvm.ResetInstance' });
  });

  test('a tencentcloudapi.com URL (regional too) is API 3.0', () => {
    const url = 'https://cvm.ap-guangzhou.tencentcloudapi.com/?Action=ResetInstance&Version=2017-03-12&InstanceId=ins-1';
    expect(detectApi(apis, url, 'query', new URL(url))).toEqual({ api: 'tencent.cvm.ResetInstance' });
  });

  test('a /v2/index.php URL is the legacy API 2.0', () => {
    const url = 'https://cvm.api.qcloud.com/v2/index.php?Action=ResetInstance&Version=2017-03-12&InstanceId=ins-1';
    expect(detectApi(apis, url, 'query', new URL(url))).toEqual({ api: 'tencent.cvm.ResetInstance@api2' });
  });

  test('a bare query string is not certain: both Tencent APIs take it', () => {
    const detection = detectApi(apis, 'Action=ResetInstance&Version=2017-03-12', 'query', undefined);
    expect(detection).toEqual({ candidates: expect.arrayContaining(tencent) });
  });

  test('a request without Action or Version is not guessed', () => {
    expect(detectApi(apis, { InstanceId: 'ins-1' }, 'json', undefined)).toEqual({ candidates: apis.map((api) => api.id) });
    expect(detectApi(apis, { Action: 'ResetInstance' }, 'json', undefined)).toEqual({ candidates: expect.arrayContaining(tencent) });
    expect(detectApi(apis, 'not an object', 'json', undefined)).toEqual({ candidates: apis.map((api) => api.id) });
  });

  test('an unknown Version is not guessed', () => {
    expect(detectApi(apis, { ...common, Version: '2020-01-01' }, 'json', undefined)).toHaveProperty('candidates');
  });
});
