/**
 * `npm run gen`: writes the registries, the files that re-export one part of every vendor folder, so that
 * no entry lists the vendors by hand. The vendors are those of `vendorEntries()` (an `exports` key named
 * after a vendor of the API list), in API-list order; a vendor folder without the part is left out.
 * test/architecture/registry.test.ts fails when a written file is stale.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apis } from '../src/apis.ts';
import { vendorEntries } from './vendorEntries.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A vendor folder that has the part a registry re-exports. */
interface VendorPart {
  /** The vendor. */
  readonly vendor: string;
  /** The part's import specifier, relative to the registry file (`../schemas/tencent/policies.ts`). */
  readonly specifier: string;
}

/** Registry interface: one generated file, the part of a vendor folder it reads, and how it reads it. */
interface Registry {
  /** The registry file, repository-relative. */
  readonly path: string;
  /** The part, relative to the vendor folder. */
  readonly part: string;
  /** Why the file exists: its first comment line names who reads it. */
  readonly about: string;
  /** The file's statements for the vendors that have the part. */
  readonly body: (parts: readonly VendorPart[]) => readonly string[];
}

/** An import binding for a vendor name (`jdcloud` -> `JDCLOUD`). */
const binding = (vendor: string): string => vendor.toUpperCase().replace(/[^A-Z0-9_]/g, '_');

/** An object key for a vendor name: bare where it is an identifier. */
const propertyName = (vendor: string): string => (/^[A-Za-z_$][\w$]*$/.test(vendor) ? vendor : `'${vendor}'`);

const REGISTRIES: readonly Registry[] = [
  {
    path: 'src/registry/policies.ts',
    part: 'policies.ts',
    about: "Every vendor's policy objects, re-exported by `instance-preflight/rules` (src/rules.ts).",
    body: (parts) => parts.map(({ specifier }) => `export * from '${specifier}';`),
  },
  {
    path: 'src/registry/facts.ts',
    part: 'facts/index.ts',
    about: "Every vendor's describe-response adapters, re-exported by `instance-preflight/facts` (src/facts/index.ts).",
    body: (parts) => parts.map(({ specifier }) => `export * from '${specifier}';`),
  },
  {
    path: 'src/registry/requestTypes.ts',
    part: 'request.ts',
    about: "Every vendor's request types, re-exported by the root entry (src/index.ts).",
    body: (parts) => parts.map(({ specifier }) => `export type * from '${specifier}';`),
  },
  {
    path: 'src/registry/checkers.ts',
    part: 'generated/index.ts',
    about: "Every built-in API's generated checker by API id (scripts/gen-checkers.ts writes them), read by `validate()` (src/validateLocated.ts).",
    body: (parts) => [
      "import type { ApiId } from '../apis.ts';",
      "import type { Checker } from '../engine/types.ts';",
      ...parts.map(({ vendor, specifier }) => `import { CHECKERS as ${binding(vendor)} } from '${specifier}';`),
      '',
      '/** The checkers by API id: every API of the list has one (the type says so). */',
      `export const CHECKERS: Readonly<Record<ApiId, Checker>> = { ${parts.map(({ vendor }) => `...${binding(vendor)}`).join(', ')} };`,
    ],
  },
  {
    path: 'docs/playground/vendorTexts.ts',
    part: 'playground/texts.ts',
    about: "Every vendor's playground texts (its name, the Chinese of its about descriptions), read by the playground.",
    body: (parts) => [
      "import type { Vendor } from '../../src/apis.ts';",
      "import type { VendorTexts } from './types.ts';",
      ...parts.map(({ vendor, specifier }) => `import { PLAYGROUND_TEXTS as ${binding(vendor)} } from '${specifier}';`),
      '',
      '/** The playground texts by vendor. */',
      `export const VENDOR_TEXTS: Readonly<Record<Vendor, VendorTexts>> = { ${parts.map(({ vendor }) => `${propertyName(vendor)}: ${binding(vendor)}`).join(', ')} };`,
    ],
  },
  {
    path: 'scripts/docs-sources.ts',
    part: 'docs/sections.ts',
    about: "Where each vendor's facts page (`docs/vendors/<vendor>.md`) documents each rule family, read by the rule pages (scripts/docs-rules.ts).",
    body: (parts) => [
      "import type { Vendor } from '../src/apis.ts';",
      "import type { RuleFamily } from '../src/engine/spec/types.ts';",
      ...parts.map(({ vendor, specifier }) => `import { FACT_SECTIONS as ${binding(vendor)} } from '${specifier}';`),
      '',
      '/** The section anchors per rule family, by vendor; a vendor without a `docs/sections.ts` has none. */',
      `export const FACT_SECTIONS: Readonly<Partial<Record<Vendor, Readonly<Partial<Record<RuleFamily, readonly string[]>>>>>> = { ${parts.map(({ vendor }) => `${propertyName(vendor)}: ${binding(vendor)}`).join(', ')} };`,
    ],
  },
  {
    path: 'scripts/docs-examples.ts',
    part: 'docs/ruleExamples.ts',
    about: "Every vendor's rule examples, merged per rule in API-list order, read by the rule pages (scripts/docs-observe.ts).",
    body: (parts) => [
      "import type { RuleExample } from '../src/engine/spec/ruleExample.ts';",
      "import type { RuleId } from '../src/rules/ruleId.ts';",
      ...parts.map(({ vendor, specifier }) => `import { RULE_EXAMPLES as ${binding(vendor)} } from '${specifier}';`),
      '',
      'export type { RuleExample };',
      '',
      `const BY_VENDOR: readonly Readonly<Partial<Record<RuleId, readonly RuleExample[]>>>[] = [${parts.map(({ vendor }) => binding(vendor)).join(', ')}];`,
      '',
      '/** Examples per rule id. A rule with no example here has no API that reports it yet. */',
      'export const RULE_EXAMPLES: Readonly<Partial<Record<RuleId, readonly RuleExample[]>>> = Object.fromEntries(',
      '  [...new Set(BY_VENDOR.flatMap((examples) => Object.keys(examples) as RuleId[]))].map((rule) => [rule, BY_VENDOR.flatMap((examples) => examples[rule] ?? [])]),',
      ');',
    ],
  },
];

