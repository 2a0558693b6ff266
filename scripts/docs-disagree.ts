import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { apis } from '../src/apis.ts';
import { API_POLICIES, wirePath, type ApiPolicies, type OsKey } from './docs-policies.ts';
import { code, table } from './docs-markdown.ts';
import { region, replaceRegion } from './docs-markers.ts';
import { writeFiles } from './docs-rules.ts';

const OS_NAMES: Readonly<Record<OsKey, string>> = { linux: 'Linux', windows: 'Windows', any: 'Any OS' };

function perOs<T>(map: Readonly<Partial<Record<OsKey, T>>> | undefined, show: (value: T) => string): string {
  if (!map) return '-';
  return (['linux', 'windows', 'any'] as const)
    .flatMap((os) => (map[os] ? [`${OS_NAMES[os]}: ${show(map[os])}`] : []))
    .join('<br>');
}

const ROWS: readonly (readonly [string, (policies: ApiPolicies) => string])[] = [
  ['Password length, classes', (p) => perOs(p.password, (policy) => `${policy.minLength}-${policy.maxLength}, ${policy.minClasses} of ${policy.classes.length}`)],
  ['Password specials', (p) => perOs(p.password, (policy) => `${code(policy.specials)}${policy.disputedSpecials ? ` (+ ${code(policy.disputedSpecials)}: warning)` : ''}`)],
  ['Password bans', (p) => perOs(p.password, (policy) => [policy.bannedWords ? `${policy.bannedWords.length} words` : '', policy.sequences ? `runs of ${policy.sequences.runLength}` : ''].filter(Boolean).join(', ') || 'none')],
  ['Hostname', (p) => perOs(p.hostname, (profile) => `${profile.minLength}-${profile.maxLength}${profile.allowDots ? ', dots' : ', no dots'}${profile.allowAllDigits ? '' : ', not all digits'}`)],
  ['Instance name', (p) => (p.instanceName ? `${p.instanceName.minLength}-${p.instanceName.maxLength}, letters, digits, ${code(p.instanceName.extraChars)}` : '-')],
  ['User data', (p) => {
    if (!p.userdata) return '-';
    const { maxDecodedBytes, maxEncodedLength } = p.userdata.policy;
    const limit =
      maxDecodedBytes !== undefined
        ? `≤ ${maxDecodedBytes} bytes decoded`
        : maxEncodedLength !== undefined
          ? `≤ ${maxEncodedLength} chars encoded`
          : `limit undocumented (over ${p.userdata.warnBytes ?? '?'} bytes warns)`;
    return `${code(wirePath(p.userdata.path))}: ${p.userdata.base64 ? 'Base64' : 'opaque text'}, ${limit}${p.framing ? ', framed script' : ''}`;
  }],
  ['Metadata', (p) => (p.metadata ? `≤ ${p.metadata.maxPairs} pairs, key ≤ ${p.metadata.maxKeyLength}, value ≤ ${p.metadata.maxValueBytes} bytes${p.metadata.caseInsensitiveKeys ? ', keys case-insensitive' : ''}` : '-')],
  ['Ids', (p) => Object.entries(p.identifiers ?? {}).map(([field, policy]) => `${code(field)} ${policy.prefix ? code(policy.prefix) : 'any'}`).join('<br>') || '-'],
];

/**
 * Renders the side-by-side table of every API's policies.
 *
 * @returns The Markdown table, one column per API.
 */
export function renderDisagreeTable(): string {
  return table(['', ...apis.map((api) => code(api.id))], ROWS.map(([name, show]) => [name, ...apis.map((api) => show(API_POLICIES[api.id] ?? {}))]));
}

/**
 * Renders the "which vendor rules disagree" guide with its generated table.
 *
 * @param root The repository root.
 *
 * @returns The file by repository-relative path.
 */
export function disagreeDocFiles(root: string): Map<string, string> {
  const path = 'docs/guides/vendor-differences.md';
  const full = join(root, path);
  const body = renderDisagreeTable();
  const existing = existsSync(full) ? readFileSync(full, 'utf8') : undefined;
  const page = existing === undefined ? `# Which vendor rules disagree\n\n${region('policies', body)}\n` : replaceRegion(existing, 'policies', body);
  if (page === undefined) throw new Error(`${path}: the generated region marker is missing`);
  return new Map([[path, page]]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = join(dirname(new URL(import.meta.url).pathname), '..');
  writeFiles(root, disagreeDocFiles(root));
  console.log('docs:apis wrote docs/guides/vendor-differences.md');
}
