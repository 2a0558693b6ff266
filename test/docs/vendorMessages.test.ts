import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apis } from '../../src/apis.ts';
import { vendorMessageFiles } from '../../scripts/vendor-messages.ts';

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
