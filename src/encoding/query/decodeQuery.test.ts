import { describe, expect, test } from 'vitest';
import { decodeQuery } from './decodeQuery.ts';
import { RESET_INSTANCE } from '../../schemas/tencent/resetInstance.ts';

describe('decodeQuery', () => {
  test('decodes a URL into the payload a JSON request carries', () => {
    const decoded = decodeQuery(
      'https://cvm.tencentcloudapi.com/?Action=ResetInstance&InstanceId=ins-r8hr2upy&LoginSettings.Password=Qcloud%40TestApi123%2B%2B&Nonce=1&Signature=a%2Bb',
      RESET_INSTANCE,
      ['Nonce', 'Signature'],
    );
    expect(decoded).toEqual({
      payload: { Action: 'ResetInstance', InstanceId: 'ins-r8hr2upy', LoginSettings: { Password: 'Qcloud@TestApi123++' } },
      findings: [],
      plusPaths: [],
    });
  });

  test('a literal + is decoded as a space and its path reported', () => {
    const decoded = decodeQuery('LoginSettings.Password=Qcloud@TestApi123++', RESET_INSTANCE);
    expect(decoded.payload).toEqual({ LoginSettings: { Password: 'Qcloud@TestApi123  ' } });
    expect(decoded.plusPaths).toEqual([['LoginSettings', 'Password']]);
  });

  test('input that is no query has no payload', () => {
    expect(decodeQuery(7, RESET_INSTANCE)).toEqual({
      payload: undefined,
      findings: [{ finding: { rule: 'parameter/type', params: { expected: 'query' } }, path: [] }],
      plusPaths: [],
    });
  });

  test('findings about the input come before those of the flattening', () => {
    const decoded = decodeQuery({ A: null, 'B.': 'x' }, RESET_INSTANCE);
    expect(decoded.findings.map(({ finding }) => finding.rule)).toEqual(['parameter/type', 'parameter/flattening']);
  });
});
