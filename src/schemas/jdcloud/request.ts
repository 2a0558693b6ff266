import type { FormValues } from '../../engine/types.ts';
import type { JD_IMAGE_INHERIT, JD_PASSWORD_AUTH, JD_USERDATA_KEYS } from './policies.ts';

/** One user metadata pair of JD Cloud `rebuildInstance`. */
export interface JdcloudMetadataPair {
  /** Key: at most 256 characters, any characters. */
  key: string;
  /** Value: at most 16 KB, any characters. */
  value: string;
}

/** The launch script element of JD Cloud `rebuildInstance`. */
export interface JdcloudUserdata {
  /** Script type: only `launch-script`. */
  key: (typeof JD_USERDATA_KEYS)[number];
  /** Base64 script: Linux starts `#!/bin/bash` or `#!/usr/bin/env python`; Windows uses `<cmd>` or `<powershell>` tags. */
  value: string;
}

/**
 * The request of JD Cloud `rebuildInstance` per the "1.0.3" doc: what
 * `rebuildInstance103()` outputs (and takes without `form: true`). Password
 * required; `hostname`, `metadata` and `userdata` are unknown there.
 */
export interface JdcloudRebuildInstance103Request {
  /** Path parameter: the region id, e.g. `cn-north-1`. */
  regionId: string;
  /** Path parameter: the instance id (`i-xxxxxxxxxx`). */
  instanceId: string;
  /** Instance password for SSH and VNC login: 8-30 characters, 3 of 4 classes, no banned words or runs. */
  password: string;
  /** Image id (`img-xxxxxxxxxx`), from DescribeImages. */
  imageId?: string;
  /** Key pair names; one at most, effective on Linux only. */
  keyNames?: string[];
}

/**
 * The request of JD Cloud VM `rebuildInstance` v1, path parameters included:
 * what `rebuildInstance()` outputs (and takes without `form: true`).
 */
export interface JdcloudRebuildInstanceRequest extends Omit<JdcloudRebuildInstance103Request, 'password'> {
  /** Instance password for SSH and VNC login: 8-30 characters, 3 of 4 classes, no banned words or runs. */
  password?: string;
  /** Hostname: Windows 2-15 characters, no dots, not all digits; Linux 2-64, dotted segments. */
  hostname?: string;
  /** User metadata: at most 40 pairs, keys case-insensitive. */
  metadata?: JdcloudMetadataPair[];
  /** Launch script: one element keyed `launch-script`. */
  userdata?: JdcloudUserdata[];
  /** Whether password login stays enabled when a key is given; must be `yes` on Windows. */
  passWordAuth?: (typeof JD_PASSWORD_AUTH)[number];
  /** `yes`: keep the image's login settings (a password or key given too is ignored). */
  imageInherit?: (typeof JD_IMAGE_INHERIT)[number];
}

/** The form values of JD Cloud `rebuildInstance` v1: what `rebuildInstance({ form: true })` takes. */
export type JdcloudRebuildInstanceForm = FormValues<JdcloudRebuildInstanceRequest>;

/** The form values of JD Cloud `rebuildInstance` "1.0.3": what `rebuildInstance103({ form: true })` takes. */
export type JdcloudRebuildInstance103Form = FormValues<JdcloudRebuildInstance103Request>;
