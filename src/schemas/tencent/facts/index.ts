/** Tencent Cloud's part of `instance-preflight/facts`: the CVM describe-response adapters and the shapes they read. */
export { tencentInstanceFacts } from './tencentInstanceFacts.ts';
export { tencentImageFacts } from './tencentImageFacts.ts';
export type { TencentImage, TencentInstance } from './types.ts';
