import { describe, expect, test } from 'vitest';
import { checkTimezone } from './checkTimezone.ts';

describe('checkTimezone', () => {
  test('accepts IANA names the runtime lists, and UTC', () => {
    for (const zone of ['Asia/Shanghai', 'America/Los_Angeles', 'Europe/Berlin', 'UTC']) {
      expect(checkTimezone(zone)).toEqual([]);
    }
  });

  test('warns on names the runtime does not list, including a case change', () => {
    for (const zone of ['asia/shanghai', 'Mars/Olympus_Mons', '', ' Asia/Shanghai', 'Asia/Shanghai ']) {
      expect(checkTimezone(zone)).toEqual([{ rule: 'timezone/unknown', severity: 'warning', params: {} }]);
    }
  });

  test('checks against the given list', () => {
    const known = new Set(['Asia/Shanghai']);
    expect(checkTimezone('Asia/Shanghai', known)).toEqual([]);
    expect(checkTimezone('Europe/Berlin', known)).toHaveLength(1);
  });

  test('stays silent when the runtime lists no zones', () => {
    expect(checkTimezone('anything', null)).toEqual([]);
  });
});
