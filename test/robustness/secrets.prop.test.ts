import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { validate, type Lang, type Os } from '../../src/index.ts';
import { numRuns } from '../property/support/numRuns.ts';
import { leakCase, leakedFragments, twinOf } from './support/leakCases.ts';

const LANGS: readonly Lang[] = ['en', 'zh-CN'];

const report = (input: unknown, api: Parameters<typeof validate>[0], encoding: 'json' | 'query', lang: Lang, os: Os | undefined): string =>
  JSON.stringify(validate(api, input, { encoding, lang, ...(os ? { os } : {}) }));

describe('no password fragment in any report (issue 13)', () => {
  test.prop([leakCase, fc.constantFrom<Os | undefined>(undefined, 'linux', 'windows')], { numRuns: numRuns(300) })(
    'a password with separators, written raw in any syntax, never appears in the report in either language',
    (leak, os) => {
      for (const lang of LANGS) {
        const output = report(leak.input, leak.api, leak.encoding, lang, os);
        const twin = report(leak.twinInput, leak.api, leak.encoding, lang, os);
        expect(leakedFragments(output, twin, leak.password), `${leak.syntax} ${leak.api} ${lang}: ${leak.text}`).toEqual([]);
      }
    },
  );

  // The measured cases of issue 13, one per mistake, so a regression names the mistake.
  const MISTAKES: readonly { readonly name: string; readonly api: Parameters<typeof validate>[0]; readonly input: unknown; readonly password: string; readonly encoding: 'json' | 'query' }[] = [
    {
      name: 'an unencoded "&" in a form password',
      api: 'tencent.cvm.ResetInstance',
      input: 'InstanceId=ins-r8hr2upy&LoginSettings.Password=Xk9!Tq2&Zr7Wv4Lp',
      password: 'Xk9!Tq2&Zr7Wv4Lp',
      encoding: 'query',
    },
    {
      name: '":" typed for "="',
      api: 'tencent.cvm.ResetInstance@api2',
      input: 'InstanceId=ins-r8hr2upy&LoginSettings.Password:Xk9!Tq2Zr7Wv4Lp',
      password: 'Xk9!Tq2Zr7Wv4Lp',
      encoding: 'query',
    },
    {
      name: 'a "," in a YAML flow mapping',
      api: 'tencent.cvm.ResetInstance',
      input: { InstanceId: 'ins-r8hr2upy', LoginSettings: { Password: 'Qc1x', Zr7Wv4: 'Lp9' } },
      password: 'Qc1x,Zr7Wv4: Lp9',
      encoding: 'json',
    },
    {
      name: 'a YAML complex key',
      api: 'jdcloud.vm.rebuildInstance',
      input: { regionId: 'cn-north-1', instanceId: 'i-r8hr2upy7k', '{ Zr7Wv4Lp9: null }': 'x', password: null },
      password: 'Zr7Wv4Lp9',
      encoding: 'json',
    },
    {
      name: 'a flat map whose key holds the password',
      api: 'tencent.cvm.ResetInstance',
      input: { InstanceId: 'ins-r8hr2upy', 'LoginSettings.Password:Xk9Tq2Zr7': 5 },
      password: 'Xk9Tq2Zr7',
      encoding: 'query',
    },
    {
      name: 'a repeated flattened key below an unknown one',
      api: 'tencent.cvm.ResetInstance',
      input: 'InstanceId=ins-r8hr2upy&Zr7Wv4Lp.Xk9Tq2=1&Zr7Wv4Lp.Xk9Tq2=2&Zr7Wv4Lp..Qm3=1&LoginSettings.KeyIds.Xk9Tq2=1',
      password: 'Zr7Wv4Lp.Xk9Tq2',
      encoding: 'query',
    },
  ];

  for (const mistake of MISTAKES) {
    test(`${mistake.name}: nothing of the password in message or path`, () => {
      for (const lang of LANGS) {
        const output = report(mistake.input, mistake.api, mistake.encoding, lang, undefined);
        expect(output).toContain('parameter/');
        expect(leakedFragments(output, '', mistake.password)).toEqual([]);
      }
    });
  }
});
