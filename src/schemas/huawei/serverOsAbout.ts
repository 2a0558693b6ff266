import type { FieldAbout, PayloadAbout, VendorCodes } from '../../engine/spec/types.ts';
import { HUAWEI_INVALID_CMK, HUAWEI_INVALID_PARAMETER as INVALID, HUAWEI_INVALID_PASSWORD } from './errorCodes.ts';

/** Which operation an about object describes (docs/vendors/huawei.md#body-shapes). */
type Profile = 'reinstall-v2' | 'change-v2' | 'reinstall-v1' | 'change-v1';

function fields(profile: Profile): Record<string, FieldAbout> {
  const v2 = profile === 'reinstall-v2' || profile === 'change-v2';
  const change = profile === 'change-v2' || profile === 'change-v1';
  const body = change ? 'os-change' : 'os-reinstall';
  const about: Record<string, FieldAbout> = {
    project_id: { description: 'Path parameter: the project id (32 hexadecimal digits in every example); sent unencoded in the URL.' },
    server_id: { description: 'Path parameter: the ECS id (a UUID in every example); sent unencoded in the URL.' },
    [body]: {
      description: change ? 'The change-OS body: the new image and the login settings.' : 'The reinstall body: the login settings (the image stays).',
    },
    [`${body}.adminpass`]: {
      description:
        'Administrator password (root on Linux, Administrator on Windows): 8-26 characters, 3 of upper, lower, digit, special; not the user name, its reverse or (Windows) 3 consecutive characters of it. Not with keyname.',
      secret: true,
      vendor: { 'password/*': HUAWEI_INVALID_PASSWORD },
    },
    // One text per key across the v1 and v2 bodies: the playground's translations are keyed by it.
    [`${body}.keyname`]: {
      description: 'Key pair name (an existing key pair); not with adminpass. With neither, v2 needs metadata.user_data and v1 refuses the call.',
    },
    [`${body}.userid`]: {
      description: 'IAM user id (My Credentials), used with keyname; the texts differ on whether it is then required or the token’s user.',
      default: 'the user id in the token',
    },
    [`${body}.metadata`]: { description: 'User data (with Cloud-Init only), system disk encryption and licence settings.' },
    [`${body}.metadata.__system__encrypted`]: { description: '"1" encrypts the system disk, "0" does not; set with __system__cmkid.', default: '"0" (not encrypted)' },
    [`${body}.metadata.__system__cmkid`]: {
      description: 'The KMS key id that encrypts the system disk: always 36 characters.',
      vendor: { 'identifier/format': HUAWEI_INVALID_CMK },
    },
    [`${body}.metadata.BYOL`]: { description: '"true" uses the image’s own licence (bring your own licence).', default: 'no BYOL' },
    [`${body}.mode`]: { description: 'withStopServer: stop a running ECS first, then reinstall or change the OS.', default: 'the ECS must be stopped' },
  };
  if (v2) {
    about[`${body}.metadata.user_data`] = {
      description:
        'User data for Cloud-Init / Cloudbase-Init, Base64, at most 32 KB before encoding (text, a text file or gzip); on Linux its first line is a Cloud-Init marker (#!, #cloud-config). Required when adminpass and keyname are both empty.',
    };
  }
  if (change) {
    about[`${body}.imageid`] = { description: 'The new image’s id, in UUID format.' };
    about[`${body}.isAutoPay`] = { description: 'Whether to pay the order from the account automatically (yearly/monthly ECS); the values are not documented.' };
  }
  return about;
}

/**
 * API-wide codes: every certain fault but a password's answers 400 `Ecs.0005` "Invalid parameter values".
 * Unknown members and warnings the server accepts name no code.
 */
const VENDOR: VendorCodes = {
  'parameter/required': INVALID,
  'parameter/required-when-empty': INVALID,
  'parameter/type': INVALID,
  'parameter/enum': INVALID,
  'identifier/format': INVALID,
  'userdata/base64': INVALID,
  'userdata/size': INVALID,
  'credentials/conflict': INVALID,
  'credentials/missing': INVALID,
  'credentials/unsupported': INVALID,
};

/** What docs, JSON Schema and vendor-code lookup know of Huawei Cloud ECS `ReinstallServerWithCloudInit`. Kept apart from the spec so form bundles never carry it. */
export const REINSTALL_SERVER_WITH_CLOUD_INIT_ABOUT: PayloadAbout = { fields: fields('reinstall-v2'), vendor: VENDOR };

/** What docs, JSON Schema and vendor-code lookup know of Huawei Cloud ECS `ChangeServerOsWithCloudInit`. */
export const CHANGE_SERVER_OS_WITH_CLOUD_INIT_ABOUT: PayloadAbout = { fields: fields('change-v2'), vendor: VENDOR };

/** What docs, JSON Schema and vendor-code lookup know of Huawei Cloud ECS `ReinstallServerWithoutCloudInit`. */
export const REINSTALL_SERVER_WITHOUT_CLOUD_INIT_ABOUT: PayloadAbout = { fields: fields('reinstall-v1'), vendor: VENDOR };

/** What docs, JSON Schema and vendor-code lookup know of Huawei Cloud ECS `ChangeServerOsWithoutCloudInit`. */
export const CHANGE_SERVER_OS_WITHOUT_CLOUD_INIT_ABOUT: PayloadAbout = { fields: fields('change-v1'), vendor: VENDOR };
