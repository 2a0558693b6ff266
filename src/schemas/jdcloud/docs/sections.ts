import type { RuleFamily } from '../../../engine/spec/types.ts';

/**
 * Where JD Cloud's facts page (`docs/vendors/jdcloud.md`) documents each rule family: the section
 * anchors, each listing the facts with their public sources, the date read, conflicts and the decision. The
 * rule pages link them beside each API's source; a family missing here has no section there.
 */
export const FACT_SECTIONS: Readonly<Partial<Record<RuleFamily, readonly string[]>>> = {
  parameter: ['parameters', 'the-103-document'],
  identifier: ['identifiers'],
  password: ['password'],
  hostname: ['hostname'],
  metadata: ['metadata'],
  userdata: ['user-data'],
  credentials: ['credentials'],
  preflight: ['preconditions'],
};