/** A generated file: its path and its text. */
export interface GeneratedFile {
  /** Repository-relative path. */
  readonly path: string;
  /** The full text. */
  readonly text: string;
}

/**
 * Renders every registry from the vendor folders as they are on disk.
 *
 * @returns One file per registry.
 */
export function registryFiles(): GeneratedFile[] {
  // API-list order (a vendor's first API), so merged lists keep the order the API list gives the vendors.
  const rank = (vendor: string): number => apis.findIndex((api) => api.vendor === vendor);
  const folders = vendorEntries()
    .map((entry) => ({ vendor: entry.vendor, folder: dirname(entry.source.replace(/^\.\//, '')) }))
    .sort((a, b) => rank(a.vendor) - rank(b.vendor));
  return REGISTRIES.map((registry) => {
    const parts = folders
      .filter(({ folder }) => existsSync(join(ROOT, folder, registry.part)))
      .map(({ vendor, folder }) => ({ vendor, specifier: relative(dirname(registry.path), join(folder, registry.part)).replace(/^(?!\.)/, './') }));
    const header = ['/**', ` * ${registry.about}`, ' * Generated by `npm run gen` (scripts/gen-registry.ts) from the vendor folders: do not edit.', ' */'];
    return { path: registry.path, text: `${[...header, ...registry.body(parts)].join('\n')}\n` };
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const file of registryFiles()) {
    mkdirSync(join(ROOT, dirname(file.path)), { recursive: true });
    writeFileSync(join(ROOT, file.path), file.text);
    console.log(`gen wrote ${file.path}`);
  }
}
