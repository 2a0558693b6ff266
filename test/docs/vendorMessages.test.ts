import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apis } from '../../src/apis.ts';
import { renderVendorTables, vendorMessageFiles } from '../../scripts/vendor-messages.ts';
import type { PayloadSpec } from '../../src/engine/spec/types.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('vendor message tables (npm run messages:vendors)', async () => {
  const { files, undeclared } = await vendorMessageFiles(ROOT);

  it('are generated for every vendor of the API list: each declares its reports', () => {
    expect(undeclared, 'vendors without messages/reports.ts').toEqual([]);
    expect(files.size).toBe(new Set(apis.map((api) => api.vendor)).size);
  });

  it.each([...files.keys()])('%s is fresh', (path) => {
    expect(readFileSync(join(ROOT, path), 'utf8'), `${path} is stale: run \`npm run messages:vendors\``).toBe(files.get(path));
  });
});

describe('renderVendorTables', () => {
  const spec: PayloadSpec = {
    fields: { Id: { type: 'string', required: true }, Tags: { type: 'array', maxItems: 2, items: { type: 'string', enum: ['a'] } } },
    unknownSeverity: 'error',
    checks: [],
  };

  it('reads the structural rules from the specs and takes the declared ones, each with its variant or its own message', () => {
    const text = renderVendorTables('acme', { rules: { userdata: ['size'], hostname: ['dot'] }, variants: { 'userdata/size': 'utf8-bytes' } }, [spec]);
    expect(text).toContain(
      "export type AcmeSchemaRule = 'parameter/required' | 'parameter/type' | 'parameter/unknown' | 'parameter/enum' | 'parameter/count' | 'hostname/dot' | 'userdata/size';",
    );
    expect(text).toContain("'parameter/type': e.parameterTypeJson, 'parameter/unknown': e.parameterUnknownRemove");
    expect(text).toContain("'hostname/dot': z.hostnameDot, 'userdata/size': z.userdataSizeUtf8Bytes");
  });

  it('leaves out what no field asks for', () => {
    const text = renderVendorTables('acme', { rules: {} }, [{ fields: { Name: { type: 'string' } }, unknownSeverity: 'warning', checks: [] }]);
    expect(text).toContain("export type AcmeSchemaRule = 'parameter/type' | 'parameter/unknown';");
  });

  it('refuses a rule id that does not exist and a variant of a rule not reported', () => {
    expect(() => renderVendorTables('acme', { rules: { hostname: ['nope' as 'dot'] } }, [spec])).toThrow(/unknown rules: hostname\/nope/);
    expect(() => renderVendorTables('acme', { rules: {}, variants: { 'userdata/size': 'utf8-bytes' } }, [spec])).toThrow(/does not report: userdata\/size/);
  });
});
