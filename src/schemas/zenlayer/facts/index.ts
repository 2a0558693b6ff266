/** Zenlayer's part of `instance-preflight/facts`: the ZEC describe-response adapters and the shapes they read. */
export { zenlayerInstanceFacts } from './zenlayerInstanceFacts.ts';
export { zenlayerImageFacts } from './zenlayerImageFacts.ts';
export type { ZenlayerImage, ZenlayerInstance } from './types.ts';
