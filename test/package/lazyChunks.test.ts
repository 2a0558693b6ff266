import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAYLOADS } from '../../bench/payloads/index.ts';
import { PACKAGE_ROOT as root, runProbed } from './support/runProbed.ts';

/** A Tencent API 3.0 payload that passes, and one that fails (its message in English: the id's shape). */
const VALID = `{ InstanceId: 'ins-r8hr2upy', LoginSettings: { Password: 'Qcloud@TestApi123++' }, HostName: 'web-01' }`;
const INVALID = `{ InstanceId: 'ins-1' }`;

/**
 * Runs a module body as {@link runProbed} does; `loaded()` in it lists the files of `dist/node/chunks/` the
 * process has loaded so far: those it imported and those it required.
 */
function run(body: string): unknown {
  return runProbed(`
const loaded = async () => {
  await settle();
  const files = [...urls.map((url) => url.startsWith('file:') ? new URL(url).pathname : url), ...Object.keys(required)];
  return [...new Set(files.filter((file) => file.includes('/dist/node/chunks/')).map((file) => file.slice(file.lastIndexOf('/') + 1)))].sort();
};
${body}`);
}

/** The chunks loaded on first need only: all but the shared ones and the other entries' module. */
const deferred = (files: unknown): string[] => (files as string[]).filter((file) => !/^(shared-.*|library)\.js$/.test(file));

