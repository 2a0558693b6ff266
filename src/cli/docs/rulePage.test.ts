import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { RULE_IDS } from '../../errors/catalog.ts';
import { packageRoot } from './packageRoot.ts';
import { rulePage } from './rulePage.ts';

const work = mkdtempSync(join(tmpdir(), 'instance-preflight-page-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PAGE = `# hostname/dot

<!-- generated:header:start -->
<!-- Do not edit. -->

> A Windows hostname contains a dot.

<!-- generated:header:end -->

## What it checks

See **the vendor page** in [Tencent](../../vendors/tencent.md#hostname) and [RFC 1123](https://www.rfc-editor.org/rfc/rfc1123).

<!-- generated:examples:start -->
<!-- Do not edit. -->

## Examples

\`\`\`json
{ "Password": "Sample#Passw0rd1" }
\`\`\`

<!-- generated:examples:end -->

## How to fix

Drop the dot.
`;

describe('rulePage', () => {
  mkdirSync(join(work, 'docs', 'rules', 'hostname'), { recursive: true });
  writeFileSync(join(work, 'docs', 'rules', 'hostname', 'dot.md'), PAGE);

  test('carries the page without its generated examples or region markers, pointing to the full page', () => {
    const page = rulePage(work, 'hostname/dot', undefined);
    expect(page?.markdown).toContain('> A Windows hostname contains a dot.');
    expect(page?.markdown).toContain('## How to fix\n\nDrop the dot.');
    expect(page?.markdown).toContain('Examples, with the English and Chinese messages: `docs/rules/hostname/dot.md` in the instance-preflight package.');
    expect(page?.markdown).not.toContain('<!--');
    expect(page?.markdown).not.toContain('Sample#Passw0rd1');
    expect(page?.markdown).toContain('in Tencent (`docs/vendors/tencent.md#hostname` in the instance-preflight package) and [RFC 1123](https://www.rfc-editor.org/rfc/rfc1123).');
    expect(page?.text).toContain('See the vendor page in Tencent (`docs/vendors/tencent.md#hostname` in the instance-preflight package) and RFC 1123 (https://www.rfc-editor.org/rfc/rfc1123).');
  });

  test('with a docs base URL, relative links become absolute and the examples link is the page URL', () => {
    const page = rulePage(work, 'hostname/dot', 'https://example.com/repo/blob/main/');
    expect(page?.markdown).toContain('[Tencent](https://example.com/repo/blob/main/docs/vendors/tencent.md#hostname)');
    expect(page?.markdown).toContain('(https://example.com/repo/blob/main/docs/rules/hostname/dot.md)');
    expect(page?.markdown).toContain('(https://www.rfc-editor.org/rfc/rfc1123)');
  });

  test('links: absolute and anchor links stay, an unclosed or spaced one is text, a nested label keeps its outer text', () => {
    const page = `# hostname/dot\n\n[a](#x) [b](https://x.example/y) [not a link] [c](with space) [[d](../e.md) [f](g.md`;
    writeFileSync(join(work, 'docs', 'rules', 'hostname', 'dot.md'), page);
    expect(rulePage(work, 'hostname/dot', undefined)?.markdown).toBe(
      '# hostname/dot\n\n[a](#x) [b](https://x.example/y) [not a link] [c](with space) [d (`docs/rules/e.md` in the instance-preflight package) [f](g.md',
    );
    writeFileSync(join(work, 'docs', 'rules', 'hostname', 'dot.md'), PAGE);
  });

  test('is undefined when the package root or the page is missing', () => {
    expect(rulePage(undefined, 'hostname/dot', undefined)).toBeUndefined();
    expect(rulePage(work, 'password/length', undefined)).toBeUndefined();
  });

  test('every rule page of this repository is found and keeps its hand-written sections', () => {
    const root = packageRoot(import.meta.url);
    for (const rule of RULE_IDS) {
      const page = rulePage(root, rule, undefined);
      expect(page?.markdown, rule).toMatch(new RegExp(`^# ${rule}\n`));
      expect(page?.markdown, rule).toContain('## How to fix');
    }
  });
});
