import { describe, expect, test } from 'vitest';
import { MAX_ALIAS_NODES, MAX_YAML_CHARS, readYaml } from './readYaml.ts';

describe('readYaml', () => {
  test('reads one document and locates keys and values', () => {
    const file = readYaml('InstanceId: ins-1\nLoginSettings:\n  Password: short\n');
    expect(file.problems).toEqual([]);
    const [request] = file.requests;
    expect(request?.prefix).toEqual([]);
    expect(request?.value).toEqual({ InstanceId: 'ins-1', LoginSettings: { Password: 'short' } });
    expect(request?.locate(['LoginSettings', 'Password'])).toEqual({ line: 3, column: 3, endLine: 3, endColumn: 18 });
    expect(request?.locate(['LoginSettings'])).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 14 });
  });

  test('gives each document of a stream its index, and each list element its own', () => {
    const file = readYaml('InstanceId: a\n---\n- InstanceId: b\n- InstanceId: c\n');
    expect(file.requests.map((request) => request.prefix)).toEqual([[0], [1, 0], [1, 1]]);
    expect(file.requests[2]?.locate(['InstanceId'])).toMatchObject({ line: 4, column: 3 });
  });

  test('reports a broken document with a text-free reason and keeps the others', () => {
    const file = readYaml('InstanceId: a\n---\nPassword: [Secret#1\n');
    expect(file.requests).toHaveLength(1);
    expect(file.problems).toHaveLength(1);
    expect(file.problems[0]?.prefix).toEqual([1]);
    expect(file.problems[0]?.reason).not.toContain('Secret');
    expect(file.problems[0]?.range.line).toBeGreaterThanOrEqual(3);
  });

  test('turns an alias bomb into a problem', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => {
      const name = String.fromCharCode(98 + i);
      const prev = String.fromCharCode(97 + i);
      return `${name}: &${name} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`;
    })].join('\n');
    expect(readYaml(bomb).problems[0]?.reason).toBe('excessive aliases');
  });

  test('refuses more anchors and aliases than the gate, and text over the size limit, each as one problem', () => {
    const aliases = Array.from({ length: MAX_ALIAS_NODES }, (_, index) => `a${index}: &x${index} v\nb${index}: *x${index}\n`).join('');
    expect(readYaml(aliases).problems.map((problem) => problem.reason)).toEqual(['too many anchors and aliases']);
    expect(readYaml('- a\n'.repeat(MAX_YAML_CHARS / 4 + 1)).problems).toHaveLength(1);
  });

  test('reports repeated keys with their file-level path and lints the document', () => {
    const file = readYaml('a: 1\n---\nb: 1\nc: {d: 1, d: 2}\nb: 2\n');
    expect(file.requests).toHaveLength(2);
    expect(file.duplicates?.map((duplicate) => [duplicate.path, duplicate.range.line])).toEqual([[[1, 'b'], 5], [[1, 'c', 'd'], 4]]);
  });
});
