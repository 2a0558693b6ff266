import { describe, expect, test } from 'vitest';
import { readJson } from './readJson.ts';

describe('readJson', () => {
  test('reads one request and locates its keys', () => {
    const file = readJson('{\n  "InstanceId": "ins-1"\n}');
    expect(file.problems).toEqual([]);
    expect(file.requests).toHaveLength(1);
    const [request] = file.requests;
    expect(request?.value).toEqual({ InstanceId: 'ins-1' });
    expect(request?.prefix).toEqual([]);
    expect(request?.locate(['InstanceId'])).toMatchObject({ line: 2, column: 3 });
  });

  test('reads an array as one request per element, each locating inside itself', () => {
    const file = readJson('[\n{"InstanceId": "a"},\n{"InstanceId": "b"}\n]');
    expect(file.requests.map((request) => request.prefix)).toEqual([[0], [1]]);
    expect(file.requests[1]?.locate(['InstanceId'])).toMatchObject({ line: 3, column: 2 });
  });

  test('places a syntax error at its line and column without echoing the text', () => {
    const file = readJson('{\n  "Password": "Secret#123",\n}');
    expect(file.requests).toEqual([]);
    expect(file.problems).toEqual([
      { range: { line: 3, column: 1, endLine: 3, endColumn: 2 }, reason: 'unexpected token', prefix: [] },
    ]);
  });

  test('reports an empty file as a syntax problem', () => {
    expect(readJson('').problems[0]?.reason).toBe('unexpected end of input');
  });
});
