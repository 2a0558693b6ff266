import { describe, expect, it } from 'vitest';
import { createChecker } from './createChecker.ts';
import type { Checker } from './types.ts';
import { FIXTURE_SPEC } from '../../test/fixtures/spec.ts';

const check = createChecker(FIXTURE_SPEC);
const run = (payload: unknown) =>
  check(payload, { os: undefined }).map(({ finding, path }) => `${finding.severity ?? ''}${finding.rule} ${path.join('.')}`);

describe('createChecker', () => {
  it('accepts a valid payload', () => {
    expect(run({ name: 'abc', mode: 'a', size: 3, flag: false, tags: [{ key: 'k' }], login: { password: 'x' } })).toEqual([]);
  });

  it('reports a non-object payload at the root', () => {
    expect(run(null)).toEqual(['parameter/type ']);
    expect(run([{ name: 'a' }])).toEqual(['parameter/type ']);
  });

  it('reports unknown keys first, with the unknown severity, then missing required keys', () => {
    expect(run({ Name: 'x' })).toEqual(['warningparameter/unknown <redacted key 0>', 'parameter/required name']);
  });

  it('suggests a near name for an unknown parameter only when given a suggester, with the names known at its level', () => {
    const unknown = (options: Parameters<typeof createChecker>[1]) =>
      createChecker(FIXTURE_SPEC, options)({ Name: 'x', login: { Password: 'p' } }, { os: undefined })
        .filter(({ finding }) => finding.rule === 'parameter/unknown')
        .map(({ finding }) => finding.params);
    expect(unknown({})).toEqual([{ redacted: true }, { redacted: true }]);
    const seen: string[] = [];
    const suggest = (name: string, known: readonly string[]) => (seen.push(known.join()), name.toLowerCase());
    expect(unknown({ suggest })).toEqual([
      { redacted: true, suggestion: 'name' },
      { redacted: true, suggestion: 'password' },
    ]);
    expect(seen).toEqual(['name,mode,size,flag,tags,login', 'password']);
    // The key is quoted only where the quote option allows it, and only when a near name was found.
    expect(unknown({ suggest, quote: (key) => key === 'Name' })).toEqual([
      { name: 'Name', suggestion: 'name' },
      { redacted: true, suggestion: 'password' },
    ]);
    expect(unknown({ quote: () => true })).toEqual([{ redacted: true }, { redacted: true }]);
  });

  it('never puts an unknown key in a path: a placeholder by its position, the key as written beside it', () => {
    const found = check({ name: 'a', 'Xk9&Zr7': 1, login: { password: 'p', Zr7Wv4: 2 } }, { os: undefined });
    expect(found.map(({ path, sourcePath }) => [path, sourcePath])).toEqual([
      [['<redacted key 1>'], ['Xk9&Zr7']],
      [['login', '<redacted key 1>'], ['login', 'Zr7Wv4']],
    ]);
  });

  it('checks types, enums and field rules at their paths', () => {
    expect(run({ name: 'abcd', mode: 'c', size: 1.5, flag: 'yes' })).toEqual([
      'instance-name/length name',
      'parameter/enum mode',
      'parameter/type size',
      'parameter/type flag',
    ]);
    expect(run({ name: 'a', size: 0 })).toEqual(['system-disk/size size']);
  });

  it('treats empty arrays and objects as absent, but checks elements that are empty objects', () => {
    expect(run({ name: 'a', tags: [], login: {} })).toEqual([]);
    expect(run({ name: 'a', tags: [{}] })).toEqual(['parameter/required tags.0.key']);
    expect(run({ name: 'a', tags: [undefined] })).toEqual(['parameter/type tags.0']);
  });

  it('treats null as absent at every depth, but not as an array element', () => {
    expect(run({ name: 'a', mode: null, size: null, flag: null, tags: null, login: null })).toEqual([]);
    expect(run({ name: null })).toEqual(['parameter/required name']);
    expect(run({ name: 'a', tags: [{ key: null }] })).toEqual(['parameter/required tags.0.key']);
    expect(run({ name: 'a', login: { password: null } })).toEqual([]);
    expect(run({ name: 'a', tags: [null] })).toEqual(['parameter/type tags.0']);
  });

  it('does not report an unknown key whose value is null: it is not given', () => {
    expect(run({ name: 'a', Name: null, login: { Password: null } })).toEqual([]);
    expect(run({ name: 'a', Name: '' })).toEqual(['warningparameter/unknown <redacted key 1>']);
  });

  it('counts array elements and runs list and object checks with relative paths', () => {
    expect(run({ name: 'a', tags: [{ key: 'a' }, { key: 'b' }, { key: 'c' }] })).toEqual(['parameter/count tags']);
    expect(run({ name: 'a', tags: [{ key: 'a' }, { key: 'a' }] })).toEqual(['metadata/duplicate-key tags.1.key']);
    expect(run({ name: 'a', login: { password: 'warn' } })).toEqual(['credentials/ignored login.password']);
  });

  it('runs payload checks with absolute paths', () => {
    expect(run({ name: 'a', mode: 'b', flag: true })).toEqual(['credentials/conflict flag']);
  });

  it('ignores inherited properties and never mutates the payload', () => {
    const payload = Object.freeze(Object.create({ name: 'inherited' }) as object);
    expect(run(payload)).toEqual(['parameter/type ']);
    const frozen = Object.freeze({ name: 'a', tags: Object.freeze([Object.freeze({ key: 'k' })]) });
    expect(run(frozen)).toEqual([]);
  });

  it('reads only own enumerable keys, as JSON.stringify sends them', () => {
    const hidden = Object.defineProperty({ name: 'a' }, 'mode', { value: 'zzz', enumerable: false });
    expect(run(hidden)).toEqual([]);
    expect(run(JSON.parse('{"name":"a","__proto__":{"x":1}}'))).toEqual(['warningparameter/unknown <redacted key 1>']);
  });

  it('reports the same after a read threw midway, and when a rule re-enters the same checker', () => {
    const boom = Object.defineProperty({ name: 'a', mode: 'c' }, 'size', { get: () => { throw new Error('boom'); }, enumerable: true });
    expect(run(boom)).toEqual(['parameter/type ']);
    expect(run({ name: 'abcd', mode: 'c' })).toEqual(['instance-name/length name', 'parameter/enum mode']);
    const inner: string[][] = [];
    // A payload rule that walks a second payload with the very checker that runs it, while that checker's walk is open.
    const reentrant: Checker = createChecker({
      ...FIXTURE_SPEC,
      checks: [
        (payload) => {
          if (payload['name'] === 'a') inner.push(reentrant({ name: 'abcd', flag: 'x', login: { password: 'p', other: 1 } }, { os: undefined }).map(({ finding, path }) => `${finding.rule} ${path.join('.')}`));
          return [];
        },
      ],
    });
    const outer = (payload: unknown) => reentrant(payload, { os: undefined }).map(({ finding, path }) => `${finding.rule} ${path.join('.')}`);
    expect(outer({ name: 'a', mode: 'c', login: { password: 'p' } })).toEqual(['parameter/enum mode']);
    expect(inner).toEqual([['instance-name/length name', 'parameter/type flag', 'parameter/unknown login.<redacted key 1>']]);
  });

  it('keeps the values of an open object level when a field rule re-enters the checker', () => {
    const self: Checker = createChecker({
      unknownSeverity: 'error',
      checks: [],
      fields: {
        first: { type: 'string', check: (value) => (value === 'outer' ? self({ first: 'inner', second: 1 }, { os: undefined }).map(({ finding }) => finding) : []) },
        second: { type: 'string' },
      },
    });
    const found = self({ first: 'outer', second: 2 }, { os: undefined }).map(({ finding, path }) => `${finding.rule} ${path.join('.')}`);
    expect(found).toEqual(['parameter/type first', 'parameter/type second']);
  });
});
