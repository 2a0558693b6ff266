import { describe, expect, it } from 'vitest';
import { unknownAt } from './unknownAt.ts';

const NAMES = ['HostName', 'InstanceId'];

describe('unknownAt', () => {
  it('quotes a key near a known name and suggests it; the path holds its position only', () => {
    expect(unknownAt(undefined, 'error', NAMES, 'Hostname', 3, ['Placement'])).toEqual([
      {
        finding: { rule: 'parameter/unknown', severity: 'error', params: { name: 'Hostname', suggestion: 'HostName' } },
        path: ['Placement', '<redacted key 3>'],
        sourcePath: ['Placement', 'Hostname'],
      },
    ]);
  });

  it('redacts a key near no known name, keeping it only in the source path', () => {
    const [located] = unknownAt(undefined, 'warning', NAMES, 'pa&ss=word', 0, []);
    expect(located?.finding).toEqual({ rule: 'parameter/unknown', severity: 'warning', params: { redacted: true } });
    expect(located?.path).toEqual(['<redacted key 0>']);
    expect(located?.sourcePath).toEqual(['pa&ss=word']);
  });
});
