export * from './checkJdDiskSize.ts';
export * from './checkJdDiskType.ts';
export * from './checkJdEncryption.ts';
export * from './checkJdInstanceState.ts';
export * from './checkJdInstanceType.ts';
export * from './jdPreflight.ts';
