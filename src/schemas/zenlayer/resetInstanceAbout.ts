import type { PayloadAbout } from '../../engine/spec/types.ts';
import {
  ZENLAYER_KEY_PAIR_NOT_SUPPORTED,
  ZENLAYER_LOGIN_SETTING_CONFLICT,
  ZENLAYER_PASSWORD_MALFORMED,
  ZENLAYER_PASSWORD_NOT_SUPPORTED,
} from './errorCodes.ts';

/**
 * What docs, JSON Schema and vendor-code lookup know of Zenlayer ZEC
 * `ResetInstance` (`RESET_INSTANCE`): each parameter's description, default
 * and secrecy, and the error codes the server answers with. Kept apart from
 * the spec so form bundles never carry it.
 */
export const RESET_INSTANCE_ABOUT: PayloadAbout = {
  fields: {
    instanceId: { description: 'Instance id, from DescribeInstances (format undocumented).' },
    password: {
      description: 'Instance password: 8-16 characters with a letter, a digit and one of ~!@$^*-_=+. Not with keyId.',
      secret: true,
      vendor: {
        'password/*': ZENLAYER_PASSWORD_MALFORMED,
        'credentials/conflict': ZENLAYER_LOGIN_SETTING_CONFLICT,
        'credentials/unsupported': ZENLAYER_PASSWORD_NOT_SUPPORTED,
      },
    },
    keyId: {
      description: 'SSH key pair id, e.g. key-YWD2QFOl. Not with password; Windows and Generic images take neither.',
      vendor: {
        'credentials/conflict': ZENLAYER_LOGIN_SETTING_CONFLICT,
        'credentials/unsupported': ZENLAYER_KEY_PAIR_NOT_SUPPORTED,
      },
    },
    imageId: { description: 'Image id, from DescribeImages (format undocumented).', default: 'the current image' },
    timezone: {
      description: 'Time zone name (IANA, e.g. Asia/Shanghai); the valid list comes from DescribeTimeZones.',
      default: 'the original time zone',
    },
    enableAgent: { description: 'Whether the QEMU guest agent (QGA) is enabled.', default: 'false' },
    instanceName: { description: 'New instance name: 2-63 characters, letters, digits, "-" and ".".', default: 'unchanged' },
    userData: {
      description: 'Initialization command (encoding and size limit undocumented).',
      // No code: INVALID_PARAMETER_USER_DATA_EXCEED is documented, but not its limit, so the 16384-byte warning is a guess.
    },
  },
  vendor: { 'credentials/missing': ZENLAYER_LOGIN_SETTING_CONFLICT },
};
