/**
 * `npm run gen` (second step): writes one direct checker per built-in API, generated from its payload spec, into
 * its vendor folder (`src/schemas/<vendor>/generated/<name>Checker.ts`), and the vendor's index of them
 * (`generated/index.ts`, which scripts/gen-registry.ts merges into the registry `validate()` reads, src/registry/checkers.ts). Each checker reports exactly what `createChecker(api.payload, { suggest:
 * suggestName, quote: isShowableKey })` reports, as one walk specialised to its API: one `for…in` and `switch` per
 * object level into locals, each field's own rules called directly, paths as constants. Generated at build time,
 * not at run time: no `new Function`, so CSP-safe, type-checked and reviewable.
 * test/engine/generatedCheckers.test.ts fails when a written file is stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apis } from '../src/apis.ts';
import { ARRAY_WALK_BOUND } from '../src/engine/createChecker.ts';
import type { ApiSpec } from '../src/engine/spec/api.ts';
import type { FieldSpec } from '../src/engine/spec/types.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A generated file: its path and its text. */
export interface GeneratedFile {
  /** Repository-relative path. */
  readonly path: string;
  /** The full text. */
  readonly text: string;
}

/** A path segment as generated: a wire name, or the index variable of an enclosing list. */
type Segment = { readonly key: string } | { readonly index: string };

/** What one module's generation collects: module constants, walk functions, and the imports they use. */
interface Module {
  readonly constants: string[];
  /** The spec's rules, enumerations and names each level reads: declared at load, bound on the first call. */
  readonly bound: { readonly name: string; readonly type: string; readonly value: string }[];
  readonly functions: string[];
  readonly used: Set<string>;
  readonly paths: Map<string, string>;
  counter: number;
}

const lit = (value: string): string => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The checker's module name for an API id: `tencent.cvm.ResetInstance@api2` -> `resetInstanceApi2`. */
export function checkerName(id: string): string {
  const [action = '', suffix = ''] = id.split('.').slice(2).join('.').split('@');
  const tail = suffix.replace(/[^A-Za-z0-9]/g, '');
  return `${action.charAt(0).toLowerCase()}${action.slice(1)}${tail.charAt(0).toUpperCase()}${tail.slice(1)}`;
}

/**
 * A path as code: a module constant when it has no list index, else a literal built where a finding needs it. A
 * constant is a literal too, not its parent's spread: V8 shares a literal's elements with the copies a report
 * makes of its path (copy on write), a spread's it copies (about 100 B more per invalid call).
 */
function pathCode(module: Module, path: readonly Segment[]): string {
  if (path.every((segment) => 'key' in segment)) {
    const text = `[${path.map((segment) => lit((segment as { key: string }).key)).join(', ')}]`;
    let name = module.paths.get(text);
    if (name === undefined) {
      name = `PATH_${module.paths.size}`;
      module.paths.set(text, name);
      module.constants.push(`const ${name}: readonly string[] = ${text};`);
    }
    return name;
  }
  return `[${path.map((segment) => ('key' in segment ? lit(segment.key) : segment.index)).join(', ')}]`;
}

/** A spec path as code: the wire path's constant when it crosses no list (they are the same names), else a literal. */
function specPathCode(module: Module, specPath: readonly string[]): string {
  return specPath.includes('[]') ? `[${specPath.map(lit).join(', ')}]` : pathCode(module, specPath.map((key) => ({ key })));
}

const indexParams = (indexes: readonly string[]): string => indexes.map((name) => `, ${name}: number`).join('');
const indexArgs = (indexes: readonly string[]): string => indexes.map((name) => `, ${name}`).join('');

/** Binds a field's rules once, as a module constant. */
function bindCheck(module: Module, specPath: readonly string[], valueType: string): string {
  const name = `CHECK_${module.counter++}`;
  module.used.add('checkAt');
  const at = specPathCode(module, specPath);
  module.bound.push({ name, type: `ValueCheck<${valueType}>`, value: `checkAt<${valueType}>(SPEC, ${at})` });
  return name;
}

/** Lines that run a bound rule and add its findings: the path literal is built only when there are findings. */
function runCheck(module: Module, check: string, value: string, path: readonly Segment[], pad: string): string[] {
  module.used.add('emitAllAt');
  const found = `found${module.counter++}`;
  return [`${pad}const ${found} = ${check}(${value}, context);`, `${pad}if (${found}.length > 0) out = emitAllAt(out, ${found}, ${pathCode(module, path)});`];
}

