import { describe, expect, it } from 'vitest';
import type { PathSegment } from '../../src/errors/issue.ts';
import type { FieldMap, FieldSpec } from '../../src/engine/spec/types.ts';
import { apis } from '../../src/apis.ts';
import { aboutKey } from '../../src/engine/spec/aboutKey.ts';

/** Every wire path a spec has, list elements as `0`: each needs an about entry. */
function specPaths(fields: FieldMap, prefix: readonly PathSegment[] = []): PathSegment[][] {
  return Object.entries(fields).flatMap(([name, field]) => fieldPaths(field, [...prefix, name]));
}

function fieldPaths(field: FieldSpec, path: PathSegment[]): PathSegment[][] {
  if (field.type === 'object') return [path, ...specPaths(field.fields, path)];
  if (field.type === 'array') return [path, ...fieldPaths(field.items, [...path, 0])];
  return [path];
}

describe.each(apis.map((api) => [api.id, api] as const))('%s about object', (_id, api) => {
  const paths = specPaths(api.payload.fields);
  const keys = paths.map(aboutKey);

  it('describes every parameter of the spec, at every depth', () => {
    for (const key of keys) {
      expect(Object.hasOwn(api.about.fields, key), key).toBe(true);
      expect(api.about.fields[key]?.description, key).toMatch(/\S/);
    }
  });

  it('names no path the spec does not have', () => {
    expect(Object.keys(api.about.fields).filter((key) => !keys.includes(key))).toEqual([]);
  });

  it('uses wire names without "." or "[", so each key names one path', () => {
    for (const path of paths) {
      for (const segment of path) if (typeof segment === 'string') expect(segment, aboutKey(path)).not.toMatch(/[.[]/);
    }
  });
});
