import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as newest from 'valibot';
import * as oldest from 'valibot-oldest';
import { afterEach, describe, expect, it } from 'vitest';
import { apis } from '../../src/apis.ts';
import { en } from '../../src/errors/messages/en.ts';
import { zhCN } from '../../src/errors/messages/zhCN.ts';
import * as samples from '../fixtures/completeRequests.ts';
import { FACTORIES } from './support/factories.ts';
import { structuralPayloads } from './support/payloads.ts';

/**
 * The peer range is `valibot` ^1.0.0: the lowest release (1.0.0, installed as
 * `valibot-oldest`) and the newest (this repository's `valibot`) run the same
 * schema objects and must agree on every result.
 */
const VERSIONS: readonly (readonly [label: string, valibot: typeof newest])[] = [
  // 1.0.0 has each function used here with the same signature; the newest's types stand for both.
  ['oldest', oldest as unknown as typeof newest],
  ['newest', newest],
];

const FORMS = [
  { InstanceId: 'ins-r8hr2upy', HostName: 'web.01', SystemDisk: { DiskSize: '60' }, LoginSettings: { Password: 'short' } },
  { regionId: 'cn-north-1', instanceId: 'i-eumm1x2yd6', password: '', hostname: 'web..01', keyNames: 'deploy_key' },
  { instanceId: '759357236395203627', enableAgent: 'on', password: 'Zen1ayer+ok' },
];

const PAYLOADS = (id: (typeof apis)[number]['id'], spec: (typeof apis)[number]['payload']): unknown[] => [
  ...structuralPayloads(spec),
  ...Object.values(samples),
  ...FORMS,
  ...(id.startsWith('tencent') ? [{ InstanceId: 'ins-r8hr2upy', LoginSettings: { Password: 'Qcloud@TestApi123++' } }] : []),
];

/** What a consumer sees of one parse: success, output and each issue's rule, severity, path and message. */
function outcome(valibot: typeof newest, schema: newest.GenericSchema, payload: unknown) {
  const result = valibot.safeParse(schema, payload);
  return {
    success: result.success,
    output: result.success ? result.output : undefined,
    issues: (result.issues ?? []).map((issue) => {
      const { rule, severity } = issue as unknown as { rule: string; severity: string };
      return { rule, severity, message: issue.message, path: valibot.getDotPath(issue as never) };
    }),
    is: valibot.is(schema, payload),
  };
}

/** Every source file, recursively. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('valibot as a peer', () => {
  it('is imported through its public API only: no `_`-prefixed internal (any release may change those)', () => {
    const internal: string[] = [];
    for (const file of sources(join(import.meta.dirname, '..', '..', 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'valibot'/g)) {
        for (const name of (match[1] ?? '').split(',').map((item) => item.trim().replace(/^type\s+/, ''))) {
          if (name.startsWith('_')) internal.push(`${file}: ${name}`);
        }
      }
      if (/\bv\._[A-Za-z]/.test(text)) internal.push(`${file}: v._*`);
    }
    expect(internal).toEqual([]);
  });
});

describe('valibot peer range: the oldest and the newest release agree', () => {
  afterEach(() => {
    oldest.deleteGlobalConfig();
    newest.deleteGlobalConfig();
  });

  it('installs the releases under test', () => {
    const version = (name: string): string =>
      (JSON.parse(readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as { version: string }).version;
    expect(version('valibot-oldest')).toBe('1.0.0');
    expect(version('valibot')).toMatch(/^1\./);
  });

  for (const api of apis) {
    it(`safeParse, is and getDotPath give the same results, wire and form, in both languages: ${api.id}`, () => {
      for (const form of [false, true]) {
        for (const lang of ['en', 'zh-CN'] as const) {
          const schema = FACTORIES[api.id]({ form, warnings: true, messages: [en, zhCN], os: 'windows' });
          for (const [, valibot] of VERSIONS) valibot.setGlobalConfig({ lang });
          for (const payload of PAYLOADS(api.id, api.payload)) {
            const [old, now] = VERSIONS.map(([, valibot]) => outcome(valibot, schema, payload));
            expect(old, JSON.stringify({ payload, form, lang })).toEqual(now);
          }
        }
      }
    });
  }

  it('nests inside each release’s own object schema, with the path prefixed', () => {
    const schema = FACTORIES['tencent.cvm.ResetInstance']({ os: 'windows' });
    for (const [label, valibot] of VERSIONS) {
      const wrapper = valibot.object({ request: schema as never });
      const result = valibot.safeParse(wrapper, { request: { InstanceId: 'ins-r8hr2upy', HostName: 'web.01' } });
      expect(result.issues?.map((issue) => valibot.getDotPath(issue)), label).toEqual(['request.HostName']);
      expect(valibot.safeParse(wrapper, { request: { InstanceId: 'ins-r8hr2upy' } }).success, label).toBe(true);
    }
  });

  it('takes the language from each release’s global config', () => {
    const schema = FACTORIES['tencent.cvm.ResetInstance']({ os: 'windows', messages: [en, zhCN] });
    for (const [label, valibot] of VERSIONS) {
      valibot.setGlobalConfig({ lang: 'zh-CN' });
      const [issue] = valibot.safeParse(schema, { InstanceId: 'ins-r8hr2upy', HostName: 'web.01' }).issues ?? [];
      expect(issue?.message, label).toBe(zhCN.rules['hostname/dot']({}));
    }
  });
});