function emitLine(module: Module, finding: string, path: readonly Segment[]): string {
  module.used.add('emitAt');
  return `out = emitAt(out, ${finding}, ${pathCode(module, path)});`;
}

function typeError(module: Module, type: string, path: readonly Segment[]): string {
  module.used.add('typeFinding');
  return emitLine(module, `typeFinding('${type}')`, path);
}

/** The test of a value's JSON type, as `createChecker`'s walk makes it. */
function typeTest(type: FieldSpec['type'], value: string): string {
  return type === 'string' ? `typeof ${value} === 'string'`
    : type === 'integer' ? `Number.isInteger(${value})`
    : type === 'boolean' ? `typeof ${value} === 'boolean'`
    : type === 'array' ? `Array.isArray(${value})`
    : `isPlainObject(${value})`;
}

/** The walk of a present value of its own type (a string's enumeration and rules, a number's rules, a list's or an object's walk). */
function typedValue(module: Module, field: FieldSpec, value: string, path: readonly Segment[], specPath: readonly string[], indexes: readonly string[], pad: string): string[] {
  if (field.type === 'boolean') return [];
  if (field.type === 'array') {
    const walk = arrayWalk(module, field, path, specPath, indexes);
    return [`${pad}out = ${walk}(out, ${value}, context${indexArgs(indexes)});`];
  }
  if (field.type === 'object') {
    const walk = objectWalk(module, field, path, specPath, indexes, true);
    return [`${pad}out = ${walk}(out, ${value}, context${indexArgs(indexes)});`];
  }
  const lines: string[] = [];
  let inner = pad;
  if (field.type === 'string' && field.enum !== undefined) {
    module.used.add('enumFinding');
    module.used.add('enumAt');
    const values = `ENUM_${module.counter++}`;
    const at = specPathCode(module, specPath);
    module.bound.push({ name: values, type: 'readonly string[]', value: `enumAt(SPEC, ${at})` });
    const outside = field.enum.length <= 8 ? field.enum.map((entry) => `${value} !== ${lit(entry)}`).join(' && ') : `!${values}.includes(${value})`;
    lines.push(`${pad}if (${outside || 'true'}) ${emitLine(module, `enumFinding(${values})`, path)}`);
    if (field.check === undefined) return lines;
    lines.push(`${pad}else {`);
    inner = `${pad}  `;
  }
  if (field.check !== undefined) {
    const check = bindCheck(module, specPath, field.type === 'string' ? 'string' : 'number');
    lines.push(...runCheck(module, check, field.type === 'integer' ? `${value} as number` : value, path, inner));
  }
  if (inner !== pad) lines.push(`${pad}}`);
  return lines;
}

/** The test that a value is not of a JSON type. */
function notTypeTest(type: FieldSpec['type'], value: string): string {
  return type === 'string' ? `typeof ${value} !== 'string'`
    : type === 'boolean' ? `typeof ${value} !== 'boolean'`
    : `!${typeTest(type, value)}`;
}

/**
 * The walk of a list element: `createChecker`'s walkArray step and walkValue. A hole or `undefined` fails the
 * type test as any other value of the wrong type does, with the same finding at the same path.
 */
function elementValue(module: Module, field: FieldSpec, value: string, path: readonly Segment[], specPath: readonly string[], indexes: readonly string[], pad: string): string[] {
  const body = typedValue(module, field, value, path, specPath, indexes, `${pad}  `);
  return [`${pad}if (${notTypeTest(field.type, value)}) ${typeError(module, field.type, path)}`, ...(body.length > 0 ? [`${pad}else {`, ...body, `${pad}}`] : [])];
}

/**
 * The walk of a parameter's value: `createChecker`'s walkParameter. `undefined`, `null`, `[]` and `{}` are absent
 * (a `required` finding if required); another value of the wrong type is a `type` finding.
 */
