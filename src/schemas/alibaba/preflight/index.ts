export * from './alibabaError.ts';
export * from './alibabaPreflight.ts';
export * from './checkAlibabaDiskSize.ts';
export * from './checkAlibabaInstanceLock.ts';
export * from './checkAlibabaInstanceState.ts';
export * from './checkAlibabaSecurityEnhancement.ts';
export * from './checkAlibabaStopMode.ts';
export * from './checkAlibabaUnpaidOrder.ts';
