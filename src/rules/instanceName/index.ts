export * from './checkInstanceName.ts';
export type * from './types.ts';