function parameter(module: Module, field: FieldSpec, name: string, value: string, path: readonly Segment[], specPath: readonly string[], indexes: readonly string[], pad: string): string[] {
  const missing = field.required === true ? (module.used.add('requiredFinding'), emitLine(module, `requiredFinding(${lit(name)})`, path)) : undefined;
  module.used.add('isPresent');
  const wrong = `else if (isPresent(${value})) ${typeError(module, field.type, path)}`;
  const absent = missing === undefined ? [] : [`${pad}else ${missing}`];
  if (field.type === 'object') {
    module.used.add('isPlainObject');
    module.used.add('OBJECT_PROTOTYPE');
    const walk = objectWalk(module, field, path, specPath, indexes, false);
    const call = `out = ${walk}(out, ${value} as Readonly<Record<string, unknown>>, context${indexArgs(indexes)});`;
    const after = missing === undefined ? [`${pad}  absent = false;`] : [`${pad}  if (absent) {`, `${pad}    absent = false;`, `${pad}    ${missing}`, `${pad}  }`];
    const plain = `(typeof ${value} === 'object' && ${value} !== null && !Array.isArray(${value}) && Object.getPrototypeOf(${value}) === OBJECT_PROTOTYPE) || isPlainObject(${value})`;
    return [`${pad}if (${plain}) {`, `${pad}  ${call}`, ...after, `${pad}} ${wrong}`, ...absent];
  }
  if (field.type === 'array') {
    const walk = arrayWalk(module, field, path, specPath, indexes);
    const empty = missing === undefined ? [] : [`${pad}  else ${missing}`];
    return [`${pad}if (Array.isArray(${value})) {`, `${pad}  if (${value}.length > 0) out = ${walk}(out, ${value}, context${indexArgs(indexes)});`, ...empty, `${pad}} ${wrong}`, ...absent];
  }
  const body = typedValue(module, field, value, path, specPath, indexes, `${pad}  `);
  if (body.length > 0) return [`${pad}if (${typeTest(field.type, value)}) {`, ...body, `${pad}} ${wrong}`, ...absent];
  // Nothing to check once typed: only a present value of another type, or an absent required one, is a finding.
  const test = notTypeTest(field.type, value);
  if (missing === undefined) return [`${pad}if (${test} && isPresent(${value})) ${typeError(module, field.type, path)}`];
  return [`${pad}if (${test}) {`, `${pad}  if (isPresent(${value})) ${typeError(module, field.type, path)}`, `${pad}  else ${missing}`, `${pad}}`];
}

/** A list's walk function: `createChecker`'s walkArray, its bound and element type fixed. */
function arrayWalk(module: Module, field: FieldSpec & { type: 'array' }, path: readonly Segment[], specPath: readonly string[], indexes: readonly string[]): string {
  const name = `walkList${module.counter++}`;
  const index = `i${indexes.length}`;
  const inner = [...indexes, index];
  const itemPath = [...path, { index }];
  const max = field.maxItems;
  const lines = [`function ${name}(out: Out, list: readonly unknown[], context: CheckContext${indexParams(indexes)}): Out {`, '  const length = list.length;'];
  if (max !== undefined) {
    module.used.add('countFinding');
    lines.push(`  const over = length > ${max};`, `  if (over) ${emitLine(module, `countFinding(${max})`, path)}`);
  }
  lines.push(`  const walked = Math.min(length, ${max ?? ARRAY_WALK_BOUND});`);
  lines.push(`  for (let ${index} = 0; ${index} < walked; ${index}++) {`, `    const item: unknown = list[${index}];`);
  lines.push(...elementValue(module, field.items, 'item', itemPath, [...specPath, '[]'], inner, '    '), '  }');
  if (field.check !== undefined) {
    const check = bindCheck(module, specPath, 'readonly unknown[]');
    // Over its maxItems the list rule does not run: it would judge a list other than the one sent.
    const pad = max !== undefined ? '    ' : '  ';
    if (max !== undefined) lines.push('  if (!over) {');
    lines.push(`${pad}const whole = length > walked ? (Array.prototype.slice.call(list, 0, walked) as unknown[]) : list;`);
    lines.push(...runCheck(module, check, 'whole', path, pad), ...(max !== undefined ? ['  }'] : []));
  }
  lines.push('  return out;', '}');
  module.functions.push(lines.join('\n'));
  return name;
}

/**
 * An object level's walk function: `createChecker`'s walkObject. One `for…in` over the own keys into locals by a
 * `switch`, unknown keys reported in key order as they come; then each parameter in spec order; then the object's
 * rules. As a parameter (not a list element or the payload) an object without own keys sets `absent`.
 */
