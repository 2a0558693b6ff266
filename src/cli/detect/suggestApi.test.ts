import { describe, expect, test } from 'vitest';
import { apis } from '../../apis.ts';
import { suggestApi } from './suggestApi.ts';

const ids = apis.map((api) => api.id);

describe('suggestApi', () => {
  test.each([
    ['zenlayer.ResetInstance', 'zenlayer.zec.ResetInstance'],
    ['tencent.cvm.resetinstance', 'tencent.cvm.ResetInstance'],
    ['tencent.cvm.ResetInstnce', 'tencent.cvm.ResetInstance'],
    ['tencent.cvm.ResetInstance@api3', 'tencent.cvm.ResetInstance@api2'],
    ['jdcloud.vm.rebuildInstance@1.0.4', 'jdcloud.vm.rebuildInstance@1.0.3'],
    ['jdcloud.rebuildInstance', 'jdcloud.vm.rebuildInstance'],
  ])('%s -> %s', (given, expected) => {
    expect(suggestApi(given, ids)).toBe(expected);
  });

  test.each(['aws.ec2.RunInstances', 'x', ''])('%j is near no id', (given) => {
    expect(suggestApi(given, ids)).toBeUndefined();
  });

  test('every known id suggests itself', () => {
    for (const id of ids) expect(suggestApi(id, ids)).toBe(id);
  });
});
