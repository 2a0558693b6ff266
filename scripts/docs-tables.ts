import type { IdentifierPolicy } from '../src/rules.ts';
import { apis } from '../src/apis.ts';
import { API_POLICIES, wirePath, type ApiPolicies, type OsKey } from './docs-policies.ts';
import { code, table } from './docs-markdown.ts';

const OS_NAMES: Readonly<Record<OsKey, string>> = { linux: 'Linux', windows: 'Windows', any: 'any' };
const CLASS_NAMES: Readonly<Record<string, string>> = { lower: 'a-z', upper: 'A-Z', digit: '0-9', special: 'special', letter: 'letter' };

/** Every API with its policies, in registry order. */
const withPolicies = (): (readonly [string, ApiPolicies])[] => apis.map((api) => [api.id, API_POLICIES[api.id] ?? {}] as const);

const perOs = <T>(map: Readonly<Partial<Record<OsKey, T>>>): (readonly [OsKey, T])[] =>
  (['linux', 'windows', 'any'] as const).flatMap((os) => (map[os] ? [[os, map[os]] as const] : []));

/**
 * Renders the password policy of every API, per OS.
 *
 * @returns The Markdown table, or `undefined` when no API has a password policy.
 */
export function passwordTable(): string | undefined {
  const rows = withPolicies().flatMap(([id, policies]) =>
    perOs(policies.password ?? {}).map(([os, policy]) => [
      code(id),
      OS_NAMES[os],
      `${policy.minLength}-${policy.maxLength}`,
      `${policy.minClasses} of ${policy.classes.map((name) => CLASS_NAMES[name] ?? name).join(', ')}`,
      `${code(policy.specials)} (${policy.specials.length})`,
      policy.disputedSpecials ? `${code(policy.disputedSpecials)} (warning)` : '-',
      policy.bannedWords ? policy.bannedWords.map(code).join(' ') : '-',
      policy.sequences
        ? `runs of ${policy.sequences.runLength}: ${[policy.sequences.alphabet && 'alphabet', policy.sequences.digits && 'digits', policy.sequences.keyboard && 'keyboard'].filter(Boolean).join(', ')}${policy.sequences.disputedRuns ? `; ${policy.sequences.disputedRuns.map(code).join(' ')} warn` : ''}`
        : '-',
    ]),
  );
  return rows.length ? table(['API', 'OS', 'Length', 'Classes', 'Specials', 'Disputed specials', 'Banned words', 'Sequences'], rows) : undefined;
}

/**
 * Renders the hostname profile of every API, per OS.
 *
 * @returns The Markdown table, or `undefined` when no API checks hostnames.
 */
export function hostnameTable(): string | undefined {
  const rows = withPolicies().flatMap(([id, policies]) =>
    perOs(policies.hostname ?? {}).map(([os, profile]) => [
      code(id),
      OS_NAMES[os],
      `${profile.minLength}-${profile.maxLength}`,
      profile.allowDots ? 'yes' : 'no',
      profile.allowAllDigits ? 'yes' : 'no',
      profile.maxLabelLength ? `${profile.maxLabelLength} (warning)` : '-',
    ]),
  );
  return rows.length ? table(['API', 'OS', 'Length', 'Dots', 'All digits', 'Label length'], rows) : undefined;
}

function shape(policy: IdentifierPolicy): string {
  const size =
    policy.length !== undefined ? `${policy.length}` : `${policy.minLength ?? 1}-${policy.maxLength ?? 'any'}`;
  return `${size} × ${policy.alphabet}`;
}

/**
 * Renders the identifier policies of every API.
 *
 * @returns The Markdown table, or `undefined` when no API checks identifiers.
 */
export function identifierTable(): string | undefined {
  const rows = withPolicies().flatMap(([id, policies]) =>
    Object.entries(policies.identifiers ?? {}).map(([field, policy]) => [
      code(id),
      code(field),
      policy.prefix ? `${code(policy.prefix)} (${policy.prefixSeverity ?? 'error'})` : '-',
      `${shape(policy)} (${policy.lengthSeverity ?? policy.shapeSeverity ?? 'error'})`,
    ]),
  );
  return rows.length ? table(['API', 'Field', 'Prefix', 'Rest of the id', ], rows) : undefined;
}

/**
 * Renders the user-data limits of every API.
 *
 * @returns The Markdown table, or `undefined` when no API takes user data.
 */
export function userdataTable(): string | undefined {
  const rows = withPolicies().flatMap(([id, policies]) => {
    const userdata = policies.userdata;
    if (!userdata) return [];
    const { maxDecodedBytes, maxEncodedLength } = userdata.policy;
    const limit = [
      maxDecodedBytes !== undefined && `${maxDecodedBytes} bytes before encoding`,
      maxEncodedLength !== undefined && `${maxEncodedLength} characters after encoding`,
    ].filter(Boolean);
    const framing = policies.framing
      ? `Linux ${policies.framing.shebangs.map(code).join(', ')}${policies.framing.disputedShebangs ? ` (warning: ${policies.framing.disputedShebangs.map(code).join(', ')})` : ''}; Windows ${policies.framing.tagPairs.map(([open, close]) => `${code(open)}…${code(close)}`).join(', ')}`
      : '-';
    if (userdata.warnBytes !== undefined) limit.push(`undocumented; over ${userdata.warnBytes} UTF-8 bytes warns`);
    return [[code(id), code(wirePath(userdata.path)), userdata.base64 ? 'Base64' : 'opaque text', limit.join(', '), framing]];
  });
  return rows.length ? table(['API', 'Field', 'Encoding', 'Size limit', 'Framing'], rows) : undefined;
}

/**
 * Renders the metadata limits of every API.
 *
 * @returns The Markdown table, or `undefined` when no API takes metadata.
 */
export function metadataTable(): string | undefined {
  const rows = withPolicies().flatMap(([id, policies]) => {
    const policy = policies.metadata;
    return policy
      ? [[code(id), `${policy.maxPairs}`, `${policy.maxKeyLength} code points`, `${policy.maxValueBytes} UTF-8 bytes`, policy.caseInsensitiveKeys ? 'yes' : 'no', policy.ignoredKeySuffix ? code(policy.ignoredKeySuffix) : '-']]
      : [];
  });
  return rows.length ? table(['API', 'Pairs', 'Key', 'Value', 'Case-insensitive keys', 'Ignored key suffix'], rows) : undefined;
}

/**
 * Renders the instance-name limits of every API.
 *
 * @returns The Markdown table, or `undefined` when no API takes an instance name.
 */
export function instanceNameTable(): string | undefined {
  const rows = withPolicies().flatMap(([id, policies]) => {
    const policy = policies.instanceName;
    return policy ? [[code(id), `${policy.minLength}-${policy.maxLength}`, `letters, digits, ${[...policy.extraChars].map(code).join(' ')}`]] : [];
  });
  return rows.length ? table(['API', 'Length', 'Characters'], rows) : undefined;
}

const FAMILY_TABLES: Readonly<Record<string, () => string | undefined>> = {
  password: passwordTable,
  hostname: hostnameTable,
  identifier: identifierTable,
  userdata: userdataTable,
  metadata: metadataTable,
  'instance-name': instanceNameTable,
};

/**
 * Renders the vendor policy table of a rule family, read from the policy objects.
 *
 * @param family The rule family, e.g. `password`.
 *
 * @returns The Markdown table, or `undefined` when the family has no policy data.
 */
export function familyTable(family: string): string | undefined {
  return FAMILY_TABLES[family]?.();
}
