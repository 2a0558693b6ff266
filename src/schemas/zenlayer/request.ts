import type { FormValues } from '../../engine/types.ts';

/**
 * The request of Zenlayer ZEC `ResetInstance` (a POST JSON body): what
 * `resetInstance()` outputs (and takes without `form: true`).
 */
export interface ZenlayerResetInstanceRequest {
  /** Instance id, from DescribeInstances. */
  instanceId: string;
  /** Instance password: 8-16 characters with a letter, a digit and one of `~!@$^*-_=+`. Not with `keyId`. */
  password?: string;
  /** SSH key pair id, e.g. `key-YWD2QFOl`. Not with `password`; Windows and Generic images take neither. */
  keyId?: string;
  /** Image id, from DescribeImages (default: the current image). */
  imageId?: string;
  /** Time zone name (IANA, e.g. `Asia/Shanghai`). */
  timezone?: string;
  /** Whether the QEMU guest agent (QGA) is enabled (default `false`). */
  enableAgent?: boolean;
  /** New instance name: 2-63 characters, letters, digits, `-` and `.`. */
  instanceName?: string;
  /** Initialization command. */
  userData?: string;
}

/** The form values of Zenlayer ZEC `ResetInstance`: what `resetInstance({ form: true })` takes. */
export type ZenlayerResetInstanceForm = FormValues<ZenlayerResetInstanceRequest>;
