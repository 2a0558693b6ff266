import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkPasswordUsername, type UsernamePolicy } from './checkPasswordUsername.ts';

const WINDOWS: UsernamePolicy = { name: 'Administrator', reverse: true, runLength: 3, foldedSeverity: 'warning' };
const LINUX: UsernamePolicy = { name: 'root', reverse: true, severity: 'warning', foldedSeverity: 'warning' };

const severityOf = (policy: UsernamePolicy, value: string) => checkPasswordUsername(policy, value).map((finding) => finding.severity ?? 'error');

describe('checkPasswordUsername', () => {
  test('the whole name, its reverse and every run of runLength characters are errors in the name’s case', () => {
    for (const part of ['Administrator', 'rotartsinimdA', 'Adm', 'dmi', 'min', 'ini', 'nis', 'ist', 'str', 'tra', 'rat', 'ato', 'tor']) {
      expect(checkPasswordUsername(WINDOWS, `Xy7!${part}9`), part).toEqual([
        { rule: 'password/contains-username', severity: 'error', params: { name: 'Administrator', reverse: true, runLength: 3 } },
      ]);
    }
  });

  test('a match found only when case is ignored takes foldedSeverity and says so', () => {
    expect(checkPasswordUsername(WINDOWS, 'Xy7!ADM9')).toEqual([
      { rule: 'password/contains-username', severity: 'warning', params: { name: 'Administrator', reverse: true, runLength: 3, folded: true } },
    ]);
    const { foldedSeverity: _folded, ...exactOnly } = WINDOWS;
    expect(checkPasswordUsername(exactOnly, 'Xy7!ADM9')).toEqual([]);
  });

  test('runs of the reversed name and shorter runs are not banned', () => {
    expect(checkPasswordUsername(WINDOWS, 'Xy7!rot9')).toEqual([]);
    expect(checkPasswordUsername(WINDOWS, 'Ad!mi9Xtr')).toEqual([]);
  });

  test('without runLength only the whole name and its reverse count', () => {
    expect(severityOf(LINUX, 'Pass-root-1')).toEqual(['warning']);
    expect(severityOf(LINUX, 'Pass-toor-1')).toEqual(['warning']);
    expect(severityOf(LINUX, 'Pass-ROOT-1')).toEqual(['warning']);
    expect(severityOf(LINUX, 'Pass-roo-1')).toEqual([]);
    expect(severityOf({ ...LINUX, reverse: false }, 'Pass-toor-1')).toEqual([]);
  });

  test('an empty name bans nothing', () => {
    expect(checkPasswordUsername({ name: '', reverse: true, runLength: 3 }, 'anything')).toEqual([]);
  });

  test('never names the password or the part of it that matched', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (value) => {
        for (const finding of checkPasswordUsername(WINDOWS, value)) {
          expect(Object.keys(finding.params ?? {}).sort()).toEqual(finding.params?.['folded'] ? ['folded', 'name', 'reverse', 'runLength'] : ['name', 'reverse', 'runLength']);
          expect(finding.params?.['name']).toBe('Administrator');
        }
      }),
    );
  });

  test('reports exactly when a banned part occurs, in either case', () => {
    const parts = ['Administrator', 'rotartsinimdA', ...Array.from({ length: 11 }, (_, index) => 'Administrator'.slice(index, index + 3))];
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (value) => {
        const exact = parts.some((part) => value.includes(part));
        const folded = parts.some((part) => value.toLowerCase().includes(part.toLowerCase()));
        expect(severityOf(WINDOWS, value)).toEqual(exact ? ['error'] : folded ? ['warning'] : []);
      }),
      { numRuns: 500 },
    );
  });
});
