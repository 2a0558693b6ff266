export * from './alibabaError.ts';
export * from './alibabaPreflight.ts';
export * from './checkAlibabaDiskSize.ts';
export * from './checkAlibabaInstanceLock.ts';
export * from './checkAlibabaInstanceState.ts';
export * from './checkAlibabaUnpaidOrder.ts';
