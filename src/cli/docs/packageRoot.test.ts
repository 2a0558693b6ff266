import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { packageRoot } from './packageRoot.ts';

const work = mkdtempSync(join(tmpdir(), 'instance-preflight-root-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('packageRoot', () => {
  test('finds the repository from this source file', () => {
    expect(packageRoot(import.meta.url)).toBe(new URL('../../../', import.meta.url).pathname.replace(/\/$/, ''));
  });

  test('finds an installed copy from a chunk two levels down, past another package manifest', () => {
    const installed = join(work, 'app', 'node_modules', 'instance-preflight');
    mkdirSync(join(installed, 'dist', 'cli-chunks'), { recursive: true });
    writeFileSync(join(work, 'app', 'package.json'), '{"name":"app"}');
    writeFileSync(join(installed, 'package.json'), '{"name":"instance-preflight"}');
    writeFileSync(join(installed, 'dist', 'cli-chunks', 'package.json'), 'not json');
    expect(packageRoot(pathToFileURL(join(installed, 'dist', 'cli-chunks', 'sarif-X.js')).href)).toBe(installed);
    expect(packageRoot(pathToFileURL(join(installed, 'dist', 'cli.js')).href)).toBe(installed);
  });

  test('is undefined when no manifest of this package is above', () => {
    expect(packageRoot(pathToFileURL(join(work, 'app', 'x.js')).href)).toBeUndefined();
  });
});
