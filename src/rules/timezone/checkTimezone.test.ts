import { describe, expect, test } from 'vitest';
import { checkTimezone } from './checkTimezone.ts';

describe('checkTimezone', () => {
  test('accepts IANA names the runtime accepts, including current names it does not list', () => {
    for (const zone of ['Asia/Shanghai', 'America/Los_Angeles', 'UTC', 'Asia/Kolkata', 'Europe/Kyiv', 'Etc/UTC', 'Asia/Ho_Chi_Minh']) {
      expect(checkTimezone(zone)).toEqual([]);
    }
  });

  test('warns on names the runtime rejects or that differ from the database in case', () => {
    for (const zone of ['asia/shanghai', 'asia/kolkata', 'Mars/Olympus_Mons', '', ' Asia/Shanghai', 'Asia/Shanghai ']) {
      expect(checkTimezone(zone)).toEqual([{ rule: 'timezone/unknown', severity: 'warning', params: {} }]);
    }
  });

  test('checks with the given predicate', () => {
    const isKnown = (name: string) => name === 'Asia/Shanghai';
    expect(checkTimezone('Asia/Shanghai', isKnown)).toEqual([]);
    expect(checkTimezone('Europe/Berlin', isKnown)).toHaveLength(1);
  });

  test('stays silent when the runtime cannot tell', () => {
    expect(checkTimezone('anything', () => undefined)).toEqual([]);
  });
});
