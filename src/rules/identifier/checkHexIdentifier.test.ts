import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkHexIdentifier, type HexIdentifierPolicy } from './checkHexIdentifier.ts';

const UUID: HexIdentifierPolicy = { groups: [8, 4, 4, 4, 12] };
const PATH_UUID: HexIdentifierPolicy = { groups: [8, 4, 4, 4, 12], severity: 'warning', pathSegment: true };
const HEX32: HexIdentifierPolicy = { groups: [32], severity: 'warning' };

describe('checkHexIdentifier', () => {
  test('accepts UUIDs in either case and 32 hex digits', () => {
    expect(checkHexIdentifier(UUID, 'b0a9d2b4-2cae-4b66-a6ba-6af70f3bd7f8')).toEqual([]);
    expect(checkHexIdentifier(UUID, 'B0A9D2B4-2CAE-4B66-A6BA-6AF70F3BD7F8')).toEqual([]);
    expect(checkHexIdentifier(HEX32, '0123456789abcdef0123456789abcdef')).toEqual([]);
  });

  test('reports another shape with the policy severity, naming the groups', () => {
    const shape = { rule: 'identifier/format', severity: 'error', params: { groups: '8-4-4-4-12', part: 'shape' } };
    for (const value of ['', 'b0a9d2b42cae4b66a6ba6af70f3bd7f8', 'b0a9d2b4-2cae-4b66-a6ba-6af70f3bd7f', 'g0a9d2b4-2cae-4b66-a6ba-6af70f3bd7f8', 'b0a9d2b4-2cae-4b66-a6ba-6af70f3bd7f8a', 'b0a9d2b4_2cae-4b66-a6ba-6af70f3bd7f8']) {
      expect(checkHexIdentifier(UUID, value), value).toEqual([shape]);
    }
    expect(checkHexIdentifier(HEX32, 'abc')).toEqual([{ rule: 'identifier/format', severity: 'warning', params: { groups: '32', part: 'shape' } }]);
  });

  test('a path segment holding a URL-moving character is an error whatever the shape severity', () => {
    for (const value of ['a/b', 'srv?x=1', 'a#b', 'a%2F', 'a b', 'a\tb', '\u0000', 'b0a9d2b4-2cae-4b66-a6ba-6af70f3bd7f8/']) {
      expect(checkHexIdentifier(PATH_UUID, value), JSON.stringify(value)).toEqual([{ rule: 'identifier/format', params: { groups: '8-4-4-4-12', part: 'url' } }]);
    }
    expect(checkHexIdentifier(PATH_UUID, '')).toEqual([{ rule: 'identifier/format', severity: 'error', params: { groups: '8-4-4-4-12', part: 'shape' } }]);
    expect(checkHexIdentifier(PATH_UUID, 'not-a-uuid')).toEqual([{ rule: 'identifier/format', severity: 'warning', params: { groups: '8-4-4-4-12', part: 'shape' } }]);
  });

  test('accepts every UUID and never echoes the value', () => {
    fc.assert(
      fc.property(fc.uuid(), (value) => {
        expect(checkHexIdentifier(UUID, value)).toEqual([]);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (value) => {
        for (const finding of checkHexIdentifier(PATH_UUID, value)) {
          expect(finding.params?.['groups']).toBe('8-4-4-4-12');
          expect(['url', 'shape']).toContain(finding.params?.['part']);
          expect(Object.keys(finding.params ?? {})).toEqual(['groups', 'part']);
        }
      }),
    );
  });
});
