import type { Finding, Os } from '../../rules/finding.ts';
import type { FieldMap, PayloadSpec } from '../../engine/spec/types.ts';
import { inspectBase64 } from '../../rules/base64/index.ts';
import { checkHostname } from '../../rules/hostname/index.ts';
import { checkIdentifier } from '../../rules/identifier/index.ts';
import { checkMetadata, type MetadataPair } from '../../rules/metadata/index.ts';
import { checkPassword, checkPasswordSequences } from '../../rules/password/index.ts';
import { checkFraming } from '../../rules/userdata/index.ts';
import { byOs } from '../../engine/spec/byOs.ts';
import { isPlainObject, isPresent, own } from '../../engine/spec/values.ts';
import {
  JD_FRAMING,
  JD_HOSTNAME,
  JD_IMAGE_ID,
  JD_IMAGE_INHERIT,
  JD_INSTANCE_ID,
  JD_KEY_NAME,
  JD_KEY_NAMES_MAX,
  JD_METADATA,
  JD_PASSWORD,
  JD_PASSWORD_AUTH,
  JD_PASSWORD_AUTH_REQUIRED_ON,
  JD_REGION_ID,
  JD_USERDATA,
  JD_USERDATA_KEYS,
  JD_USERDATA_MAX,
} from './policies.ts';

/** Which doc a spec follows: v1 (the API page + SDK) or the "1.0.3" English page (docs/vendors/jdcloud.md#the-103-document). */
type Profile = 'v1' | '1.0.3';

/**
 * Checks the metadata list as a whole. Only well-formed `{ key, value }`
 * strings are pairs the rule can judge; a malformed element already has its
 * own `parameter/` issue, and still counts toward the pair limit.
 */
function metadataFindings(list: readonly unknown[]): Finding[] {
  const pairs: MetadataPair[] = [];
  const indexes: number[] = [];
  for (let index = 0; index < list.length; index++) {
    const item = list[index];
    if (!isPlainObject(item)) continue;
    const key = own(item, 'key');
    const value = own(item, 'value');
    if (typeof key === 'string' && typeof value === 'string') {
      pairs.push({ key, value });
      indexes.push(index);
    }
  }
  const findings = checkMetadata(JD_METADATA, pairs).map((finding) => {
    const [at, ...rest] = finding.path ?? [];
    return typeof at === 'number' ? { ...finding, path: [indexes[at] ?? at, ...rest] } : finding;
  });
  if (pairs.length <= JD_METADATA.maxPairs && list.length > JD_METADATA.maxPairs) {
    findings.unshift({ rule: 'metadata/count', params: { max: JD_METADATA.maxPairs }, path: [] });
  }
  return findings;
}

/**
 * Checks a launch script: strict Base64 and the decoded size first, then the
 * framing of the decoded text. With the OS unknown, a script framed for one OS
 * only warns that the other OS rejects it, as a dotted hostname does (docs/design-decisions.md#unknown-os-and-certainty).
 */
function userdataValueFindings(value: string, os: Os | undefined): Finding[] {
  const { findings, decoded } = inspectBase64(JD_USERDATA, value);
  return decoded === undefined ? findings : [...findings, ...checkFraming(JD_FRAMING, os, decoded)];
}

/** `imageInherit: "yes"` makes the server use the image's login settings: a password or key given too is ignored (docs/vendors/jdcloud.md#credentials). */
function imageInheritFindings(payload: Readonly<Record<string, unknown>>): Finding[] {
  if (own(payload, 'imageInherit') !== 'yes') return [];
  const findings: Finding[] = [];
  for (const name of ['password', 'keyNames']) {
    if (isPresent(own(payload, name))) {
      findings.push({ rule: 'credentials/ignored', severity: 'warning', params: { name, reason: 'image-inherit' }, path: [name] });
    }
  }
  return findings;
}

