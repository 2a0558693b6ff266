import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkFraming } from './checkFraming.ts';
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
const SHEBANGS = ['#!/bin/bash', '#!/usr/bin/env python'];
const TAGS = ['<cmd>', '</cmd>', '<powershell>', '</powershell>'];

const linux = (reason: string): unknown => ({
  rule: 'userdata/framing',
  params: { os: 'linux', reason, expected: SHEBANGS },
});
const disputed = {
  rule: 'userdata/framing',
  severity: 'warning',
  params: { os: 'linux', reason: 'disputed', expected: SHEBANGS },
};
const windows = { rule: 'userdata/framing', params: { os: 'windows', reason: 'missing', expected: TAGS } };
const windowsOnly = { ...windows, severity: 'warning', os: 'windows', demoted: true };
const linuxOnly = (reason: string): unknown => ({ ...(linux(reason) as object), severity: 'warning', os: 'linux', demoted: true });
const unknown = {
  rule: 'userdata/framing',
  params: { os: 'unknown', reason: 'missing', expected: [...SHEBANGS, ...TAGS] },
};

describe('checkFraming', () => {
  describe('Linux', () => {
    test.each([
      '#!/bin/bash',
      '#!/bin/bash\necho hi',
      '#!/bin/bash\r\necho hi\r\n',
      '#!/bin/bash -x\necho hi',
      '#!/bin/bash -e -u\n',
      '#!/usr/bin/env python\nprint(1)',
      "#!/bin/bash\necho '123'",
    ])('accepts %j, and with the OS unknown warns that a Windows image needs tags', (text) => {
      expect(checkFraming(JD, 'linux', text)).toEqual([]);
      expect(checkFraming(JD, undefined, text)).toEqual([windowsOnly]);
    });

    test.each(['#!/usr/bin/env python3', '#!/usr/bin/env python3\nprint(1)', '#!/usr/bin/env python3 -u\r\n'])(
      'warns on the disputed %j, with or without the OS',
      (text) => {
        expect(checkFraming(JD, 'linux', text)).toEqual([disputed]);
        expect(checkFraming(JD, undefined, text)).toEqual([{ ...disputed, os: 'linux' }, windowsOnly]);
      },
    );

    test.each([
      ['\uFEFF#!/bin/bash\necho', 'bom'],
      ['\xEF\xBB\xBF#!/bin/bash\necho', 'bom'],
      ['\n#!/bin/bash\necho', 'blank-line'],
      ['\r\n#!/bin/bash', 'blank-line'],
      ['', 'missing'],
      ['echo hi', 'missing'],
      [' #!/bin/bash', 'missing'],
      ['#!/bin/bash ', 'ok'],
      ['#!/bin/bash\t-x', 'missing'],
      ['#!/bin/sh', 'missing'],
      ['#!/bin/bashx', 'missing'],
      ['#!/BIN/BASH', 'missing'],
      ['#!/usr/bin/python', 'missing'],
      ['#!/bin/bash\r\r\necho', 'missing'],
      ['<cmd>\necho\n</cmd>', 'missing'],
    ])('%j: %s', (text, reason) => {
      expect(checkFraming(JD, 'linux', text)).toEqual(reason === 'ok' ? [] : [linux(reason)]);
    });
  });

  describe('Windows', () => {
    test.each([
      '<cmd>\necho hi\n</cmd>',
      '<cmd>\n</cmd>',
      '<cmd>\r\necho hi\r\n</cmd>\r\n',
      '<cmd>\necho hi\n</cmd>\n\n\r\n',
      '<powershell>\nWrite-Host hi\n</powershell>',
      '<powershell>\n\n\n</powershell>\n',
    ])('accepts %j, and with the OS unknown warns that a Linux image needs a shebang', (text) => {
      expect(checkFraming(JD, 'windows', text)).toEqual([]);
      expect(checkFraming(JD, undefined, text)).toEqual([linuxOnly('missing')]);
    });

    test.each([
      '',
      '\n',
      '\n\n\n',
      '<cmd>',
      '<cmd>\n',
      '<cmd>\n\n',
      '<cmd></cmd>',
      '<cmd>\necho hi',
      '<cmd>\necho hi\n</powershell>',
      '<powershell>\necho hi\n</cmd>',
      '\n<cmd>\necho hi\n</cmd>',
      '\uFEFF<cmd>\necho hi\n</cmd>',
      '<cmd>\necho hi\n</cmd>\n \n',
      '<cmd> \necho hi\n</cmd>',
      '<CMD>\necho hi\n</CMD>',
      '</cmd>\necho hi\n<cmd>',
      '#!/bin/bash\necho hi',
    ])('rejects %j', (text) => {
      expect(checkFraming(JD, 'windows', text)).toEqual([windows]);
    });
  });

  describe('unknown OS', () => {
    test.each(['', 'echo hi', '\uFEFF#!/bin/bash', '\n#!/bin/bash', '<cmd>', '<cmd>\necho\n</powershell>'])(
      'reports one error for %j',
      (text) => {
        expect(checkFraming(JD, undefined, text)).toEqual([unknown]);
      },
    );
  });

  test('works without disputed shebangs', () => {
    const strict: FramingPolicy = { shebangs: SHEBANGS, tagPairs: JD.tagPairs };
    expect(checkFraming(strict, 'linux', '#!/usr/bin/env python3')).toEqual([linux('missing')]);
  });

  test('reads only the first and the last non-empty lines of a 16 KiB script', () => {
    const body = 'echo x\n'.repeat(16384 / 7);
    expect(checkFraming(JD, 'windows', `<cmd>\n${body}</cmd>\n`)).toEqual([]);
    expect(checkFraming(JD, 'linux', `#!/bin/bash\n${body}`)).toEqual([]);
  });

  describe('properties', () => {
    const os = fc.constantFrom('linux' as const, 'windows' as const, undefined);

    test('never throws and returns at most one finding', () => {
      fc.assert(
        fc.property(os, fc.string({ unit: anyCodePoint, maxLength: 200 }), (target, text) => {
          expect(checkFraming(JD, target, text).length).toBeLessThanOrEqual(1);
        }),
        { numRuns: 500 },
      );
    });

    test('handles huge strings', () => {
      fc.assert(
        fc.property(
          os,
          fc.constantFrom('\n', 'a', '\r\n', '\ud800', '<cmd>\n'),
          fc.constantFrom(1 << 20, 10 << 20),
          (target, unit, length) => {
            expect(checkFraming(JD, target, unit.repeat(length / unit.length))).toHaveLength(1);
          },
        ),
        {
          numRuns: 10,
        },
      );
    });

    test('accepts any body between a matched pair', () => {
      fc.assert(
        fc.property(fc.constantFrom(...JD.tagPairs), fc.string({ maxLength: 100 }), ([open, close], body) => {
          expect(checkFraming(JD, 'windows', `${open}\r\n${body}\n${close}\r\n\n`)).toEqual([]);
        }),
        {
          numRuns: 300,
        },
      );
    });

    test('never echoes the script', () => {
      fc.assert(
        fc.property(
          os,
          fc.string({
            unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'),
            minLength: 4,
            maxLength: 40,
          }),
          (target, text) => {
            fc.pre(!VOCABULARY.includes(text));
            expect(JSON.stringify(checkFraming(JD, target, `\uFEFF#!${text}\n${text}`))).not.toContain(text);
            expect(JSON.stringify(checkFraming(JD, target, text))).not.toContain(text);
          },
        ),
        {
          numRuns: 300,
        },
      );
    });
  });
});

/** Words findings may legitimately contain (rule ids, keys, reasons, expected lines). */
const VOCABULARY = JSON.stringify([
  ...['', '\n', '\uFEFF#!', '#!/usr/bin/env python3'].flatMap((text) => checkFraming(JD, 'linux', text)),
  ...checkFraming(JD, 'windows', ''),
  ...checkFraming(JD, undefined, ''),
]);
