/** Huawei Cloud's part of `instance-preflight/facts`: the ECS and IMS describe-response adapters and the shapes they read. */
export { huaweiServerFacts } from './huaweiServerFacts.ts';
export { huaweiImageFacts } from './huaweiImageFacts.ts';
export type { HuaweiImage, HuaweiImageInput, HuaweiImagePublic, HuaweiServer, HuaweiServerInput, HuaweiServerPublic, HuaweiVolumeAttachment } from './types.ts';