/**
 * One OS's hostname rules, as a module-level function: a field check then allocates no closure per call. Named
 * loads, not `JD_HOSTNAME[os]`: a keyed load that has seen both OSes stays slow for every later call.
 */
const hostnameFindings = (os: Os, value: string): readonly Finding[] =>
  checkHostname(os === 'windows' ? JD_HOSTNAME.windows : JD_HOSTNAME.linux, value);

// Pure, so a bundle that imports one of the two specs (v1 and 1.0.3) drops the other.
// @__NO_SIDE_EFFECTS__
function fields(profile: Profile): FieldMap {
  const common: FieldMap = {
    regionId: { type: 'string', required: true, check: (value) => checkIdentifier(JD_REGION_ID, value) },
    instanceId: { type: 'string', required: true, check: (value) => checkIdentifier(JD_INSTANCE_ID, value) },
    password: {
      type: 'string',
      required: profile === '1.0.3',
      check: (value) => [...checkPassword(JD_PASSWORD, value), ...checkPasswordSequences(JD_PASSWORD, value)],
    },
    imageId: { type: 'string', check: (value) => checkIdentifier(JD_IMAGE_ID, value) },
    keyNames: {
      type: 'array',
      items: { type: 'string', check: (value) => checkIdentifier(JD_KEY_NAME, value) },
      maxItems: JD_KEY_NAMES_MAX,
      check: (_value, context) =>
        byOs(context.os, (os) =>
          os === 'windows' ? [{ rule: 'credentials/ignored', severity: 'warning', params: { name: 'keyNames', reason: 'windows' } }] : [],
        ),
    },
  };
  if (profile === '1.0.3') return common;
  return {
    ...common,
    hostname: {
      type: 'string',
      check: (value, context) => byOs(context.os, hostnameFindings, value),
    },
    metadata: {
      type: 'array',
      items: {
        type: 'object',
        fields: { key: { type: 'string', required: true }, value: { type: 'string', required: true } },
      },
      check: metadataFindings,
    },
    userdata: {
      type: 'array',
      items: {
        type: 'object',
        fields: {
          key: { type: 'string', required: true, enum: JD_USERDATA_KEYS },
          value: { type: 'string', required: true, check: (value, context) => userdataValueFindings(value, context.os) },
        },
      },
      maxItems: JD_USERDATA_MAX,
    },
    passWordAuth: {
      type: 'string',
      enum: JD_PASSWORD_AUTH,
      check: (value, context) =>
        byOs(context.os, (os) =>
          os === JD_PASSWORD_AUTH_REQUIRED_ON && value !== 'yes'
            ? [{ rule: 'credentials/unsupported', params: { name: 'passWordAuth' } }]
            : [],
        ),
    },
    imageInherit: { type: 'string', enum: JD_IMAGE_INHERIT },
  };
}

/**
 * The payload spec of JD Cloud VM `rebuildInstance` v1: the API page's parameter
 * set plus `passWordAuth` and `imageInherit` from the current SDK, with the
 * path parameters `regionId` and `instanceId`. Unknown parameters warn.
 * Descriptions and vendor codes are in `REBUILD_INSTANCE_ABOUT`.
 */
export const REBUILD_INSTANCE: PayloadSpec = {
  fields: fields('v1'),
  unknownSeverity: 'warning',
  checks: [imageInheritFindings],
};

/**
 * The payload spec of JD Cloud `rebuildInstance` per the "1.0.3" English doc
 * (docs/vendors/jdcloud.md#the-103-document): `imageId`, `keyNames` and a required `password` only, so
 * `hostname`, `metadata`, `userdata`, `passWordAuth` and `imageInherit` are
 * unknown parameters here (warnings). Descriptions and vendor codes are in
 * `REBUILD_INSTANCE_103_ABOUT`.
 */
export const REBUILD_INSTANCE_103: PayloadSpec = {
  fields: fields('1.0.3'),
  unknownSeverity: 'warning',
  checks: [],
};
