import { relative, sep } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { displayPath } from './displayPath.ts';

const reference = (cwd: string, path: string): string => relative(cwd, path).split(sep).join('/');

test('displayPath gives relative, /-separated paths, as path.relative does', () => {
  const cwd = '/work/repo';
  const show = displayPath(cwd);
  expect(show('/work/repo/examples/good/a.json')).toBe('examples/good/a.json');
  expect(show('/work/other/a.json')).toBe('../other/a.json');
  expect(show('/work/repo')).toBe('');
  expect(show('/work/repository/a.json')).toBe('../repository/a.json');
  expect(displayPath('/')('/tmp/a.json')).toBe('tmp/a.json');
});

test('displayPath reports files outside the working directory through their directory, once per directory', () => {
  const show = displayPath('/work/repo/sub');
  expect(show('/tmp/bench/p1.json')).toBe('../../../tmp/bench/p1.json');
  expect(show('/tmp/bench/p2.json')).toBe('../../../tmp/bench/p2.json');
  expect(show('/work/repo')).toBe('..');
  expect(show('/work/repo/a.json')).toBe('../a.json');
  expect(show('/work/x.json')).toBe('../../x.json');
  expect(show('/x.json')).toBe('../../../x.json');
});

const segment = fc.constantFrom('a', 'b.json', '.', '..', '', ' x', '.hidden', 'repo', 'work');
const absolute = fc.array(segment, { maxLength: 6 }).map((parts) => `/${parts.join('/')}`);

test.prop([absolute.map((path) => reference('/', path) === '' ? '/' : `/${reference('/', path)}`), absolute])(
  'displayPath agrees with path.relative for any normalized working directory and any absolute path',
  (cwd, path) => {
    expect(displayPath(cwd)(path)).toBe(reference(cwd, path));
  },
);

test.prop([absolute.map((path) => reference('/', path) === '' ? '/' : `/${reference('/', path)}`), fc.array(absolute, { maxLength: 8 })])(
  'displayPath agrees with path.relative over a run of paths, repeated directories included',
  (cwd, paths) => {
    const show = displayPath(cwd);
    for (const path of [...paths, ...paths.toReversed()]) expect(show(path)).toBe(reference(cwd, path));
  },
);
