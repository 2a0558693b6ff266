/** Alibaba Cloud's part of `instance-preflight/facts`: the ECS describe-response adapters and the shapes they read. */
export { alibabaInstanceFacts } from './alibabaInstanceFacts.ts';
export { alibabaImageFacts } from './alibabaImageFacts.ts';
export { alibabaSystemDiskFacts } from './alibabaSystemDiskFacts.ts';
export type { AlibabaDisk, AlibabaImage, AlibabaInstance } from './types.ts';
