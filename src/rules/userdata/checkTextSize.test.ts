import { describe, expect, it } from 'vitest';
import { checkTextSize } from './checkTextSize.ts';

describe('checkTextSize', () => {
  it('passes text of at most max bytes, however many characters that is', () => {
    expect(checkTextSize(12, 'a'.repeat(12))).toEqual([]);
    expect(checkTextSize(12, '字'.repeat(4))).toEqual([]);
  });

  it('warns with the measured size where the length alone cannot decide', () => {
    expect(checkTextSize(12, '字'.repeat(5))).toEqual([{ rule: 'userdata/size', severity: 'warning', params: { max: 12, unit: 'utf8-bytes', actual: 15 } }]);
  });

  it('warns without measuring text longer than max characters', () => {
    expect(checkTextSize(12, 'a'.repeat(13))).toEqual([{ rule: 'userdata/size', severity: 'warning', params: { max: 12, unit: 'utf8-bytes' } }]);
  });
});