function objectWalk(module: Module, field: FieldSpec & { type: 'object' }, path: readonly Segment[], specPath: readonly string[], indexes: readonly string[], element: boolean): string {
  const name = `walkObject${module.counter++}`;
  const entries = Object.entries(field.fields);
  const names = `NAMES_${module.counter++}`;
  module.used.add('namesAt');
  const at = specPathCode(module, specPath);
  module.bound.push({ name: names, type: 'readonly string[]', value: `namesAt(SPEC, ${at})` });
  const lines = [`function ${name}(out: Out, object: Readonly<Record<string, unknown>>, context: CheckContext${indexParams(indexes)}): Out {`];
  entries.forEach((_entry, position) => lines.push(`  let value${position}: unknown;`));
  module.used.add('unknownAt');
  // The own-key test is written out, not read from a module constant: see the note it emits in each file's header.
  lines.push('  let position = 0;', '  for (const key in object) {', '    if (!Object.prototype.hasOwnProperty.call(object, key)) continue;', '    const value = object[key];');
  lines.push('    switch (key) {');
  entries.forEach(([key], position) => lines.push(`      case ${lit(key)}:`, `        value${position} = value;`, '        break;'));
  lines.push('      default:', `        if (value !== null) out = unknownAt(out, SEVERITY, ${names}, key, position, ${pathCode(module, path)});`, '    }', '    position++;', '  }');
  if (!element) module.used.add('absent');
  if (!element) lines.push('  if (position === 0) {', '    absent = true;', '    return out;', '  }');
  entries.forEach(([key, child], position) => {
    lines.push(...parameter(module, child, key, `value${position}`, [...path, { key }], [...specPath, key], indexes, '  '));
  });
  if (field.check !== undefined) {
    const check = bindCheck(module, specPath, 'Readonly<Record<string, unknown>>');
    lines.push(...runCheck(module, check, 'object', path, '  '));
  }
  lines.push('  return out;', '}');
  module.functions.push(lines.join('\n'));
  return name;
}

/** Where an API's generated checker lives, repository-relative. */
export function checkerPath(api: ApiSpec): string {
  return `src/schemas/${api.vendor}/generated/${checkerName(api.id)}Checker.ts`;
}

