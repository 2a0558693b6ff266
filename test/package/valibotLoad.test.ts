import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { starMatches } from '../../scripts/starMatches.ts';
import { PACKAGE_ROOT as root, runProbed } from './support/runProbed.ts';


/**
 * `./json-schema` is left out: its one export converts a spec through valibot's own converter
 * (`@valibot/to-json-schema`, a peer that imports valibot as it loads).
 */
const SCHEMA_CONVERTER = './json-schema';

/** Every Node entry of `exports` as a specifier (`instance-preflight/tencent`), a `*` pattern expanded over the built files. */
function nodeEntries(): string[] {
  return Object.entries(pkg.exports).flatMap(([key, target]) => {
    if (typeof target !== 'object' || !('node' in target) || key === SCHEMA_CONVERTER) return [];
    const name = (subpath: string): string => `instance-preflight${subpath.slice(1)}`;
    if (!key.includes('*')) return [name(key)];
    return starMatches(join(root, target.node)).map((folder) => name(key.replace('*', folder)));
  });
}

/** Runs a module body as {@link runProbed} does, and returns the valibot module URLs it resolved and what it printed. */
function run(body: string): { valibot: string[]; printed: string } {
  return runProbed(`printed = '';
${body}
await settle();
printed = { valibot: urls.filter((url) => url.includes('/node_modules/valibot/')), printed };`) as never;
}

describe('valibot in Node (issue 16: no entry loads it unless a schema is built)', () => {
  const built = existsSync(join(root, 'dist', 'node', 'index.js'));

  it('the probe sees valibot where an entry does import it', () => {
    expect(built, 'dist/ is missing: run `npm run build`').toBe(true);
    expect(run(`await import('instance-preflight/json-schema');`).valibot.length).toBeGreaterThan(0);
  });

  it.each(nodeEntries())('importing %s does not load valibot', (entry) => {
    expect(run(`await import(${JSON.stringify(entry)});`).valibot).toEqual([]);
  });

  it("a vendor schema's Standard Schema validate() loads it and reads an app's valibot config", () => {
    const { printed } = run(`
const { resetInstance } = await import('instance-preflight/tencent');
const { zhCN, en } = await import('instance-preflight/tencent');
const schema = resetInstance({ os: 'windows', messages: [en, zhCN] });
const v = await import('valibot');
v.setGlobalConfig({ lang: 'zh-CN' });
printed = schema['~standard'].validate({ InstanceId: 'ins-r8hr2upy', HostName: 'web.01' }).issues[0].message;`);
    expect(printed).toBe('请删除点号：Windows 主机名不能包含“.”。');
  });
});
