import { describe, expect, test } from 'vitest';
import { isKnownTimeZone } from './isKnownTimeZone.ts';

describe('isKnownTimeZone', () => {
  test('knows what Intl.DateTimeFormat accepts, beyond what Intl.supportedValuesOf lists', () => {
    for (const zone of ['Asia/Kolkata', 'Europe/Kyiv', 'Etc/UTC', 'Asia/Ho_Chi_Minh', 'Asia/Calcutta', 'Etc/GMT+5', 'US/Pacific']) {
      expect(isKnownTimeZone(zone), zone).toBe(true);
    }
  });

  test('rejects what Intl.DateTimeFormat rejects, and case variants', () => {
    for (const zone of ['Mars/Olympus_Mons', '', 'Asia/Shanghai ', 'ASIA/SHANGHAI', 'asia/kolkata', 'utc', 'Europe/kyiv']) {
      expect(isKnownTimeZone(zone), zone).toBe(false);
    }
  });

  test('never throws and answers the same from its cache', () => {
    for (const zone of ['\u0000', 'a'.repeat(10_000), '../../etc/passwd', 'Asia/Kolkata']) {
      const first = isKnownTimeZone(zone);
      expect(isKnownTimeZone(zone)).toBe(first);
    }
  });
});
