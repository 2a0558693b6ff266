import { describe, expect, it } from 'vitest';
import { compileField } from './compileSpec.ts';
import { FIXTURE_SPEC } from '../../test/fixtures/spec.ts';

const root = compileField({ type: 'object', fields: FIXTURE_SPEC.fields }, '', []);

describe('compileField', () => {
  it('gives every parameter its constant path and keeps the spec order', () => {
    expect(root.names).toEqual(Object.keys(FIXTURE_SPEC.fields));
    expect(root.fields.map((node) => node.path)).toEqual(root.names.map((name) => [name]));
    const login = root.fields[root.names.indexOf('login')];
    expect(login?.fields.map((node) => node.path)).toEqual([['login', 'password']]);
  });

  it('starts the paths below a list element at the element', () => {
    const tags = root.fields[root.names.indexOf('tags')];
    expect(tags?.items?.path).toEqual([]);
    expect(tags?.items?.fields.map((node) => node.path)).toEqual([['key'], ['secret']]);
  });

  it('builds every node with the same keys in the same order (one hidden class)', () => {
    const shapes = new Set<string>();
    const visit = (node: typeof root): void => {
      shapes.add(Object.keys(node).join());
      node.fields.forEach(visit);
      if (node.items) visit(node.items);
    };
    visit(root);
    expect(shapes.size).toBe(1);
  });
});
