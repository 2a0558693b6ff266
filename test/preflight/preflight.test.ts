import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { PreflightCase } from './cases.ts';
import { apis, validate } from '../../src/index.ts';

/** Every vendor's cases: each `*.cases.ts` file beside this one, whatever it names its list. */
const CASES: readonly PreflightCase[] = (
  await Promise.all(
    readdirSync(import.meta.dirname)
      .filter((name) => name.endsWith('.cases.ts'))
      .sort()
      // The suffix spelled out in the import: Vite's dynamic-import transform wants the extension in its static part.
      .map((name) => import(`./${name.slice(0, -'.cases.ts'.length)}.cases.ts`) as Promise<Record<string, readonly PreflightCase[]>>),
  )
).flatMap((module) => Object.values(module).flat());

test('every API with preflight rules has cases', () => {
  const covered = new Set(CASES.map((entry) => entry.api));
  expect(apis.filter((api) => (api.preflight?.length ?? 0) > 0 && !covered.has(api.id)).map((api) => api.id)).toEqual([]);
});

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
