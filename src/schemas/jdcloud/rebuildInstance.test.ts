import { describe, expect, test } from 'vitest';
import type { Os } from '../../rules/finding.ts';
import { validate } from '../../validate.ts';
import { JD_BANNED_WORDS, JD_PASSWORD_SPECIALS } from './policies.ts';

const V1 = 'jdcloud.vm.rebuildInstance';
const V103 = 'jdcloud.vm.rebuildInstance@1.0.3';
const BASE = { regionId: 'cn-north-1', instanceId: 'i-eumm7x3kd6' } as const;

/** Runs `validate` and reduces the report to `severity rule path` lines. */
function keys(payload: Record<string, unknown>, os?: Os, api: typeof V1 | typeof V103 = V1): string[] {
  return validate(api, { ...BASE, ...payload }, os ? { os } : {}).issues.map(
    (issue) => `${issue.severity} ${issue.rule} ${JSON.stringify(issue.path)}`,
  );
}

const ok = (payload: Record<string, unknown>, os?: Os, api: typeof V1 | typeof V103 = V1) =>
  expect(keys(payload, os, api)).toEqual([]);

/** Base64 of a script of exactly `bytes` bytes, framed for Linux. */
function script(bytes: number): string {
  const head = '#!/bin/bash\n';
  return Buffer.from(head + 'e'.repeat(bytes - head.length)).toString('base64');
}

const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('vendor examples', () => {
  test('the v1 page’s request example passes with the masked ids filled in and the table’s example password', () => {
    // The example body's "xxx" is a placeholder; the parameter table's example password is Instance@010.
    ok({ regionId: 'cn-north-1', instanceId: 'i-eumm7x3kd6', imageId: 'img-m5s0k2p929', password: 'Instance@010' });
  });

  test('the 1.0.3 page has no body example; its three parameters pass', () => {
    ok({ imageId: 'img-m5s0k2p929', keyNames: ['ops-key_1'], password: 'Instance@010' }, 'linux', V103);
  });

  test('the unpadded userdata example (a bash script) passes on Linux with exactly the padding warning', () => {
    const userdata = [{ key: 'launch-script', value: 'IyEvYmluL2Jhc2gKZWNobyAnMTIzJw' }];
    const report = validate(V1, { ...BASE, userdata }, { os: 'linux' });
    expect(report.ok).toBe(true);
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]).toMatchObject({ rule: 'userdata/padding', severity: 'warning', path: ['userdata', 0, 'value'] });
    expect(report.issues[0]?.vendor).toBeUndefined();
    // With the OS unknown it also warns that a Windows image would need tags.
    expect(validate(V1, { ...BASE, userdata }).issues.map((issue) => `${issue.severity} ${issue.rule}`)).toEqual([
      'warning userdata/padding',
      'warning userdata/framing',
    ]);
    expect(keys({ userdata: [{ key: 'launch-script', value: 'IyEvYmluL2Jhc2gKZWNobyAnMTIzJw==' }] }, 'linux')).toEqual([]);
  });
});

describe('path parameters', () => {
  test('regionId and instanceId are required', () => {
    const report = validate(V1, {});
    expect(report.issues.map((issue) => `${issue.rule} ${issue.path.join('.')}`)).toEqual([
      'parameter/required regionId',
      'parameter/required instanceId',
    ]);
  });

  test('regionId: empty is an error, an odd character a warning', () => {
    expect(keys({ regionId: '' })).toEqual(['error identifier/format ["regionId"]']);
    expect(keys({ regionId: 'cn/north' })).toEqual(['warning identifier/format ["regionId"]']);
  });

  test('instanceId and imageId: prefix and alphabet are errors, length a warning', () => {
    expect(keys({ instanceId: 'ins-eumm7x3k' })).toEqual(['error identifier/format ["instanceId"]']);
    expect(keys({ instanceId: 'i-EUMM7X3KD6' })).toEqual(['error identifier/format ["instanceId"]']);
    expect(keys({ instanceId: 'i-eumm7x3kd' })).toEqual(['warning identifier/format ["instanceId"]']);
    expect(keys({ instanceId: 'i-eumm7x3kd6a' })).toEqual(['warning identifier/format ["instanceId"]']);
    expect(keys({ imageId: 'image-m5s0k2p9' })).toEqual(['error identifier/format ["imageId"]']);
    expect(keys({ imageId: 'img-m5s0k2p9' })).toEqual(['warning identifier/format ["imageId"]']);
  });
});

