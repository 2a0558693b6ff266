import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { zhCN } from '../errors/messages/zhCN.ts';
import { en } from '../errors/messages/en.ts';
import { createChecker } from './createChecker.ts';
import { createSchema } from './createSchema.ts';
import { FIXTURE_SPEC } from '../../test/fixtures/spec.ts';

const keys = (result: v.SafeParseResult<v.GenericSchema>) =>
  (result.issues ?? []).map((issue) => `${(issue as { rule?: string }).rule ?? 'parameter/type'} ${(issue.path ?? []).map((item) => item.key).join('.')}`);

const PAYLOADS: unknown[] = [
  { name: 'abc', mode: 'a', size: 3, flag: false, tags: [{ key: 'k' }], login: { password: 'x' } },
  null,
  [],
  { Name: 'x' },
  { name: 'abcd', mode: 'c', size: 1.5, flag: 'yes' },
  { name: 'a', tags: [{}, { key: 3 }, undefined] },
  { name: 'a', tags: [{ key: 'a' }, { key: 'a' }] },
  { name: 'a', login: { password: 'warn' }, mode: 'b', flag: true },
  { name: 'a', tags: 'nope', login: [] },
];

afterEach(() => v.deleteGlobalConfig());

describe('createSchema', () => {
  it('reports the same rules at the same paths as the direct checker', () => {
    const schema = createSchema(FIXTURE_SPEC, { warnings: true });
    const check = createChecker(FIXTURE_SPEC);
    for (const payload of PAYLOADS) {
      const expected = check(payload, { os: undefined }).map(({ finding, path }) => `${finding.rule} ${path.join('.')}`);
      expect(keys(v.safeParse(schema, payload)).sort()).toEqual(expected.sort());
    }
  });

  it('leaves warnings out unless asked, so they never fail a form', () => {
    expect(v.safeParse(createSchema(FIXTURE_SPEC), { name: 'a', Extra: 1 }).success).toBe(true);
    expect(v.safeParse(createSchema(FIXTURE_SPEC, { warnings: true }), { name: 'a', Extra: 1 }).success).toBe(false);
  });

  it('keeps no input on any issue or path item', () => {
    const result = createSchema(FIXTURE_SPEC, { warnings: true })['~standard'].validate({
      name: 12345678,
      tags: [{ key: 'k', secret: 987654321 }],
      login: { password: 24681357 },
    });
    const text = JSON.stringify('issues' in result ? result.issues : null);
    expect(text).not.toContain('12345678');
    expect(text).not.toContain('987654321');
    expect(text).not.toContain('24681357');
  });

  it('speaks the language of the factory option or of valibot’s global config', () => {
    const payload = { name: 'abcd' };
    expect(v.safeParse(createSchema(FIXTURE_SPEC, { messages: [en] }), payload).issues?.[0]?.message).toBe(
      'Use 1-3 characters for the instance name.',
    );
    const bilingual = createSchema(FIXTURE_SPEC, { messages: [en, zhCN], lang: 'zh-CN' });
    expect(v.safeParse(bilingual, payload).issues?.[0]?.message).toBe('实例名称长度须为 1-3 个字符。');
    v.setGlobalConfig({ lang: 'en' });
    expect(v.safeParse(bilingual, payload).issues?.[0]?.message).toBe('Use 1-3 characters for the instance name.');
    expect(v.safeParse(bilingual, { name: 3 }, { lang: 'zh-CN' }).issues?.[0]?.message).toBe('此处应为 JSON string 类型。');
  });

  it('takes a rule’s message from a table that has it, else names the rule', () => {
    const partial = { ...zhCN, rules: { 'parameter/type': zhCN.rules['parameter/type'] } } as unknown as typeof zhCN;
    const schema = createSchema(FIXTURE_SPEC, { messages: [partial, en], lang: 'zh-CN' });
    expect(v.safeParse(schema, { name: 3 }).issues?.[0]?.message).toBe('此处应为 JSON string 类型。');
    expect(v.safeParse(schema, { name: 'abcd' }).issues?.[0]?.message).toBe('Use 1-3 characters for the instance name.');
    expect(v.safeParse(createSchema(FIXTURE_SPEC), { name: 'abcd' }).issues?.[0]?.message).toBe('instance-name/length');
  });

  it('gives each top-level parameter a field-level schema, cross-field rules aside', () => {
    const schema = createSchema(FIXTURE_SPEC, { warnings: true }) as unknown as { entries: Record<string, v.GenericSchema> };
    expect(keys(v.safeParse(schema.entries['name'] as v.GenericSchema, undefined))).toEqual(['parameter/required ']);
    expect(keys(v.safeParse(schema.entries['tags'] as v.GenericSchema, [{}]))).toEqual(['parameter/required 0.key']);
    expect(v.safeParse(schema.entries['flag'] as v.GenericSchema, true).success).toBe(true);
    expect(v.safeParse(schema.entries['mode'] as v.GenericSchema, undefined).success).toBe(true);
  });

  it('is a Standard Schema whose issues all have a path below the root', () => {
    const result = createSchema(FIXTURE_SPEC)['~standard'].validate({ name: 'abcd', tags: [{}] });
    expect('issues' in result && result.issues?.map((issue) => issue.path?.map((item) => (typeof item === 'object' ? item.key : item)))).toEqual([
      ['name'],
      ['tags', 0, 'key'],
    ]);
  });

  it('returns the payload itself as output, without a copy', () => {
    const payload = { name: 'a' };
    const result = v.safeParse(createSchema(FIXTURE_SPEC), payload);
    expect(result.success && result.output).toBe(payload);
  });
});
