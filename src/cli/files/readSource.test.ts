import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { readSource } from './readSource.ts';

const dir = mkdtempSync(join(tmpdir(), 'instance-preflight-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

test('readSource reads files whole, across reads of many sizes, and never returns bytes of an earlier file', () => {
  const large = 'é'.repeat(150_000);
  expect(readSource(file('large.json', large), 10 * 1024 * 1024)).toEqual({ text: large });
  expect(readSource(file('small.json', '{"a":1}'), 10 * 1024 * 1024)).toEqual({ text: '{"a":1}' });
  expect(readSource(file('empty.json', ''), 10 * 1024 * 1024)).toEqual({ text: '' });
});

test('readSource refuses a file over the limit with its size, and takes one at the limit', () => {
  const path = file('limit.json', 'x'.repeat(2048));
  expect(readSource(path, 2048)).toEqual({ text: 'x'.repeat(2048) });
  expect(readSource(path, 2047)).toEqual({ problem: 'too-large', size: 2048 });
  expect(readSource(file('big.json', 'y'.repeat(300_000)), 100_000)).toEqual({ problem: 'too-large', size: 300_000 });
  expect(readSource(path, 0)).toEqual({ problem: 'too-large', size: 2048 });
});

test('readSource reports a missing path, a directory, a pipe or a device as unreadable, with the reason', () => {
  expect(readSource(join(dir, 'missing.json'), 1024)).toEqual({ problem: 'unreadable', reason: 'ENOENT' });
  expect(readSource(join(dir, 'small.json', 'below.json'), 1024)).toEqual({ problem: 'unreadable', reason: 'ENOTDIR' });
  expect(readSource(dir, 1024)).toEqual({ problem: 'unreadable', reason: 'EISDIR' });
  expect(readSource('/dev/zero', 1024)).toEqual({ problem: 'unreadable', reason: 'device' });
  const fifo = join(dir, 'pipe.json');
  execFileSync('mkfifo', [fifo]);
  expect(readSource(fifo, 1024)).toEqual({ problem: 'unreadable', reason: 'fifo' });
});

test('readSource trusts a directory walk that saw a regular file, and a path swapped since still never blocks or runs past the limit', () => {
  expect(readSource(file('walked.json', '{"b":2}'), 1024, true)).toEqual({ text: '{"b":2}' });
  expect(readSource(dir, 1024, true)).toEqual({ problem: 'unreadable', reason: 'EISDIR' });
  expect(readSource('/dev/zero', 1024, true)).toEqual({ problem: 'too-large', size: 1025 });
  const fifo = join(dir, 'swapped.json');
  execFileSync('mkfifo', [fifo]);
  expect(readSource(fifo, 1024, true)).toEqual({ text: '' });
});
