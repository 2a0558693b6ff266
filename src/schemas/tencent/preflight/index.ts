export * from './checkTencentDiskSize.ts';
export * from './checkTencentInstanceState.ts';
export * from './checkTencentKeepImageLogin.ts';
export * from './checkTencentOsSwitch.ts';
export * from './tencentError.ts';
export * from './tencentPreflight.ts';
