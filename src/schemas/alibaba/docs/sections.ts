import type { RuleFamily } from '../../../engine/spec/types.ts';

/**
 * Where Alibaba Cloud's facts page (`docs/vendors/alibaba.md`) documents each rule family: the section
 * anchors, each listing the facts with their public sources, the date read, conflicts and the decision. The
 * rule pages link them beside each API's source; a family missing here has no section there.
 */
export const FACT_SECTIONS: Readonly<Partial<Record<RuleFamily, readonly string[]>>> = {
  parameter: ['parameters', 'image-id-and-disk-id', 'client-token', 'deprecated-and-unavailable-parameters', 'wire-format'],
  identifier: ['instance-id'],
  password: ['password'],
  credentials: ['password-inherit', 'key-pair'],
  'system-disk': ['system-disk'],
  preflight: ['preconditions'],
};
