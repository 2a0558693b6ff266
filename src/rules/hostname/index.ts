export * from './checkHostname.ts';
export type * from './types.ts';
