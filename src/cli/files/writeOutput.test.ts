import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeOutput } from './writeOutput.ts';

const dir = mkdtempSync(join(tmpdir(), 'write-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeOutput', () => {
  test('creates a missing file with the text as UTF-8', () => {
    const path = join(dir, 'new.json');
    writeOutput(path, '{"message": "请填写 ✓"}\n');
    expect(readFileSync(path, 'utf8')).toBe('{"message": "请填写 ✓"}\n');
  });

  test('replaces a longer file without leaving its tail, and a shorter one whole', () => {
    const path = join(dir, 'again.json');
    writeFileSync(path, 'x'.repeat(10_000));
    writeOutput(path, 'short');
    expect(readFileSync(path, 'utf8')).toBe('short');
    expect(statSync(path).size).toBe(5);
    writeOutput(path, 'y'.repeat(70_000));
    expect(readFileSync(path, 'utf8')).toBe('y'.repeat(70_000));
    writeOutput(path, '');
    expect(statSync(path).size).toBe(0);
  });

  test('writes to a device without cutting it', () => {
    if (existsSync('/dev/null')) expect(() => writeOutput('/dev/null', 'text')).not.toThrow();
  });

  test('throws what writeFileSync throws for a directory', () => {
    const path = join(dir, 'folder');
    mkdirSync(path);
    expect(() => writeOutput(path, 'text')).toThrow(expect.objectContaining({ code: 'EISDIR' }));
  });
});
