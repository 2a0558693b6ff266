import type { Vendor } from '../src/apis.ts';

/**
 * Where each vendor's facts page (`docs/vendors/<vendor>.md`) documents each rule family: the section
 * anchors, each listing the facts with their public sources, the date read, conflicts and the decision.
 * A family missing for a vendor has no section there.
 */
export const FAMILY_SECTIONS: Readonly<Record<string, Readonly<Partial<Record<Vendor, readonly string[]>>>>> = {
  parameter: { jdcloud: ['parameters', 'the-103-document'], zenlayer: ['parameters'], tencent: ['parameters', 'legacy-api-20'], huawei: ['path-parameters', 'body-shapes', 'parameters'] },
  identifier: { jdcloud: ['identifiers'], zenlayer: ['identifiers'], tencent: ['identifiers'], huawei: ['path-parameters', 'parameters'] },
  password: { jdcloud: ['password'], zenlayer: ['password'], tencent: ['password'], huawei: ['password', 'admin-name'] },
  hostname: { jdcloud: ['hostname'], tencent: ['hostname'] },
  'instance-name': { zenlayer: ['instance-name'] },
  metadata: { jdcloud: ['metadata'] },
  userdata: { jdcloud: ['user-data'], zenlayer: ['user-data'], tencent: ['user-data'], huawei: ['user-data'] },
  credentials: { jdcloud: ['credentials'], zenlayer: ['credentials'], tencent: ['credentials'], huawei: ['credentials', 'user-id'] },
  'system-disk': { tencent: ['system-disk'] },
  timezone: { zenlayer: ['time-zone'] },
  preflight: { jdcloud: ['preconditions'], zenlayer: ['preconditions'], tencent: ['preconditions'] },
};
