// Brings the page's modules (imported by no test) into `tsc --noEmit`, so CI type-checks the whole playground.
/// <reference path="../../docs/playground/main.ts" />
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findApi, type ApiId } from '../../src/apis.ts';
import { decodeQuery } from '../../src/encoding/query/index.ts';
import { validate } from '../../src/validate.ts';
import { collectExamples } from '../../docs/playground/collectExamples.ts';
import { hintFor } from '../../docs/playground/hintFor.ts';
import { getAt, removeAt, setAt } from '../../docs/playground/payloadPath.ts';
import { readRequest } from '../../docs/playground/readRequest.ts';
import { fromFragment, toFragment } from '../../docs/playground/shareState.ts';
import { withoutSecrets } from '../../docs/playground/withoutSecrets.ts';
import { writeRequest } from '../../docs/playground/writeRequest.ts';

const TENCENT = findApi('tencent.cvm.ResetInstance');
const JD = findApi('jdcloud.vm.rebuildInstance');
if (!TENCENT || !JD) throw new Error('the Tencent and JD APIs are registered');

describe('readRequest', () => {
  it('reads JSON when the text starts with { or [, as the CLI reads standard input', () => {
    expect(readRequest('{ "InstanceId": "ins-r8hr2upy" }')).toEqual({ format: 'json', syntax: 'JSON', value: { InstanceId: 'ins-r8hr2upy' }, count: 1 });
    expect(readRequest('[{ "a": 1 }, { "a": 2 }]')).toMatchObject({ format: 'json', value: { a: 1 }, count: 2 });
  });

  it('reads a request URL or a query string as a request line, after comment lines', () => {
    const url = 'https://cvm.tencentcloudapi.com/?Action=ResetInstance&InstanceId=ins-r8hr2upy';
    const read = readRequest(`# saved\n${url}\n`);
    expect(read).toMatchObject({ format: 'query', syntax: 'query', value: url, count: 1 });
    expect(read?.url?.hostname).toBe('cvm.tencentcloudapi.com');
    expect(readRequest('InstanceId=ins-r8hr2upy&LoginSettings.Password=a+b')).toMatchObject({ format: 'query', value: 'InstanceId=ins-r8hr2upy&LoginSettings.Password=a+b' });
    expect(readRequest('?InstanceId=ins-r8hr2upy')).toMatchObject({ format: 'query' });
  });

  it('reads anything else as YAML, documents counted', () => {
    expect(readRequest('InstanceId: ins-r8hr2upy\nLoginSettings:\n  Password: x\n')).toEqual({
      format: 'yaml',
      syntax: 'YAML',
      value: { InstanceId: 'ins-r8hr2upy', LoginSettings: { Password: 'x' } },
      count: 1,
    });
    expect(readRequest('a: 1\n---\na: 2\n')).toMatchObject({ value: { a: 1 }, count: 2 });
  });

  it('gives the place and a text-free reason of a syntax problem, and nothing for an empty text', () => {
    expect(readRequest('{\n  "a": 1,\n}')).toMatchObject({ format: 'json', value: undefined, problem: { line: 3, column: 1 } });
    expect(readRequest('{\n  "a": 1,\n}')?.problem?.reason).not.toContain('"a"');
    expect(readRequest('')).toBeUndefined();
    expect(readRequest('# only a comment\n')).toBeUndefined();
  });
});

describe('writeRequest', () => {
  const payload = { InstanceId: 'ins-r8hr2upy', LoginSettings: { Password: 'Qcloud@TestApi123++', KeyIds: ['skey-1', 'skey-2'] }, SystemDisk: { DiskSize: 60 } };

  it('writes pretty JSON and YAML that read back to the payload', () => {
    expect(readRequest(writeRequest(payload, 'json'))?.value).toEqual(payload);
    expect(readRequest(writeRequest(payload, 'yaml'))?.value).toEqual(payload);
    expect(writeRequest({}, 'yaml')).toBe('');
  });

  it('writes a query with flattened keys and every "+" as %2B, which the server decodes back to the payload', () => {
    const text = writeRequest(payload, 'query', 'https://cvm.tencentcloudapi.com/');
    expect(text).toContain('LoginSettings.Password=Qcloud%40TestApi123%2B%2B');
    expect(text).toContain('LoginSettings.KeyIds.1=skey-2');
    expect(text.startsWith('https://cvm.tencentcloudapi.com/?InstanceId=')).toBe(true);
    expect(decodeQuery(text.trim(), TENCENT.payload)).toEqual({ payload, findings: [], plusPaths: [] });
    expect(writeRequest({ InstanceId: 'ins-r8hr2upy' }, 'query')).toBe('InstanceId=ins-r8hr2upy\n');
  });

  it('counts list elements from the API\'s list base, as Alibaba reads Arn.1.RoleType', () => {
    expect(writeRequest({ Arn: [{ RoleType: 'a' }, { RoleType: 'b' }] }, 'query', '', 1)).toBe('Arn.1.RoleType=a&Arn.2.RoleType=b\n');
  });
});

