import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apis } from '../../src/apis.ts';
import { RULE_IDS, ruleDocsPath } from '../../src/errors/catalog.ts';
import { ruleDocFiles } from '../../scripts/docs-rules.ts';
import { apiDocFiles, API_ERROR_CODES } from '../../scripts/docs-apis.ts';
import { API_POLICIES } from '../../scripts/docs-policies.ts';
import { disagreeDocFiles } from '../../scripts/docs-disagree.ts';

const root = join(import.meta.dirname, '..', '..');
const onDisk = (path: string): string | undefined => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined);
const regenerate = 'is stale: run `npm run docs:rules` and `npm run docs:apis`';

describe('rule pages', () => {
  const files = ruleDocFiles(root);

  it.each([...files.keys()])('%s is up to date', (path) => {
    expect(onDisk(path), `${path} ${regenerate}`).toBe(files.get(path));
  });

  it.each(RULE_IDS.map((rule) => [rule]))('%s has hand-written sections', (rule) => {
    const page = onDisk(ruleDocsPath(rule)) ?? '';
    expect(page).toContain('## What it checks');
    expect(page).toContain('## How to fix');
  });
});

describe('API pages', () => {
  const files = apiDocFiles(root);

  it.each([...files.keys()])('%s is up to date', (path) => {
    expect(onDisk(path), `${path} ${regenerate}`).toBe(files.get(path));
  });

  it.each(apis.map((api) => [api.id]))('%s has policies, error codes and hand-written preconditions', (id) => {
    expect(API_POLICIES[id], `add ${id} to scripts/docs-policies.ts`).toBeDefined();
    expect(API_ERROR_CODES[id]?.length, `add ${id} to API_ERROR_CODES in scripts/docs-apis.ts`).toBeGreaterThan(0);
    expect(onDisk(`docs/apis/${id}.md`)).toContain('## Preconditions');
  });
});

describe('guides', () => {
  it.each([...disagreeDocFiles(root).entries()])('%s is up to date', (path, text) => {
    expect(onDisk(path), `${path} ${regenerate}`).toBe(text);
  });
});
