import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../src/errors/messages/en.ts';
import { zhCN } from '../../src/errors/messages/zhCN.ts';
import { severityOf } from '../../src/errors/severity.ts';
import { RESET_INSTANCE } from '../../src/schemas/tencent/resetInstance.ts';
import { createChecker } from '../../src/engine/createChecker.ts';
import { createSchema, type PreflightSchemaIssue } from '../../src/engine/createSchema.ts';

const keysOf = (result: { readonly issues?: readonly unknown[] | undefined }): string[] =>
  ((result.issues ?? []) as PreflightSchemaIssue[])
    .map((issue) => `${issue.severity} ${issue.rule} ${JSON.stringify((issue.path ?? []).map((item) => item.key))}`)
    .sort();

const PAYLOADS: readonly unknown[] = [
  { InstanceId: 'ins-r8hr2upy', LoginSettings: { Password: 'Qcloud@TestApi123++' } },
  { InstanceId: 'ins-1122', HostName: 'web..01', UserData: 'IyEvYmluL2Jhc2g-', Hostname: 'x' },
  { LoginSettings: { Password: 'short', KeyIds: ['skey-1122', 7], KeepImageLogin: 'TRUE' }, SystemDisk: { DiskSize: 0 } },
  { InstanceId: 'ins-r8hr2upy', EnhancedService: { SecurityService: { Enabled: 'yes' } }, SystemDisk: { DiskType: 'CLOUD_SSD' } },
  { InstanceId: 'ins-r8hr2upy', LoginSettings: { KeyIds: [] }, SystemDisk: {} },
  null,
  'ins-r8hr2upy',
  [],
];

describe('createSchema with a vendor spec and form values', () => {
  afterEach(() => v.deleteGlobalConfig());

  it('reports what the direct checker reports, at the same paths', () => {
    const check = createChecker(RESET_INSTANCE);
    for (const os of [undefined, 'linux', 'windows'] as const) {
      const schema = createSchema(RESET_INSTANCE, os ? { os, warnings: true } : { warnings: true });
      for (const payload of PAYLOADS) {
        const direct = check(payload, { os }).map(
          ({ finding, path }) => `${severityOf(finding)} ${finding.rule} ${JSON.stringify(path)}`,
        );
        expect(keysOf(schema['~standard'].validate(payload) as never)).toEqual(direct.sort());
      }
    }
  });

  it('keeps no input on an issue', () => {
    const schema = createSchema(RESET_INSTANCE, { os: 'windows' });
    const result = v.safeParse(schema, { InstanceId: 'ins-r8hr2upy', LoginSettings: { Password: 'Secret99' } });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.issues)).not.toContain('Secret99');
  });

  it('fails only on errors unless warnings are asked for', () => {
    const payload = { InstanceId: 'ins-r8hr2upy', SystemDisk: { DiskType: 'CLOUD_SSD' } };
    expect(v.safeParse(createSchema(RESET_INSTANCE), payload).success).toBe(true);
    expect(keysOf(v.safeParse(createSchema(RESET_INSTANCE, { warnings: true }), payload))).toEqual([
      'warning system-disk/type ["SystemDisk","DiskType"]',
    ]);
  });

  it('takes form values: coerces, treats empty inputs as absent, outputs the wire payload', () => {
    const schema = createSchema(RESET_INSTANCE, { os: 'linux', form: true });
    const result = v.safeParse(schema, {
      InstanceId: 'ins-r8hr2upy',
      HostName: '',
      SystemDisk: { DiskSize: '50', DiskType: '' },
      LoginSettings: { Password: '', KeyIds: ['skey-r8hr2upy'] },
      EnhancedService: { SecurityService: { Enabled: 'false' }, MonitorService: { Enabled: '' } },
    });
    expect(result.issues).toBeUndefined();
    expect(result.output).toEqual({
      InstanceId: 'ins-r8hr2upy',
      SystemDisk: { DiskSize: 50 },
      LoginSettings: { KeyIds: ['skey-r8hr2upy'] },
      EnhancedService: { SecurityService: { Enabled: false } },
    });
  });

  it('reports form values at their wire paths', () => {
    const schema = createSchema(RESET_INSTANCE, { os: 'windows', form: true });
    expect(keysOf(v.safeParse(schema, { InstanceId: '', HostName: 'web.01', SystemDisk: { DiskSize: '12a' } }))).toEqual([
      'error hostname/dot ["HostName"]',
      'error parameter/required ["InstanceId"]',
      'error parameter/type ["SystemDisk","DiskSize"]',
    ]);
  });

  it('gives each entry as a field-level schema that coerces form input too', () => {
    const schema = createSchema(RESET_INSTANCE, { os: 'windows', form: true }) as unknown as {
      entries: Record<string, v.GenericSchema>;
    };
    expect(keysOf(v.safeParse(schema.entries['HostName']!, 'web.01'))).toEqual(['error hostname/dot []']);
    expect(v.safeParse(schema.entries['HostName']!, '').success).toBe(true);
    expect(keysOf(v.safeParse(schema.entries['InstanceId']!, ''))).toEqual(['error parameter/required []']);
  });

  it('follows valibot’s language config, then the option, then the first table', () => {
    const payload = { InstanceId: 'ins-r8hr2upy', HostName: 'web.01' };
    const message = (schema: v.GenericSchema): string | undefined => v.safeParse(schema, payload).issues?.[0]?.message;
    const both = createSchema(RESET_INSTANCE, { os: 'windows', messages: [en, zhCN] });
    expect(message(both)).toBe(en.rules['hostname/dot']({}));
    expect(message(createSchema(RESET_INSTANCE, { os: 'windows', messages: [en, zhCN], lang: 'zh-CN' }))).toBe(
      zhCN.rules['hostname/dot']({}),
    );
    v.setGlobalConfig({ lang: 'zh-CN' });
    expect(message(both)).toBe(zhCN.rules['hostname/dot']({}));
    expect(message(createSchema(RESET_INSTANCE, { os: 'windows', messages: [en] }))).toBe(en.rules['hostname/dot']({}));
  });
});
