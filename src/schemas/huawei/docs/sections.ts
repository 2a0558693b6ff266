import type { RuleFamily } from '../../../engine/spec/types.ts';

/**
 * Where Huawei Cloud's facts page (`docs/vendors/huawei.md`) documents each rule family: the section
 * anchors, each listing the facts with their public sources, the date read, conflicts and the decision. The
 * rule pages link them beside each API's source; a family missing here has no section there.
 */
export const FACT_SECTIONS: Readonly<Partial<Record<RuleFamily, readonly string[]>>> = {
  parameter: ['path-parameters', 'body-shapes', 'parameters'],
  identifier: ['path-parameters', 'parameters'],
  password: ['password', 'admin-name'],
  userdata: ['user-data'],
  credentials: ['credentials', 'user-id'],
  preflight: ['preconditions'],
};
