import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { apis } from '../../apis.ts';
import { configSchema } from './configSchema.ts';

const ConfigSchema = configSchema(apis.map((api) => api.id));

describe('configSchema', () => {
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

  test('takes the API modules as a list of paths, and the ids it is given', () => {
    expect(v.parse(ConfigSchema, { apis: ['./acme-api.mjs'] }).apis).toEqual(['./acme-api.mjs']);
    expect(v.safeParse(ConfigSchema, { apis: [] }).success).toBe(false);
    expect(v.safeParse(ConfigSchema, { apis: './acme-api.mjs' }).issues?.[0]?.message).toBe('Use a list of module paths, relative to the config file, e.g. ["./acme-api.mjs"].');
    expect(v.safeParse(ConfigSchema, { api: 'acme.vm.Rebuild' }).success).toBe(false);
    expect(v.safeParse(configSchema(['acme.vm.Rebuild']), { api: 'acme.vm.Rebuild' }).success).toBe(true);
  });
});
