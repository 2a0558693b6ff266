import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAYLOADS } from '../../bench/payloads/index.ts';
import { PACKAGE_ROOT as root, runProbed } from './support/runProbed.ts';

const VENDORS = readdirSync(join(root, 'src', 'schemas'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** The source map's sources of the chunk the Node root entry imports (`dist/node/chunks/shared-*.js`). */
function rootChunkSources(): string[] {
  const entry = readFileSync(join(root, 'dist', 'node', 'index.js'), 'utf8');
  const chunk = /from"\.\/(chunks\/shared-[\w-]+\.js)"/.exec(entry)?.[1];
  if (chunk === undefined) throw new Error('dist/node/index.js imports no shared chunk');
  return (JSON.parse(readFileSync(join(root, 'dist', 'node', `${chunk}.map`), 'utf8')) as { sources: string[] }).sources;
}

describe('the Node bundles give each vendor its own copy of the rules (scripts/perVendorRules.ts)', () => {
  const built = existsSync(join(root, 'dist', 'node', 'index.js'));

  it('holds one copy of a rule per vendor in the root entry’s chunk, and one rule identity table', () => {
    expect(built, 'dist/ is missing: run `npm run build`').toBe(true);
    const sources = rootChunkSources();
    // Every vendor checks passwords.
    for (const vendor of VENDORS) expect(sources).toContain(`vendor-rules-${vendor}:src/rules/password/checkPassword.ts`);
    expect(sources.filter((source) => source.endsWith('src/rules/ruleId.ts'))).toHaveLength(1);
  });

  it('reports what the unbundled modules report, for every API’s benchmark payloads with the OS known and unknown', () => {
    const cases = Object.entries(PAYLOADS).flatMap(([id, payloads]) =>
      [payloads.typical, payloads.invalid, payloads.userDataAtCap].filter((payload) => payload !== undefined).map((payload) => ({ id, os: payloads.os, payload })),
    );
    // A file, not the script's text: the payloads with user data at the cap are too long for a command line.
    const folder = mkdtempSync(join(tmpdir(), 'per-vendor-rules-'));
    try {
      const file = join(folder, 'cases.json');
      writeFileSync(file, JSON.stringify(cases));
      const printed = runProbed(`
const bundled = await import('instance-preflight');
const modules = await import(${JSON.stringify(new URL('../../dist/index.js', import.meta.url).href)});
const { readFileSync } = await import('node:fs');
const cases = JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));
const reports = ({ validate }) => cases.flatMap(({ id, os, payload }) => [validate(id, payload, { os }), validate(id, payload), validate(id, payload, { os, lang: 'zh-CN' })]);
printed = { bundled: reports(bundled), modules: reports(modules) };`) as { bundled: unknown[]; modules: unknown[] };
      expect(printed.bundled).toHaveLength(3 * cases.length);
      expect(printed.bundled).toEqual(printed.modules);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
