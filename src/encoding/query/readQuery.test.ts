import { describe, expect, test } from 'vitest';
import { readQuery } from './readQuery.ts';
import { RESET_INSTANCE } from '../../schemas/tencent/resetInstance.ts';

describe('readQuery', () => {
  test('decodes a query string as form data: + is a space, then percent-decoding', () => {
    expect(readQuery('A=a+b&B=%2B%40&C=%E4%BD%A0').parameters).toEqual([
      { key: 'A', value: 'a b', plusInValue: true },
      { key: 'B', value: '+@', plusInValue: false },
      { key: 'C', value: '你', plusInValue: false },
    ]);
  });

  test('takes the query of a whole URL, ignores its fragment and the line breaks of a wrapped URL', () => {
    const url = 'https://cvm.tencentcloudapi.com/?Action=ResetInstance\n&InstanceId=ins-r8hr2upy#top';
    expect(readQuery(url).parameters.map(({ key, value }) => [key, value])).toEqual([
      ['Action', 'ResetInstance'],
      ['InstanceId', 'ins-r8hr2upy'],
    ]);
  });

  test('skips empty pieces, keeps a key without "=" as an empty value, and strips one leading "?"', () => {
    expect(readQuery('?&&A&B=1=2&').parameters).toEqual([
      { key: 'A', value: '', plusInValue: false },
      { key: 'B', value: '1=2', plusInValue: false },
    ]);
    expect(readQuery('??A=1').parameters[0]?.key).toBe('?A');
  });

  test('a + in the key is not a + in the value', () => {
    expect(readQuery('A+B=c').parameters).toEqual([{ key: 'A B', value: 'c', plusInValue: false }]);
  });

  test('leaves a malformed percent sequence as it is, as form decoding does', () => {
    expect(readQuery('A=%zz%4').parameters[0]?.value).toBe('%zz%4');
  });

  test('reads a flat map; numbers and booleans as their text, other values as type findings', () => {
    const read = readQuery({ 'SystemDisk.DiskSize': 60, Flag: true, Name: 'x', Bad: { a: 1 } });
    expect(read.parameters).toEqual([
      { key: 'SystemDisk.DiskSize', value: '60', plusInValue: false },
      { key: 'Flag', value: 'true', plusInValue: false },
      { key: 'Name', value: 'x', plusInValue: false },
    ]);
    // Without the spec no key is known, so the key is hidden (named by its position among the map's keys).
    expect(read.findings).toEqual([
      { finding: { rule: 'parameter/type', params: { expected: 'string' } }, path: ['<redacted key 3>'], sourcePath: ['Bad'] },
    ]);
  });

  test('with the spec, a flat map key the spec has is kept in the path; one it lacks is hidden from there on', () => {
    const read = readQuery({ 'SystemDisk.DiskSize': null, 'LoginSettings.Xk9:Tq2': {}, 'LoginSettings.KeyIds.0': [] }, RESET_INSTANCE);
    expect(read.findings.map(({ path, sourcePath }) => [path, sourcePath])).toEqual([
      [['SystemDisk', 'DiskSize'], undefined],
      [['LoginSettings', '<redacted key 1>'], ['LoginSettings', 'Xk9:Tq2']],
      [['LoginSettings', 'KeyIds', 0], undefined],
    ]);
  });

  test.each([null, 42, [], ['A=1']])('any other input is a type finding at the root: %j', (input) => {
    expect(readQuery(input)).toEqual({
      readable: false,
      parameters: [],
      findings: [{ finding: { rule: 'parameter/type', params: { expected: 'query' } }, path: [] }],
    });
  });
});
