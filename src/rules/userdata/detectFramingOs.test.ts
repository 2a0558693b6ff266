import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { detectFramingOs } from './detectFramingOs.ts';
import type { FramingPolicy } from './types.ts';

/** Any code point, lone surrogates included: the strings `unit: 'binary'` gives, without its ~1 s set-up per file. */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code));

const JD: FramingPolicy = {
  shebangs: ['#!/bin/bash', '#!/usr/bin/env python'],
  disputedShebangs: ['#!/usr/bin/env python3'],
  tagPairs: [
    ['<cmd>', '</cmd>'],
    ['<powershell>', '</powershell>'],
  ],
};

describe('detectFramingOs', () => {
  test.each([
    ['#!/bin/bash\necho hi', 'linux'],
    ['#!/bin/bash -x', 'linux'],
    ['#!/usr/bin/env python3\nprint(1)', 'linux'],
    ["#!/bin/bash\necho '123'", 'linux'],
    ['<cmd>\necho hi\n</cmd>\r\n', 'windows'],
    ['<powershell>\r\nWrite-Host hi\r\n</powershell>', 'windows'],
    ['\uFEFF#!/bin/bash', undefined],
    ['\n#!/bin/bash', undefined],
    ['<cmd>', undefined],
    ['<cmd>\n</powershell>', undefined],
    ['echo hi', undefined],
    ['', undefined],
  ])('%j is %s', (text, os) => {
    expect(detectFramingOs(JD, text)).toBe(os);
  });

  test('never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyCodePoint, maxLength: 200 }), (text) => {
        expect([undefined, 'linux', 'windows']).toContain(detectFramingOs(JD, text));
      }),
      { numRuns: 500 },
    );
  });

  test('handles a 10 MiB string', () => {
    expect(detectFramingOs(JD, `<cmd>\n${'x'.repeat(10 << 20)}\n</cmd>`)).toBe('windows');
    expect(detectFramingOs(JD, '\n'.repeat(10 << 20))).toBeUndefined();
  });
});
