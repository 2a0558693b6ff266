import { describe, expect, test } from 'vitest';
import { decodeUserdata } from './decodeUserdata.ts';

describe('decodeUserdata', () => {
  test('decodes JD’s own unpadded example', () => {
    expect(decodeUserdata('IyEvYmluL2Jhc2gKZWNobyAnMTIzJw')).toBe("#!/bin/bash\necho '123'");
  });

  test('decodes UTF-8 and keeps a byte-order mark as text', () => {
    expect(decodeUserdata('5L2g5aW9')).toBe('你好');
    expect(decodeUserdata('77u/IyE=')).toBe('\uFEFF#!');
  });

  test.each(['IyEv YmluL2Jhc2g=', 'IyEvYmluL2Jhc2g-', '/w==', 'A'])('rejects %j (not strict Base64 of UTF-8)', (value) => {
    expect(decodeUserdata(value)).toBeUndefined();
  });
});
