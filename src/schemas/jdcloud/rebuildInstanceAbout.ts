import type { FieldAbout, PayloadAbout, VendorCodes } from '../../engine/spec/types.ts';
import { JD_INVALID_ARGUMENT_PRESUMED as PRESUMED, JD_INVALID_PASSWORD } from './errorCodes.ts';

/** Which doc an about object follows: v1 (the API page + SDK) or the "1.0.3" English page (docs/vendors/jdcloud.md#the-103-document). */
type Profile = 'v1' | '1.0.3';

function fields(profile: Profile): Record<string, FieldAbout> {
  const common: Record<string, FieldAbout> = {
    regionId: { description: 'Path parameter: the region id, e.g. cn-north-1.' },
    instanceId: { description: 'Path parameter: the instance id (i-xxxxxxxxxx).' },
    password: {
      description: 'Instance password for SSH and VNC login: 8-30 characters, 3 of 4 classes, no banned words or runs.',
      // v1's table marks it optional; "1.0.3" requires it, so no default applies there.
      ...(profile === 'v1' ? { default: 'undocumented: the table marks it optional, the narrative says a rebuild needs one' } : {}),
      secret: true,
      vendor: { 'password/*': JD_INVALID_PASSWORD },
    },
    imageId: {
      description: 'Image id (img-xxxxxxxxxx), from DescribeImages.',
      default: 'the image the instance was created from',
    },
    keyNames: { description: 'Key pair names; one at most, effective on Linux only. An unknown name answers 404 NOT_FOUND.' },
    'keyNames[]': { description: 'Key pair name: letters, digits, "_" and "-", at most 32.' },
  };
  if (profile === '1.0.3') return common;
  return {
    ...common,
    hostname: {
      description: 'Hostname. Windows 2-15 characters, no dots, not all digits; Linux 2-64, dotted segments.',
      default: 'the instance name, escaped per RFC 952 / RFC 1123',
      vendor: { 'hostname/*': PRESUMED },
    },
    metadata: {
      description: 'User metadata: at most 40 pairs, keys case-insensitive, a key ending in "-" is ignored.',
      vendor: {
        'metadata/count': PRESUMED,
        'metadata/key-length': PRESUMED,
        'metadata/value-size': PRESUMED,
        'metadata/empty-key': PRESUMED,
        'metadata/duplicate-key': PRESUMED,
      },
    },
    'metadata[]': { description: 'One key-value pair.' },
    'metadata[].key': { description: 'Key: at most 256 characters, any characters.' },
    'metadata[].value': { description: 'Value: at most 16 KB, any characters.' },
    userdata: {
      description: 'Launch script: one element keyed "launch-script", Base64, at most 16 KB before encoding.',
      vendor: { 'userdata/base64': PRESUMED, 'userdata/size': PRESUMED, 'userdata/framing': PRESUMED },
    },
    'userdata[]': { description: 'The launch script.' },
    'userdata[].key': { description: 'Script type: only launch-script.' },
    'userdata[].value': {
      description: 'Base64 script; Linux: first line #!/bin/bash or #!/usr/bin/env python; Windows: <cmd> or <powershell> tags.',
    },
    passWordAuth: {
      description: 'Whether password login stays enabled when a key is given (SDK since 2022-08); must be yes on Windows.',
      default: 'yes',
      vendor: { 'credentials/unsupported': PRESUMED },
    },
    imageInherit: {
      description: 'Use the login settings stored in the image (SDK since 2022-08); "" means no.',
      default: 'no',
    },
  };
}

/**
 * API-wide codes. Only the password code is documented; other value faults
 * presumably answer the same 400 `INVALID_ARGUMENT`. Unknown parameters and
 * warnings the server accepts (padding, ignored keys) name no code.
 */
const VENDOR: VendorCodes = {
  'parameter/required': PRESUMED,
  'parameter/type': PRESUMED,
  'parameter/enum': PRESUMED,
  'parameter/count': PRESUMED,
  'identifier/format': PRESUMED,
};

/**
 * What docs, JSON Schema and vendor-code lookup know of JD Cloud VM
 * `rebuildInstance` v1 (`REBUILD_INSTANCE`): each parameter's description,
 * default and secrecy, and the error codes the server answers with. Kept apart
 * from the spec so form bundles never carry it.
 */
export const REBUILD_INSTANCE_ABOUT: PayloadAbout = { fields: fields('v1'), vendor: VENDOR };

/**
 * What docs, JSON Schema and vendor-code lookup know of JD Cloud
 * `rebuildInstance` per the "1.0.3" doc (`REBUILD_INSTANCE_103`).
 */
export const REBUILD_INSTANCE_103_ABOUT: PayloadAbout = { fields: fields('1.0.3'), vendor: VENDOR };
