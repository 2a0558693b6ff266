import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { packageVersion } from './version.ts';

test('packageVersion reads the version of this package from its manifest', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  expect(packageVersion()).toBe(manifest.version);
  expect(packageVersion()).toMatch(/^\d+\.\d+\.\d+/);
});