describe('what the Node root entry loads on first need only (issue 16: cold start)', () => {
  const built = existsSync(join(root, 'dist', 'node', 'index.js'));

  it('loads no deferred chunk for a valid payload, one language on its first message', () => {
    expect(built, 'dist/ is missing: run `npm run build`').toBe(true);
    const printed = run(`
const { validate } = await import('instance-preflight');
const imported = await loaded();
validate('tencent.cvm.ResetInstance', ${VALID}, { os: 'linux' });
const valid = await loaded();
const english = validate('tencent.cvm.ResetInstance', ${INVALID}, { os: 'linux' }).issues[0].message;
const afterEnglish = await loaded();
const chinese = validate('tencent.cvm.ResetInstance', ${INVALID}, { os: 'linux', lang: 'zh-CN' }).issues[0].message;
printed = { imported, valid, english, afterEnglish, chinese, afterChinese: await loaded() };`) as Record<string, unknown>;
    expect(deferred(printed['imported'])).toEqual([]);
    expect(deferred(printed['valid'])).toEqual([]);
    expect(printed['english']).toBe('Use an id that starts with "ins-" followed by exactly 8 lowercase letters and digits.');
    expect(deferred(printed['afterEnglish'])).toContain('messages-en.js');
    expect(deferred(printed['afterEnglish'])).not.toContain('messages-zh-CN.js');
    expect(printed['chinese']).toBe('请使用以“ins-”开头、其后为恰好 8 个小写字母和数字的 ID。');
    expect(deferred(printed['afterChinese'])).toContain('messages-zh-CN.js');
  });

  // Each API's first valid call, in a fresh process, on the benchmark's typical payload and OS: a cold start reads the
  // root entry's two files whichever vendor it checks (docs/architecture.md, "Builds", says why no vendor is deferred).
  it.each(Object.keys(PAYLOADS))('loads no chunk beyond the root entry’s for a first valid %s call', (id) => {
    const { typical, os } = PAYLOADS[id] as (typeof PAYLOADS)[string];
    const printed = run(`
const { validate } = await import('instance-preflight');
const imported = await loaded();
const ok = validate(${JSON.stringify(id)}, ${JSON.stringify(typical)}, { os: ${JSON.stringify(os)} }).ok;
printed = { ok, imported, called: await loaded() };`) as Record<string, unknown>;
    expect(printed['ok']).toBe(true);
    expect(printed['called']).toEqual(printed['imported']);
    expect(deferred(printed['called'])).toEqual([]);
  });

  it('reads the same about texts, error codes and rule identities as the unbundled modules', () => {
    const printed = run(`
const bundled = await import('instance-preflight');
const modules = await import(${JSON.stringify(new URL('../../dist/index.js', import.meta.url).href)});
const facts = ({ apis, RULES, RULE_IDS }) => ({ apis: apis.map(({ id, about, errorCodes }) => ({ id, about, errorCodes, array: Array.isArray(errorCodes) })), RULES, RULE_IDS });
const before = await loaded();
printed = { bundled: facts(bundled), modules: facts(modules), before };`) as Record<string, unknown>;
    expect(deferred(printed['before'])).toEqual([]);
    expect(printed['bundled']).toEqual(printed['modules']);
  });

  it('loads the query decoder on a first query call and the facts check on a first call with facts, reporting as the unbundled modules do', () => {
    const printed = run(`
const bundled = await import('instance-preflight');
const modules = await import(${JSON.stringify(new URL('../../dist/index.js', import.meta.url).href)});
const reports = ({ validate }) => {
  const thrown = (call) => { try { call(); return undefined; } catch (error) { return [error.constructor.name, error.message]; } };
  return [
    validate('tencent.cvm.ResetInstance@api2', 'Action=ResetInstance&Version=2017-03-12&InstanceId=ins-r8hr2upy&Password=Qcloud%40TestApi123%2B%2B', { os: 'linux', encoding: 'query' }),
    validate('tencent.cvm.ResetInstance@api2', '?InstanceId=ins-1&LoginSettings.Password=x&Nested.=1', { encoding: 'query' }),
    thrown(() => validate('tencent.cvm.ResetInstance@api2', 7, { encoding: 'query' })),
    validate('tencent.cvm.ResetInstance', { InstanceId: 'ins-r8hr2upy', ImageId: 'img-abcdefgh' }, { facts: { instance: { state: 'PENDING', os: 'linux' }, image: { os: 'windows' } } }),
    thrown(() => validate('tencent.cvm.ResetInstance', {}, { facts: { instance: { state: 3 } } })),
  ];
};
const before = await loaded();
const query = bundled.validate('tencent.cvm.ResetInstance@api2', 'InstanceId=ins-r8hr2upy', { encoding: 'query' }).ok;
const afterQuery = await loaded();
const facts = bundled.validate('tencent.cvm.ResetInstance', { InstanceId: 'ins-r8hr2upy' }, { facts: { instance: { state: 'RUNNING' } } }).ok;
printed = { before, query, afterQuery, facts, afterFacts: await loaded(), bundled: reports(bundled), modules: reports(modules) };`) as Record<string, unknown>;
    expect(deferred(printed['before'])).toEqual([]);
    expect(printed['query']).toBe(true);
    expect(deferred(printed['afterQuery'])).toEqual(['query-decodeQuery.js']);
    expect(printed['facts']).toBe(true);
    expect(deferred(printed['afterFacts'])).toEqual(['preflight-checkFacts.js', 'query-decodeQuery.js']);
    expect(printed['bundled']).toEqual(printed['modules']);
  });

  it('loads the helpers on the first call of one, with the same results, names aside, as the unbundled modules', () => {
    const printed = run(`
const bundled = await import('instance-preflight');
const modules = await import(${JSON.stringify(new URL('../../dist/index.js', import.meta.url).href)});
const random = (bytes) => { for (let index = 0; index < bytes.length; index++) bytes[index] = (index * 37 + 11) & 255; return bytes; };
const results = ({ decodeUserdata, encodeUserdata, generatePassword, toHostname }) => {
  const thrown = (call) => { try { return call(); } catch (error) { return [error.constructor.name, error.message]; } };
  const target = { api: 'tencent.cvm.ResetInstance', os: 'linux' };
  const encoded = encodeUserdata('#!/bin/bash\\necho hi', target);
  return [
    [decodeUserdata.length, encodeUserdata.length, generatePassword.length, toHostname.length],
    encoded,
    decodeUserdata(encoded.value),
    toHostname('My Web Server 01', { api: 'huawei.ecs.ReinstallServerWithCloudInit', os: 'windows' }),
    generatePassword(target, { random }),
    thrown(() => generatePassword('tencent.cvm.ResetInstance')),
    thrown(() => toHostname(3, target)),
  ];
};
const before = await loaded();
const password = bundled.generatePassword({ api: 'zenlayer.zec.ResetInstance', os: 'windows' });
printed = { before, password: typeof password, after: await loaded(), bundled: results(bundled), modules: results(modules) };`) as Record<string, unknown>;
    expect(deferred(printed['before'])).toEqual([]);
    expect(printed['password']).toBe('string');
    expect(deferred(printed['after'])).toEqual(['helpers.js']);
    expect(printed['bundled']).toEqual(printed['modules']);
  });

  it('imports only its own file and the one chunk it shares with the other entries', () => {
    const printed = run(`await import('instance-preflight'); printed = await loaded();`) as string[];
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(/^shared-\w+\.js$/);
  });

  it('exports the tables the message entries export: one object per language, whichever entry loads first', () => {
    const printed = run(`
const [rootEntry, en, zhCN] = await Promise.all([import('instance-preflight'), import('instance-preflight/messages/en'), import('instance-preflight/messages/zh-CN')]);
printed = {
  same: rootEntry.en === en.en && rootEntry.zhCN === zhCN.zhCN,
  lang: [rootEntry.en.lang, rootEntry.zhCN.lang],
  rules: Object.keys(rootEntry.en.rules).length === Object.keys(rootEntry.RULES).length,
  messages: rootEntry.en.rules['hostname/dot'] === en.hostnameDot && rootEntry.zhCN.rules['hostname/dot'] === zhCN.hostnameDot,
  forOs: rootEntry.en.forOs === en.forOs && rootEntry.zhCN.forOs === zhCN.forOs,
};`);
    expect(printed).toEqual({ same: true, lang: ['en', 'zh-CN'], rules: true, messages: true, forOs: true });
  });
});
