import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { ConfigSchema } from './configSchema.ts';

describe('ConfigSchema', () => {
  test('accepts "warn" for "warning", as ESLint users type it', () => {
    const result = v.parse(ConfigSchema, { rules: { 'hostname/dot': 'warn', 'password/*': 'warning', 'lint/unused-ignore': 'off' } });
    expect(result.rules).toEqual({ 'hostname/dot': 'warning', 'password/*': 'warning', 'lint/unused-ignore': 'off' });
  });

  test('takes the files a run without paths lints', () => {
    expect(v.parse(ConfigSchema, { files: ['requests/**/*.json', 'saved/*.url'] }).files).toEqual(['requests/**/*.json', 'saved/*.url']);
    expect(v.safeParse(ConfigSchema, { files: [] }).success).toBe(false);
  });

  test('a mistyped API id gets the nearest id, at the top level and in overrides', () => {
    const top = v.safeParse(ConfigSchema, { api: 'zenlayer.ResetInstance' });
    expect(top.issues?.[0]?.message).toMatch(/^Did you mean "zenlayer\.zec\.ResetInstance"\? Use one of the API ids: /);
    const override = v.safeParse(ConfigSchema, { overrides: [{ files: '*.json', api: 'tencent.cvm.resetinstance' }] });
    expect(override.issues?.[0]?.message).toContain('Did you mean "tencent.cvm.ResetInstance"?');
    const far = v.safeParse(ConfigSchema, { api: 'aws.ec2.RunInstances' });
    expect(far.issues?.[0]?.message).toMatch(/^Use one of the API ids: /);
  });

  test('other severities are refused with the accepted list', () => {
    const result = v.safeParse(ConfigSchema, { rules: { 'hostname/dot': 'warnings' } });
    expect(result.issues?.[0]?.message).toBe('Use "off", "info", "warning" (or "warn") or "error".');
  });
});
