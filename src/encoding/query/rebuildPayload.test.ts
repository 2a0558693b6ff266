import { describe, expect, test } from 'vitest';
import type { QueryParameter } from './types.ts';
import { rebuildPayload } from './rebuildPayload.ts';
import { RESET_INSTANCE } from '../../schemas/tencent/resetInstance.ts';

const pairs = (query: Record<string, string> | [string, string][]): QueryParameter[] =>
  (Array.isArray(query) ? query : Object.entries(query)).map(([key, value]) => ({ key, value, plusInValue: false }));

const flattening = (reason: string, key: string, path: (string | number)[], index?: number) => ({
  finding: { rule: 'parameter/flattening', params: index === undefined ? { reason, key } : { reason, key, index } },
  path,
});

/** A finding whose key is hidden: unnamed, at the placeholder path, with the path as written beside it. */
const redacted = (reason: string, path: (string | number)[], sourcePath: (string | number)[]) => ({
  finding: { rule: 'parameter/flattening', params: { reason, redacted: true } },
  path,
  sourcePath,
});

describe('rebuildPayload', () => {
  test('counts list indexes from the spec\'s listBase: 1 rebuilds Arn.1 as element 0, and 0 is then no index', () => {
    const spec = { fields: { Arn: { type: 'array' as const, items: { type: 'object' as const, fields: { RoleType: { type: 'string' as const } } } } }, unknownSeverity: 'warning' as const, checks: [], listBase: 1 as const };
    expect(rebuildPayload(pairs({ 'Arn.2.RoleType': 'b', 'Arn.1.RoleType': 'a' }), spec)).toEqual({ payload: { Arn: [{ RoleType: 'a' }, { RoleType: 'b' }] }, findings: [], plusPaths: [] });
    const gap = rebuildPayload(pairs({ 'Arn.1.RoleType': 'a', 'Arn.3.RoleType': 'c' }), spec);
    expect(gap.findings).toEqual([{ finding: { rule: 'parameter/flattening', params: { reason: 'gap', key: 'Arn', index: 2, first: 1 } }, path: ['Arn'] }]);
    expect(gap.payload).toEqual({ Arn: [{ RoleType: 'a' }] });
    const zero = rebuildPayload(pairs({ 'Arn.0.RoleType': 'a' }), spec);
    expect(zero.findings).toEqual([{ finding: { rule: 'parameter/flattening', params: { reason: 'index', key: 'Arn.0', first: 1 } }, path: ['Arn', 0] }]);
  });

  test('rebuilds nested objects and lists and coerces only where the spec expects it', () => {
    const { payload, findings } = rebuildPayload(
      pairs({
        InstanceId: 'ins-r8hr2upy',
        'SystemDisk.DiskSize': '60',
        'LoginSettings.KeyIds.1': 'skey-bbbbbbbb',
        'LoginSettings.KeyIds.0': 'skey-aaaaaaaa',
        'LoginSettings.KeepImageLogin': 'TRUE',
        'EnhancedService.SecurityService.Enabled': 'TRUE',
        'EnhancedService.MonitorService.Enabled': 'false',
      }),
      RESET_INSTANCE,
    );
    expect(findings).toEqual([]);
    expect(payload).toEqual({
      InstanceId: 'ins-r8hr2upy',
      SystemDisk: { DiskSize: 60 },
      LoginSettings: { KeyIds: ['skey-aaaaaaaa', 'skey-bbbbbbbb'], KeepImageLogin: 'TRUE' },
      EnhancedService: { SecurityService: { Enabled: true }, MonitorService: { Enabled: false } },
    });
  });

  test('a value that is not the expected form stays text, for the checker to report', () => {
    const { payload } = rebuildPayload(pairs({ 'SystemDisk.DiskSize': 'big', 'Foo.0': '1' }), RESET_INSTANCE);
    expect(payload).toEqual({ SystemDisk: { DiskSize: 'big' }, Foo: { 0: '1' } });
  });

  test('a non-numeric or zero-padded list index is a finding at its nested path', () => {
    const { payload, findings } = rebuildPayload(
      pairs({ 'LoginSettings.KeyIds.x': 'skey-aaaaaaaa', 'LoginSettings.KeyIds.01': 'skey-bbbbbbbb' }),
      RESET_INSTANCE,
    );
    // Neither "x" nor "01" is a parameter: either may be text split off a password, so neither is shown.
    expect(findings).toEqual([
      redacted('index', ['LoginSettings', 'KeyIds', '<redacted key 0>'], ['LoginSettings', 'KeyIds', 'x']),
      redacted('index', ['LoginSettings', 'KeyIds', '<redacted key 1>'], ['LoginSettings', 'KeyIds', '01']),
    ]);
    expect(payload).toEqual({ LoginSettings: { KeyIds: [] } });
  });

  test('a gap is a finding at the list; elements before it are kept', () => {
    const { payload, findings } = rebuildPayload(
      pairs({ 'LoginSettings.KeyIds.0': 'skey-aaaaaaaa', 'LoginSettings.KeyIds.2': 'skey-cccccccc' }),
      RESET_INSTANCE,
    );
    expect(findings).toEqual([flattening('gap', 'LoginSettings.KeyIds', ['LoginSettings', 'KeyIds'], 1)]);
    expect(payload).toEqual({ LoginSettings: { KeyIds: ['skey-aaaaaaaa'] } });
  });

  test('a key that is both a value and an object is a finding, in either order; the object is kept', () => {
    for (const order of [
      [['LoginSettings', 'x'], ['LoginSettings.Password', 'y']],
      [['LoginSettings.Password', 'y'], ['LoginSettings', 'x']],
    ] as [string, string][][]) {
      const { payload, findings } = rebuildPayload(pairs(order), RESET_INSTANCE);
      expect(findings).toEqual([flattening('conflict', 'LoginSettings', ['LoginSettings'])]);
      expect(payload).toEqual({ LoginSettings: { Password: 'y' } });
    }
  });

  test('a repeated key is a finding at its path; the first value is kept', () => {
    const { payload, findings } = rebuildPayload(
      pairs([
        ['SystemDisk.DiskSize', '60'],
        ['SystemDisk.DiskSize', '80'],
        ['SystemDisk.DiskSize', '90'],
      ]),
      RESET_INSTANCE,
    );
    expect(findings).toEqual([flattening('repeated', 'SystemDisk.DiskSize', ['SystemDisk', 'DiskSize'])]);
    expect(payload).toEqual({ SystemDisk: { DiskSize: 60 } });
  });

  test('an empty key part is a finding at the parameter it names, or at a placeholder for a key the API lacks', () => {
    const { payload, findings } = rebuildPayload(pairs({ 'LoginSettings..Password': 'x', '.A': 'y' }), RESET_INSTANCE);
    expect(findings).toEqual([
      { ...flattening('empty-segment', 'LoginSettings..Password', ['LoginSettings', 'Password']), sourcePath: ['LoginSettings..Password'] },
      redacted('empty-segment', ['<redacted key 1>'], ['.A']),
    ]);
    expect(payload).toEqual({});
  });

  test('a key the API lacks is hidden in the path; with a suggester a misspelt last key is quoted in the message', () => {
    const query = pairs([
      ['Zr7Wv4Lp.Xk9Tq2', '1'],
      ['Zr7Wv4Lp.Xk9Tq2', '2'],
      ['LoginSetings.Password', 'a'],
      ['LoginSetings.Password', 'b'],
    ]);
    expect(rebuildPayload(query, RESET_INSTANCE).findings).toEqual([
      redacted('repeated', ['<redacted key 0>'], ['Zr7Wv4Lp', 'Xk9Tq2']),
      redacted('repeated', ['<redacted key 1>'], ['LoginSetings', 'Password']),
    ]);
    const suggest = (name: string) => (name === 'Pasword' ? 'Password' : undefined);
    expect(rebuildPayload(pairs([['LoginSettings.Pasword', 'a'], ['LoginSettings.Pasword', 'b']]), RESET_INSTANCE, [], suggest).findings).toEqual([
      {
        finding: { rule: 'parameter/flattening', params: { reason: 'repeated', key: 'LoginSettings.Pasword' } },
        path: ['LoginSettings', '<redacted key 0>'],
        sourcePath: ['LoginSettings', 'Pasword'],
      },
    ]);
  });

  test('a key named __proto__ stays an own key and never touches a prototype', () => {
    const { payload } = rebuildPayload(pairs({ '__proto__.polluted': 'yes' }), RESET_INSTANCE);
    expect(Object.keys(payload)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('ignored transport keys never reach the payload; + paths are reported', () => {
    const decoded = rebuildPayload(
      [
        { key: 'Signature', value: 'abc', plusInValue: true },
        { key: 'LoginSettings.Password', value: 'a b', plusInValue: true },
      ],
      RESET_INSTANCE,
      ['Signature'],
    );
    expect(decoded.payload).toEqual({ LoginSettings: { Password: 'a b' } });
    expect(decoded.plusPaths).toEqual([['LoginSettings', 'Password']]);
  });
});
