export * from './checkHuaweiCloudInit.ts';
export * from './checkHuaweiImageState.ts';
export * from './checkHuaweiInstanceState.ts';
export * from './checkHuaweiSystemDisk.ts';
export * from './huaweiBody.ts';
export * from './huaweiPreflight.ts';
export * from './imagePath.ts';
