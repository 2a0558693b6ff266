import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { vendorEntries } from '../../scripts/vendorEntries.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

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
    return vendorEntries().map(({ vendor }) => vendor).filter((vendor) => existsSync(join(root, target.node.replace('*', vendor)))).map((vendor) => name(key.replace('*', vendor)));
  });
}

/**
 * Runs a module in a fresh node process with a resolve hook that reports every module URL the
 * process resolves, and returns the valibot ones and what the module printed.
 */
function run(body: string): { valibot: string[]; printed: string } {
  const hook = `let port; export function initialize(data) { port = data.port; }
export async function resolve(specifier, context, next) { const result = await next(specifier, context); port.postMessage(result.url); return result; }`;
  const script = `
import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
const { port1, port2 } = new MessageChannel();
const urls = [];
port1.on('message', (url) => urls.push(url));
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)}, { data: { port: port2 }, transferList: [port2] });
let printed = '';
${body}
await new Promise((settle) => setTimeout(settle, 100));
port1.close();
process.stdout.write(JSON.stringify({ valibot: urls.filter((url) => url.includes('/node_modules/valibot/')), printed }));
`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' })) as never;
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
