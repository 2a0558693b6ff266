import type { Finding } from '../../rules/finding.ts';
import type { CheckContext, PayloadSpec } from '../../engine/spec/types.ts';
import { checkCredentials, type GivenCredential } from '../../rules/credentials/index.ts';
import { checkIdentifier } from '../../rules/identifier/index.ts';
import { checkInstanceName } from '../../rules/instanceName/index.ts';
import { checkPassword } from '../../rules/password/index.ts';
import { checkTimezone } from '../../rules/timezone/index.ts';
import { checkTextSize } from '../../rules/userdata/index.ts';
import { byOs } from '../../engine/spec/byOs.ts';
import { isPresent, own } from '../../engine/spec/values.ts';
import { checkOpaqueId } from './checkOpaqueId.ts';
import {
  ZENLAYER_INSTANCE_NAME,
  ZENLAYER_KEY_ID,
  ZENLAYER_NO_CREDENTIAL_CATEGORIES,
  ZENLAYER_PASSWORD,
  ZENLAYER_USERDATA_WARN_BYTES,
} from './policies.ts';

const CREDENTIALS = ['password', 'keyId'] as const;

/**
 * Linux images take exactly one of `password` / `keyId`; Windows and Generic
 * images take neither (a Generic image is known only from facts). With the OS
 * unknown, `byOs` makes both given an error (it fails on every OS) and none
 * given a warning (docs/vendors/zenlayer.md#credentials).
 */
function credentialFindings(payload: Readonly<Record<string, unknown>>, context: CheckContext): readonly Finding[] {
  const given: GivenCredential[] = [];
  for (const name of CREDENTIALS) if (isPresent(own(payload, name))) given.push({ name, path: [name] });
  const category = context.image?.category?.toLowerCase();
  if (category !== undefined && ZENLAYER_NO_CREDENTIAL_CATEGORIES.includes(category)) {
    return checkCredentials('none', given, CREDENTIALS);
  }
  return byOs(context.os, (os) => checkCredentials(os === 'windows' ? 'none' : 'exactly-one', given, CREDENTIALS));
}

/**
 * The payload spec of Zenlayer ZEC `ResetInstance` (the API page's parameter
 * set): a POST JSON body, camelCase keys. Unknown parameters warn; note
 * `timezone` is lower-case here (CreateZecInstances says `timeZone`).
 * Descriptions and vendor codes are in `RESET_INSTANCE_ABOUT`.
 */
export const RESET_INSTANCE: PayloadSpec = {
  fields: {
    instanceId: { type: 'string', required: true, check: checkOpaqueId },
    password: { type: 'string', check: (value) => checkPassword(ZENLAYER_PASSWORD, value) },
    keyId: {
      type: 'string',
      check: (value) => (value === '' ? checkOpaqueId(value) : checkIdentifier(ZENLAYER_KEY_ID, value)),
    },
    imageId: { type: 'string', check: checkOpaqueId },
    timezone: { type: 'string', check: (value) => checkTimezone(value) },
    enableAgent: { type: 'boolean' },
    instanceName: { type: 'string', check: (value) => checkInstanceName(ZENLAYER_INSTANCE_NAME, value) },
    // Opaque text: only a size above the assumed limit warns.
    userData: { type: 'string', check: (value) => checkTextSize(ZENLAYER_USERDATA_WARN_BYTES, value) },
  },
  unknownSeverity: 'warning',
  checks: [credentialFindings],
};