describe('shareState', () => {
  it('round-trips the state through the fragment', () => {
    const state = { api: 'tencent.cvm.ResetInstance', os: 'windows', lang: 'zh-CN', format: 'query', base: 'https://cvm.tencentcloudapi.com/', payload: { HostName: 'a&b=c#d' } } as const;
    expect(fromFragment(toFragment(state))).toEqual(state);
    expect(fromFragment(toFragment({ ...state, os: undefined, base: '', payload: undefined }))).toEqual({ api: state.api, lang: 'zh-CN', format: 'query' });
  });

  it('leaves out what is malformed', () => {
    expect(fromFragment('#api=x&os=mac&lang=fr&format=xml&request=%7Bnot-json')).toEqual({ api: 'x' });
    expect(fromFragment('#request=%5B1%5D')).toEqual({});
    expect(fromFragment('')).toEqual({});
  });
});

describe('withoutSecrets', () => {
  it('drops the parameters the about object marks secret, at any depth, and keeps the rest', () => {
    const payload = { InstanceId: 'ins-r8hr2upy', LoginSettings: { Password: 'Secret#1234', KeyIds: ['skey-1'] } };
    expect(withoutSecrets(payload, TENCENT.about)).toEqual({ InstanceId: 'ins-r8hr2upy', LoginSettings: { KeyIds: ['skey-1'] } });
    expect(payload.LoginSettings.Password).toBe('Secret#1234');
    expect(withoutSecrets({ password: 'x', metadata: [{ key: 'k', value: 'v' }] }, JD.about)).toEqual({ metadata: [{ key: 'k', value: 'v' }] });
  });

  it('drops a key named like a secret in another case or place too', () => {
    expect(withoutSecrets({ Password: 'x', SystemDisk: { password: 'y', DiskSize: 60 } }, TENCENT.about)).toEqual({ SystemDisk: { DiskSize: 60 } });
    expect(withoutSecrets({ PassWord: 'x', passWordAuth: 'yes' }, JD.about)).toEqual({ passWordAuth: 'yes' });
  });
});

describe('payloadPath', () => {
  it('sets values, creating objects, and removes them with the objects they leave empty', () => {
    const payload: Record<string, unknown> = {};
    setAt(payload, ['LoginSettings', 'Password'], 'x');
    expect(payload).toEqual({ LoginSettings: { Password: 'x' } });
    expect(getAt(payload, ['LoginSettings', 'Password'])).toBe('x');
    expect(getAt(payload, ['LoginSettings', 'Password', 'deeper'])).toBeUndefined();
    setAt(payload, ['LoginSettings', 'Password'], undefined);
    expect(payload).toEqual({});
  });

  it('keeps list rows in place: an emptied element is "", a removed row goes, and the list with its last row', () => {
    const payload: Record<string, unknown> = { metadata: [{ key: 'a' }, { key: 'b' }] };
    setAt(payload, ['metadata', 0, 'key'], undefined);
    expect(payload).toEqual({ metadata: [{}, { key: 'b' }] });
    const keys: Record<string, unknown> = { keyNames: ['a', 'b'] };
    setAt(keys, ['keyNames', 0], undefined);
    expect(keys).toEqual({ keyNames: ['', 'b'] });
    removeAt(payload, ['metadata', 0]);
    expect(payload).toEqual({ metadata: [{ key: 'b' }] });
    removeAt(payload, ['metadata', 0]);
    expect(payload).toEqual({});
  });
});

describe('hintFor', () => {
  it('gives the about text in English, its translation in Chinese, and the English when the translation is stale', () => {
    const english = TENCENT.about.fields['InstanceId']?.description ?? '';
    expect(hintFor('tencent', 'InstanceId', english, 'en')).toBe(english);
    expect(hintFor('tencent', 'InstanceId', english, 'zh-CN')).toMatch(/实例 ID/);
    expect(hintFor('tencent', 'InstanceId', 'A newer English text.', 'zh-CN')).toBe('A newer English text.');
    expect(hintFor('tencent', 'NoSuchKey', 'Text.', 'zh-CN')).toBe('Text.');
  });
});

describe('collectExamples', () => {
  it('bundles every request of every example file, each under a known API; the good ones pass on their OS', async () => {
    const root = fileURLToPath(new URL('../../examples/', import.meta.url));
    const files = async (folder: string): Promise<string[]> =>
      (await readdir(folder, { withFileTypes: true })).flatMap((entry) => (entry.isDirectory() ? [] : [relative(root, join(folder, entry.name))]));
    const expected: string[] = [];
    for (const kind of ['good', 'bad']) for (const vendor of await readdir(join(root, kind))) expected.push(...(await files(join(root, kind, vendor))));
    const examples = await collectExamples();
    expect([...new Set(examples.map((example) => example.file.replace(/ #\d+$/, '')))].sort()).toEqual(expected.sort());
    for (const example of examples) expect(findApi(example.api), example.file).toBeDefined();
    for (const example of examples.filter((candidate) => candidate.kind === 'good')) {
      const read = readRequest(example.text);
      const os = example.file.includes('windows') ? 'windows' : 'linux';
      const { $api: _named, ...payload } = (read?.format === 'query' ? {} : read?.value) as Record<string, unknown>;
      const report =
        read?.format === 'query'
          ? validate(example.api as ApiId, read.value, { os, encoding: 'query' })
          : validate(example.api as ApiId, payload, { os });
      expect(report.issues.filter((issue) => issue.severity === 'error'), example.file).toEqual([]);
    }
  });
});