describe('password', () => {
  const at = (value: string, api: typeof V1 | typeof V103 = V1) => keys({ password: value }, undefined, api);

  test('8-30 characters', () => {
    expect(at('Ab1@xyQ')).toEqual(['error password/length ["password"]']);
    expect(at('Ab1@xyQw')).toEqual([]);
    expect(at(`Ab1@${'xQ'.repeat(13)}`)).toEqual([]);
    expect(at(`Ab1@${'xQ'.repeat(13)}x`)).toEqual(['error password/length ["password"]']);
  });

  test('at least 3 of 4 classes', () => {
    expect(at('abmzkxq1')).toEqual(['error password/classes ["password"]']);
    expect(at('abmzkxQ1')).toEqual([]);
    expect(at('abmz@xQw')).toEqual([]);
    expect(at('abmz@x1w')).toEqual([]);
  });

  test('every ASCII punctuation character but backslash is a special', () => {
    const punctuation = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];
    expect([...JD_PASSWORD_SPECIALS].sort()).toEqual(punctuation.filter((char) => char !== '\\').sort());
    for (const special of JD_PASSWORD_SPECIALS) expect(at(`Mzxk${special}q7W`), special).toEqual([]);
    for (const bad of ['\\', ' ', '，', 'é', '中']) expect(at(`Mzxk${bad}q7W`), bad).toEqual(['error password/charset ["password"]']);
  });

  test('banned words, exactly as listed', () => {
    for (const word of JD_BANNED_WORDS) expect(at(`Mz7@${word}Wq`), word).toEqual(['error password/banned-word ["password"]']);
    for (const mixed of ['Jd', 'jD', 'Bug', 'Com', 'Cloud', 'Password']) expect(at(`Mz7@${mixed}Wq`), mixed).toEqual([]);
  });

  test('runs of 3: alphabet, digits and keyboard rows and columns, same case only', () => {
    for (const run of ['abc', 'CBA', 'xyz', '123', '987', 'qwe', 'ewq', 'asd', 'mnb', 'qaz', 'zaq', 'WSX', 'ujm', 'tfc', 'CFT']) {
      expect(at(`Mz7@${run}Wq`), run).toEqual(['error password/sequence ["password"]']);
    }
    for (const safe of ['aBc', 'abd', '135', 'qWe', 'qa1', '901']) expect(at(`Mz7@${safe}Wq`), safe).toEqual([]);
  });

  test('the disputed digit runs only warn', () => {
    for (const run of ['012', '210', '890', '098']) expect(at(`Mzk@${run}Wq`), run).toEqual(['warning password/sequence ["password"]']);
    expect(at('Mzk@0123Wq')).toEqual(['error password/sequence ["password"]']);
  });

  test('keyboard diagonals no JD example names only warn, with no vendor code; tfc (named) stays an error', () => {
    for (const run of ['esz', 'rdx', 'XDR', 'ygv', 'uhb', 'ijn', 'okm', 'MKO']) {
      expect(at(`Mz7@${run}Wq`), run).toEqual(['warning password/sequence ["password"]']);
      expect(validate(V1, { ...BASE, password: `Mz7@${run}Wq` }).issues[0]?.vendor, run).toBeUndefined();
    }
    expect(validate(V1, { ...BASE, password: 'Mz7@tfcWq' }).issues[0]?.vendor).toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  test('optional in v1, required in 1.0.3', () => {
    expect(keys({})).toEqual([]);
    expect(keys({}, undefined, V103)).toEqual(['error parameter/required ["password"]']);
    expect(at('Ab1@xyQ', V103)).toEqual(['error password/length ["password"]']);
  });

  test('answers 400 INVALID_ARGUMENT', () => {
    expect(validate(V1, { ...BASE, password: 'short' }).issues[0]?.vendor).toEqual({ code: 'INVALID_ARGUMENT', status: 400 });
  });
});

describe('keyNames', () => {
  test('one name at most, of letters, digits, _ and -, 1-32 long', () => {
    expect(keys({ keyNames: ['a'] }, 'linux')).toEqual([]);
    expect(keys({ keyNames: ['k'.repeat(32)] }, 'linux')).toEqual([]);
    expect(keys({ keyNames: ['k'.repeat(33)] }, 'linux')).toEqual(['error identifier/format ["keyNames",0]']);
    expect(keys({ keyNames: [''] }, 'linux')).toEqual(['error identifier/format ["keyNames",0]']);
    expect(keys({ keyNames: ['ops.key'] }, 'linux')).toEqual(['error identifier/format ["keyNames",0]']);
    expect(keys({ keyNames: ['a', 'b'] }, 'linux')).toEqual(['error parameter/count ["keyNames"]']);
    expect(keys({ keyNames: [] }, 'linux')).toEqual([]);
  });

  test('ignored on Windows (a warning), and may come with a password', () => {
    expect(keys({ keyNames: ['ops'], password: 'Instance@010' }, 'windows')).toEqual(['warning credentials/ignored ["keyNames"]']);
    expect(keys({ keyNames: ['ops'], password: 'Instance@010' })).toEqual(['warning credentials/ignored ["keyNames"]']);
    expect(keys({ keyNames: ['ops'], password: 'Instance@010' }, 'linux')).toEqual([]);
  });
});

describe('hostname', () => {
  const at = (value: string, os?: Os) => keys({ hostname: value }, os);

  test('Windows: 2-15, no dots, not all digits', () => {
    expect(at('a', 'windows')).toEqual(['error hostname/length ["hostname"]']);
    expect(at('ab', 'windows')).toEqual([]);
    expect(at('a'.repeat(15), 'windows')).toEqual([]);
    expect(at('a'.repeat(16), 'windows')).toEqual(['error hostname/length ["hostname"]']);
    expect(at('12345', 'windows')).toEqual(['error hostname/all-digits ["hostname"]']);
    expect(at('1-2', 'windows')).toEqual([]);
    expect(at('web.01', 'windows')).toEqual(['error hostname/dot ["hostname"]']);
    expect(at('-web', 'windows')).toEqual(['error hostname/edge ["hostname"]']);
    expect(at('web--01', 'windows')).toEqual(['error hostname/consecutive ["hostname"]']);
    expect(at('web_01', 'windows')).toEqual(['error hostname/charset ["hostname"]']);
  });

  test('Linux: 2-64, dotted segments, no leading, trailing or consecutive . or -', () => {
    expect(at('a', 'linux')).toEqual(['error hostname/length ["hostname"]']);
    expect(at('a.b'.padEnd(64, 'c'), 'linux')).toEqual([]);
    expect(at('a.b'.padEnd(65, 'c'), 'linux')).toEqual(['error hostname/length ["hostname"]']);
    expect(at('12345', 'linux')).toEqual([]);
    for (const bad of ['web..01', 'web.-01', 'web-.01', 'web--01']) expect(at(bad, 'linux'), bad).toEqual(['error hostname/consecutive ["hostname"]']);
    for (const bad of ['.web', 'web.', '-web', 'web-']) expect(at(bad, 'linux'), bad).toEqual(['error hostname/edge ["hostname"]']);
    expect(at(`${'a'.repeat(62)}.b`, 'linux')).toEqual([]);
    expect(at(`${'a'.repeat(64)}`, 'linux')).toEqual(['warning hostname/label-length ["hostname"]']);
  });

  test('OS unknown: a value that fails for one OS only is a warning', () => {
    expect(at('web.01')).toEqual(['warning hostname/dot ["hostname"]']);
    expect(at('a'.repeat(20))).toEqual(['warning hostname/length ["hostname"]']);
    expect(at('a'.repeat(65))).toEqual(['error hostname/length ["hostname"]', 'warning hostname/label-length ["hostname"]']);
  });

  test('unknown in 1.0.3', () => {
    expect(keys({ password: 'Instance@010', hostname: 'web' }, 'linux', V103)).toEqual(['warning parameter/unknown ["<redacted key 3>"]']);
  });
});

describe('metadata', () => {
  const pairs = (count: number, key = (index: number) => `k${index}`) =>
    Array.from({ length: count }, (_, index) => ({ key: key(index), value: `${index}` }));

  test('at most 40 pairs, ignored keys included', () => {
    expect(keys({ metadata: pairs(40) })).toEqual([]);
    expect(keys({ metadata: pairs(41) })).toEqual(['error metadata/count ["metadata"]']);
    const ignored = pairs(41, (index) => (index === 0 ? 'skip-' : `k${index}`));
    expect(keys({ metadata: ignored })).toEqual(['error metadata/count ["metadata"]', 'warning metadata/ignored-key ["metadata",0,"key"]']);
  });

  test('a malformed pair still counts toward 40', () => {
    const list: unknown[] = [...pairs(40), { key: 'x' }];
    expect(keys({ metadata: list })).toEqual(['error parameter/required ["metadata",40,"value"]', 'error metadata/count ["metadata"]']);
  });

  test('key at most 256 code points, not empty', () => {
    expect(keys({ metadata: [{ key: 'k'.repeat(256), value: '' }] })).toEqual([]);
    expect(keys({ metadata: [{ key: 'k'.repeat(257), value: '' }] })).toEqual(['error metadata/key-length ["metadata",0,"key"]']);
    expect(keys({ metadata: [{ key: '😀'.repeat(256), value: '' }] })).toEqual([]);
    expect(keys({ metadata: [{ key: '😀'.repeat(257), value: '' }] })).toEqual(['error metadata/key-length ["metadata",0,"key"]']);
    expect(keys({ metadata: [{ key: '', value: 'v' }] })).toEqual(['error metadata/empty-key ["metadata",0,"key"]']);
  });

  test('value at most 16384 UTF-8 bytes', () => {
    expect(keys({ metadata: [{ key: 'k', value: 'v'.repeat(16384) }] })).toEqual([]);
    expect(keys({ metadata: [{ key: 'k', value: 'v'.repeat(16385) }] })).toEqual(['error metadata/value-size ["metadata",0,"value"]']);
    expect(keys({ metadata: [{ key: 'k', value: 'é'.repeat(8192) }] })).toEqual([]);
    expect(keys({ metadata: [{ key: 'k', value: `${'é'.repeat(8192)}v` }] })).toEqual(['error metadata/value-size ["metadata",0,"value"]']);
  });

  test('keys compare case-insensitively; a key ending in - is ignored', () => {
    const duplicate = [{ key: 'Foo', value: '1' }, { key: 'x', value: '2' }, { key: 'foo', value: '3' }];
    expect(keys({ metadata: duplicate })).toEqual(['error metadata/duplicate-key ["metadata",2,"key"]']);
    expect(keys({ metadata: [{ key: 'role-', value: 'web' }] })).toEqual(['warning metadata/ignored-key ["metadata",0,"key"]']);
    expect(validate(V1, { ...BASE, metadata: [{ key: 'role-', value: 'web' }] }).issues[0]?.vendor).toBeUndefined();
  });

  test('elements need a string key and value', () => {
    expect(keys({ metadata: [{}] })).toEqual(['error parameter/required ["metadata",0,"key"]', 'error parameter/required ["metadata",0,"value"]']);
    expect(keys({ metadata: [{ key: 1, value: 'v' }] })).toEqual(['error parameter/type ["metadata",0,"key"]']);
    expect(keys({ metadata: { key: 'k', value: 'v' } })).toEqual(['error parameter/type ["metadata"]']);
  });
});

describe('userdata', () => {
  const at = (value: string, os?: Os) => keys({ userdata: [{ key: 'launch-script', value }] }, os);

  test('decoded size at most 16384 bytes: 16383 and 16384 pass, 16385 and 16386 fail', () => {
    expect(at(script(16383), 'linux')).toEqual([]);
    expect(at(script(16384), 'linux')).toEqual([]);
    expect(at(script(16385), 'linux')).toEqual(['error userdata/size ["userdata",0,"value"]']);
    expect(at(script(16386), 'linux')).toEqual(['error userdata/size ["userdata",0,"value"]']);
    // 16384, 16385 and 16386 bytes all encode to 21848 characters: only padding tells them apart.
    expect([16384, 16385, 16386].map((bytes) => script(bytes).length)).toEqual([21848, 21848, 21848]);
    expect(at(script(16385).replace(/=+$/, ''), 'linux')).toEqual(['error userdata/size ["userdata",0,"value"]']);
    expect(at(script(16384).replace(/=+$/, ''), 'linux')).toEqual(['warning userdata/padding ["userdata",0,"value"]']);
  });

  test('strict standard Base64', () => {
    for (const bad of ['IyEvYmluL2Jhc2gKZWNobyAn-_', 'IyEvYmluL2Jh c2gK', 'IyEvYmluL2Jhc2gKZ', 'IyE=vYmlu'])
      expect(at(bad, 'linux'), bad).toEqual(['error userdata/base64 ["userdata",0,"value"]']);
  });

  test('Linux framing: #!/bin/bash or #!/usr/bin/env python, arguments allowed, python3 warns', () => {
    expect(at(b64('#!/bin/bash -x\necho 1'), 'linux')).toEqual([]);
    expect(at(b64('#!/usr/bin/env python\nprint(1)'), 'linux')).toEqual([]);
    expect(at(b64('#!/bin/bash\r\necho 1\r\n'), 'linux')).toEqual([]);
    expect(at(b64('#!/usr/bin/env python3\nprint(1)'), 'linux')).toEqual(['warning userdata/framing ["userdata",0,"value"]']);
    for (const bad of ['echo 1', '\n#!/bin/bash', '\uFEFF#!/bin/bash\n', '#!/bin/sh\n'])
      expect(at(b64(bad), 'linux'), JSON.stringify(bad)).toEqual(['error userdata/framing ["userdata",0,"value"]']);
  });

  test('Windows framing: matched <cmd> or <powershell> first and last lines, CRLF accepted', () => {
    expect(at(b64('<cmd>\r\necho 1\r\n</cmd>\r\n'), 'windows')).toEqual([]);
    expect(at(b64('<powershell>\nWrite-Host 1\n</powershell>'), 'windows')).toEqual([]);
    for (const bad of ['<cmd>\necho 1\n</powershell>', '<cmd>', 'echo 1', '#!/bin/bash\necho 1'])
      expect(at(b64(bad), 'windows'), bad).toEqual(['error userdata/framing ["userdata",0,"value"]']);
  });

  test('OS unknown: a script framed for one OS only warns, naming the other OS, with its vendor code; framed for neither is an error', () => {
    const issueOf = (text: string) => validate(V1, { ...BASE, userdata: [{ key: 'launch-script', value: b64(text) }] }).issues[0];
    expect(at(b64('#!/bin/bash\necho 1'))).toEqual(['warning userdata/framing ["userdata",0,"value"]']);
    expect(issueOf('#!/bin/bash\necho 1')?.message).toMatch(/^If the target image runs Windows: /);
    expect(issueOf('#!/bin/bash\necho 1')?.vendor).toEqual({ code: 'INVALID_ARGUMENT', status: 400 });
    expect(at(b64('<powershell>\nWrite-Host 1\n</powershell>'))).toEqual(['warning userdata/framing ["userdata",0,"value"]']);
    expect(issueOf('<powershell>\nWrite-Host 1\n</powershell>')?.message).toMatch(/^If the target image runs Linux: /);
    expect(at(b64('echo 1'))).toEqual(['error userdata/framing ["userdata",0,"value"]']);
  });

  test('one element keyed launch-script', () => {
    const value = script(40);
    expect(keys({ userdata: [{ key: 'launch-script', value }, { key: 'launch-script', value }] }, 'linux')).toEqual([
      'error parameter/count ["userdata"]',
    ]);
    expect(keys({ userdata: [{ key: 'user-data', value }] }, 'linux')).toEqual(['error parameter/enum ["userdata",0,"key"]']);
    expect(keys({ userdata: [{ value }] }, 'linux')).toEqual(['error parameter/required ["userdata",0,"key"]']);
  });
});

describe('passWordAuth and imageInherit (SDK parameters)', () => {
  test('passWordAuth is yes or no, and must be yes on Windows', () => {
    expect(keys({ passWordAuth: 'no' }, 'linux')).toEqual([]);
    expect(keys({ passWordAuth: 'yes' }, 'windows')).toEqual([]);
    expect(keys({ passWordAuth: 'no' }, 'windows')).toEqual(['error credentials/unsupported ["passWordAuth"]']);
    expect(keys({ passWordAuth: 'no' })).toEqual(['warning credentials/unsupported ["passWordAuth"]']);
    expect(keys({ passWordAuth: 'YES' }, 'linux')).toEqual(['error parameter/enum ["passWordAuth"]']);
    expect(keys({ passwordAuth: 'yes' }, 'linux')).toEqual(['warning parameter/unknown ["<redacted key 2>"]']);
  });

  test('imageInherit is yes, no or ""; yes makes a password or key ignored', () => {
    for (const value of ['yes', 'no', '']) expect(keys({ imageInherit: value }, 'linux'), value).toEqual([]);
    expect(keys({ imageInherit: 'true' }, 'linux')).toEqual(['error parameter/enum ["imageInherit"]']);
    expect(keys({ imageInherit: 'yes', password: 'Instance@010', keyNames: ['ops'] }, 'linux')).toEqual([
      'warning credentials/ignored ["password"]',
      'warning credentials/ignored ["keyNames"]',
    ]);
  });

  test('unknown in 1.0.3, as are metadata and userdata', () => {
    const extra = { passWordAuth: 'yes', imageInherit: 'no', metadata: [{ key: 'a', value: 'b' }], userdata: [] };
    expect(keys({ password: 'Instance@010', ...extra }, 'linux', V103)).toEqual([
      // A key the API lacks is never in a path (it may be text split off a password): its position among the keys is.
      'warning parameter/unknown ["<redacted key 3>"]',
      'warning parameter/unknown ["<redacted key 4>"]',
      'warning parameter/unknown ["<redacted key 5>"]',
      'warning parameter/unknown ["<redacted key 6>"]',
    ]);
  });
});

test('a payload that is not an object', () => {
  for (const payload of [null, [], 'x', 1]) {
    expect(validate(V1, payload).issues.map((issue) => `${issue.rule} ${JSON.stringify(issue.path)}`)).toEqual(['parameter/type []']);
  }
});
