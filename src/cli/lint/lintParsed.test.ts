import { describe, expect, test } from 'vitest';
import { readJson } from '../readers/readJson.ts';
import { readQueryLines } from '../readers/readQueryLines.ts';
import { readYaml } from '../readers/readYaml.ts';
import { lintParsed, MAX_FINDINGS_PER_REQUEST } from './lintParsed.ts';

const SETTINGS = { api: 'tencent.cvm.ResetInstance', lang: 'en' } as const;

describe('lintParsed', () => {
  test('places a finding at a redacted key where the key is written, and prints only the placeholder', () => {
    const cases = [
      readJson('{\n  "InstanceId": "ins-r8hr2upy",\n  "Zr7Wv4Lp": 1\n}'),
      readYaml('InstanceId: ins-r8hr2upy\nZr7Wv4Lp: 1\n'),
      readQueryLines('InstanceId=ins-r8hr2upy&Zr7Wv4Lp=1'),
    ];
    const [json, yaml, query] = cases.map((file) => lintParsed(file, SETTINGS).find((message) => message.ruleId === 'parameter/unknown'));
    expect(json).toMatchObject({ line: 3, column: 3, pointer: '/<redacted key 1>' });
    expect(yaml).toMatchObject({ line: 2, column: 1, pointer: '/<redacted key 1>' });
    expect(query).toMatchObject({ line: 1, column: 25 });
    for (const message of [json, yaml, query]) expect(JSON.stringify(message)).not.toContain('Zr7Wv4Lp');
  });

  test('places a list element finding of a query at the pair the API numbers it by (Alibaba lists count from 1)', () => {
    const line = 'InstanceId=i-bp67acfmxazb4ph1qxyz&ImageId=m-bp1g7004ksh0oeuc4y6c&Arn.1.AssumeRoleFor=1&Arn.2.AssumeRoleFor=x';
    const messages = lintParsed(readQueryLines(line), { api: 'alibaba.ecs.ReplaceSystemDisk', lang: 'en' });
    const typed = messages.find((message) => message.ruleId === 'parameter/type');
    expect(typed).toMatchObject({ line: 1, column: line.indexOf('Arn.2.AssumeRoleFor') + 1, pointer: '/0/Arn/1/AssumeRoleFor' });
  });

  test('reports at most the cap of findings per request, then one lint/truncated', () => {
    const many = Object.fromEntries(Array.from({ length: 3_000 }, (_, index) => [`k${index}`, index]));
    const messages = lintParsed(readJson(JSON.stringify({ InstanceId: 'ins-r8hr2upy', ...many })), SETTINGS);
    expect(messages).toHaveLength(MAX_FINDINGS_PER_REQUEST + 1);
    expect(messages.filter((message) => message.ruleId === 'lint/truncated')).toHaveLength(1);
  });

  test('lints at most 10,000 requests of a file, then one lint/truncated where the rest begin', () => {
    const messages = lintParsed(readQueryLines('InstanceId=ins-r8hr2upy\n'.repeat(10_005)), SETTINGS);
    expect(messages.filter((message) => message.ruleId === 'lint/truncated')).toEqual([expect.objectContaining({ line: 10_001, pointer: '/10000' })]);
  });

  test('a $api key names the API and is not validated: the same findings as without it, a __proto__ key kept as a key', () => {
    const payload = '"InstanceId": "ins-1", "__proto__": {"Password": "x"}, "HostName": "-a"';
    const named = lintParsed(readJson(`{"$api": "tencent.cvm.ResetInstance", ${payload}}`), { lang: 'en' });
    const flagged = lintParsed(readJson(`{${payload}}`), SETTINGS);
    const shape = (messages: typeof named) => messages.map(({ ruleId, pointer }) => `${ruleId} ${pointer}`);
    expect(shape(named)).toEqual(shape(flagged));
    expect(shape(named)).toContain('identifier/format /InstanceId');
    expect(named.filter((message) => message.ruleId === 'parameter/unknown')).toHaveLength(1);
  });
});
