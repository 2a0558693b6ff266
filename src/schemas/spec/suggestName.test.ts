import { describe, expect, it } from 'vitest';
import { suggestName } from './suggestName.ts';

describe('suggestName', () => {
  it.each([
    ['Hostname', ['HostName', 'ImageId'], 'HostName'],
    ['timeZone', ['timezone', 'imageId'], 'timezone'],
    ['passwordAuth', ['passWordAuth', 'password'], 'passWordAuth'],
    ['InstanceID', ['InstanceId'], 'InstanceId'],
    ['ImagId', ['ImageId', 'InstanceId'], 'ImageId'],
    ['UserDat', ['UserData'], 'UserData'],
    ['Foo', ['HostName', 'ImageId'], undefined],
    ['ab', ['ac'], undefined],
    ['', ['HostName'], undefined],
  ] as const)('suggests for %j among %j: %j', (name, known, expected) => {
    expect(suggestName(name, known)).toBe(expected);
  });

  it('answers quickly for a very long name', () => {
    expect(suggestName('x'.repeat(1_000_000), ['HostName'])).toBeUndefined();
  });
});
