import { describe, expect, test } from 'vitest';
import type { PreflightCase } from './cases.ts';
import { validate } from '../../src/index.ts';
import { TENCENT_CASES } from './tencent.cases.ts';
import { JDCLOUD_CASES } from './jdcloud.cases.ts';
import { ZENLAYER_CASES } from './zenlayer.cases.ts';

const CASES: readonly PreflightCase[] = [...TENCENT_CASES, ...JDCLOUD_CASES, ...ZENLAYER_CASES];

describe.each(CASES)('$api: $name', ({ api, os, payload, failing, passing, expected }) => {
  const options = os ? { os } : {};

  test('fails with the vendor’s own error', () => {
    const report = validate(api, payload, { ...options, facts: failing });
    const issues = report.issues.map(({ rule, path, vendor, severity }) => ({ rule, path, vendor, severity }));
    expect(issues).toEqual([{ rule: expected.rule, path: expected.path, vendor: expected.vendor, severity: expected.severity ?? 'error' }]);
    expect(report.ok).toBe(expected.severity === 'warning');
    expect(validate(api, payload, { ...options, facts: failing, lang: 'zh-CN' }).issues[0]?.message).toMatch(/\p{Script=Han}/u);
  });

  test('passes when the facts meet the precondition', () => {
    expect(validate(api, payload, { ...options, facts: passing })).toEqual({ api, ok: true, issues: [] });
  });

  test('stays silent without facts', () => {
    expect(validate(api, payload, { os: os ?? passing.image?.os ?? 'linux', facts: {} }).issues).toEqual([]);
  });
});