/** Renders one API's checker module; `binding` is the export of its vendor's `api.ts` that holds the record. */
function checkerModule(api: ApiSpec, binding: string): string {
  const module: Module = { constants: [], bound: [], functions: [], used: new Set(), paths: new Map(), counter: 0 };
  const spec = api.payload;
  const root = objectWalk(module, { type: 'object', fields: spec.fields }, [], [], [], true);
  const checks = spec.checks.map((_check, index) => `PAYLOAD_CHECK_${index}`);
  const rootPath = pathCode(module, []);
  checks.forEach((check, index) => module.constants.push(`const ${check} = SPEC.checks[${index}] as PayloadCheck;`));
  if (checks.length > 0) module.used.add('emitAllAt');
  const engine = (file: string): string => `../../../engine/${file}`;
  const values = ['isPlainObject', 'isPresent'].filter((name) => name === 'isPlainObject' || module.used.has(name));
  const findings = ['countFinding', 'enumFinding', 'requiredFinding', 'typeFinding'].filter((name) => name === 'typeFinding' || module.used.has(name));
  const direct = ['checkAt', 'emitAllAt', 'emitAt', 'enumAt', 'namesAt', 'unknownAt'].filter((name) => module.used.has(name));
  const specTypes = ['CheckContext', ...(checks.length > 0 ? ['PayloadCheck'] : []), ...(module.used.has('checkAt') ? ['ValueCheck'] : [])];
  const name = `${checkerName(api.id)}Checker`;
  const lines = [
    '/**',
    ` * The direct checker of \`${api.id}\`: generated by \`npm run gen\` (scripts/gen-checkers.ts) from its payload spec: do not edit.`,
    ' * It reports exactly what `createChecker(spec, { suggest: suggestName, quote: isShowableKey })` reports, walking',
    ' * this one spec (test/engine/generatedCheckers.prop.test.ts holds them equal).',
    ' */',
    `import type { Checker, LocatedFinding } from '${engine('types.ts')}';`,
    `import type { ${specTypes.join(', ')} } from '${engine('spec/types.ts')}';`,
    `import { ${values.join(', ')} } from '${engine('spec/values.ts')}';`,
    `import { ${findings.join(', ')} } from '${engine('structuralFindings.ts')}';`,
    ...direct.map((file) => `import { ${file} } from '${engine(`direct/${file}.ts`)}';`),
    `import { ${binding} } from '../api.ts';`,
    '',
    '/** The findings so far: `undefined` until the first, so a valid payload allocates no list. */',
    'type Out = LocatedFinding[] | undefined;',
    '',
    '// Each level tests own keys with `Object.prototype.hasOwnProperty.call` written out: V8 folds it to `true` inside `for…in`',
    '// (keys from the enum cache) only when it knows the function, and a bundler turns a module constant holding it into a `var`.',
    '',
    ...(module.used.has('OBJECT_PROTOTYPE')
      ? [
          "/** A parameter object's usual prototype, tested inline before `isPlainObject` (a call, its loads shared by every site: about 40 ns of a typical payload's 850). */",
          'const OBJECT_PROTOTYPE: unknown = Object.prototype;',
          '',
        ]
      : []),
    ...(module.used.has('absent') ? ["/** Set by a parameter object's walk for its caller: the object had no own key, so it is absent. */", 'let absent = false;', ''] : []),
    `const SPEC = ${binding}.payload;`,
    `const SEVERITY = SPEC.unknownSeverity;`,
    ...module.constants,
    '',
    "/** Whether the spec's rules, enumerations and known names below are bound: on the first call, so an API never called costs nothing at load. */",
    'let bound = false;',
    ...module.bound.map(({ name, type }) => `let ${name}: ${type};`),
    '',
    '/** Binds them from the spec; throws on the first call when this file is stale (`npm run gen`). */',
    'function bind(): void {',
    ...module.bound.map(({ name, value }) => `  ${name} = ${value};`),
    '  bound = true;',
    '}',
    '',
    ...module.functions.flatMap((text) => [text, '']),
    '/**',
    ` * Checks a \`${api.id}\` payload: never throws; a payload whose reads throw is one \`parameter/type\` finding at \`[]\`.`,
    ' *',
    ' * @param payload The request parameters.',
    ' * @param context The target OS and image facts.',
    ' *',
    ' * @returns The findings, a fresh list each call.',
    ' */',
    `export const ${name}: Checker = (payload, context) => {`,
    '  if (!bound) bind();',
    '  try {',
    "    if (!isPlainObject(payload)) return [{ finding: typeFinding('object'), path: [] }];",
    ...(checks.length === 0
      ? [`    return ${root}(undefined, payload, context) ?? [];`]
      : [`    let out = ${root}(undefined, payload, context);`, ...checks.map((check) => `    out = emitAllAt(out, ${check}(payload, context), ${rootPath});`), '    return out ?? [];']),
    '  } catch {',
    "    return [{ finding: typeFinding('object'), path: [] }];",
    '  }',
    '};',
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Renders every API's checker module, and per vendor the index of its checkers by API id (what
 * `src/registry/checkers.ts`, written by scripts/gen-registry.ts, merges), from the API list and the records as loaded.
 *
 * @returns The files.
 */
export async function checkerFiles(): Promise<GeneratedFile[]> {
  const files: GeneratedFile[] = [];
  const byVendor = new Map<string, ApiSpec[]>();
  for (const api of apis as readonly ApiSpec[]) {
    const records = (await import(`../src/schemas/${api.vendor}/api.ts`)) as Record<string, unknown>;
    const binding = Object.keys(records).find((key) => records[key] === api);
    if (binding === undefined) throw new Error(`${api.id}: its record is not an export of src/schemas/${api.vendor}/api.ts`);
    files.push({ path: checkerPath(api), text: checkerModule(api, binding) });
    byVendor.set(api.vendor, [...(byVendor.get(api.vendor) ?? []), api]);
  }
  for (const [vendor, vendorApis] of byVendor) {
    const text = [
      '/**',
      ` * The generated checker of each \`${vendor}\` API by API id, merged into src/registry/checkers.ts.`,
      ' * Generated by `npm run gen` (scripts/gen-checkers.ts) from the API list: do not edit.',
      ' */',
      ...vendorApis.map((api) => `import { ${checkerName(api.id)}Checker } from './${checkerName(api.id)}Checker.ts';`),
      '',
      '/** The checkers by API id. */',
      'export const CHECKERS = {',
      ...vendorApis.map((api) => `  ${lit(api.id)}: ${checkerName(api.id)}Checker,`),
      '} as const;',
    ];
    files.push({ path: `src/schemas/${vendor}/generated/index.ts`, text: `${text.join('\n')}\n` });
  }
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const file of await checkerFiles()) {
    mkdirSync(join(ROOT, dirname(file.path)), { recursive: true });
    writeFileSync(join(ROOT, file.path), file.text);
    console.log(`gen wrote ${file.path}`);
  }
}
