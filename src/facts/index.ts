/**
 * Facts from the vendors' own describe responses: pure functions (no SDK
 * import, browser-safe) from a describe result, as the vendor's SDK types it,
 * to the `facts` that `validate()` takes. An unknown platform string maps to
 * no OS (both readings stay open); an unknown state or category is kept as given.
 *
 * @module instance-preflight/facts
 */
export { tencentInstanceFacts } from './tencent/tencentInstanceFacts.ts';
export { tencentImageFacts } from './tencent/tencentImageFacts.ts';
export type { TencentImage, TencentInstance } from './tencent/types.ts';
export { jdInstanceFacts } from './jdcloud/jdInstanceFacts.ts';
export { jdImageFacts } from './jdcloud/jdImageFacts.ts';
export { jdImageConstraintFacts } from './jdcloud/jdImageConstraintFacts.ts';
export type { JdDiskAttachment, JdImage, JdImageConstraint, JdInstance } from './jdcloud/types.ts';
export { zenlayerInstanceFacts } from './zenlayer/zenlayerInstanceFacts.ts';
export { zenlayerImageFacts } from './zenlayer/zenlayerImageFacts.ts';
export type { ZenlayerImage, ZenlayerInstance } from './zenlayer/types.ts';
export type { ImageFacts, InstanceFacts } from './types.ts';
export type { Facts } from '../preflight/facts.ts';
export type { Os } from '../rules/finding.ts';
