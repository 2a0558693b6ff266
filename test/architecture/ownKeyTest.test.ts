import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, sourceFiles } from './support/files.ts';

/** A module-level binding of `hasOwnProperty`: `const hasOwn = Object.prototype.hasOwnProperty`, or destructured. */
const HELD =
  /^(?:export\s+)?(?:const|let|var)\s+(?:[\w$]+(?:\s*:[^=]+)?\s*=\s*Object\.prototype\.hasOwnProperty|\{[^}]*\bhasOwnProperty\b[^}]*\}\s*=\s*Object\.prototype)\s*;/m;

describe('own-key tests', () => {
  // V8 folds `hasOwnProperty.call(object, key)` inside `for…in` only when it knows the function. esbuild turns every
  // top-level `const` of a bundle into a `var`, which it does not know: held in a module constant, the shipped walk
  // paid a call per key (Tencent (a) 1.78x the floor against 1.45x written out; bench/RESULTS.md, sixth round).
  it('write Object.prototype.hasOwnProperty.call out instead of holding the function in a module-level binding', () => {
    const files = ['src', 'scripts'].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((file) => HELD.test(readFileSync(join(ROOT, file), 'utf8')))).toEqual([]);
  });

  it('recognises the bindings it forbids, and not the prototype itself', () => {
    expect(HELD.test('const hasOwn = Object.prototype.hasOwnProperty;')).toBe(true);
    expect(HELD.test('const { hasOwnProperty } = Object.prototype;')).toBe(true);
    expect(HELD.test('export const own: typeof Object.prototype.hasOwnProperty = Object.prototype.hasOwnProperty;')).toBe(true);
    expect(HELD.test('const OBJECT_PROTOTYPE: unknown = Object.prototype;')).toBe(false);
  });
});
