import { expect, test } from 'vitest';
import { knownTimeZones } from './knownTimeZones.ts';

test('lists the runtime zones plus UTC, built once', () => {
  const zones = knownTimeZones();
  expect(zones?.has('Asia/Shanghai')).toBe(true);
  expect(zones?.has('UTC')).toBe(true);
  expect(zones?.size).toBe(new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']).size);
  expect(knownTimeZones()).toBe(zones);
});
