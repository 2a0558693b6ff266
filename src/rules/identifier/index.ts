export * from './checkIdentifier.ts';
export type * from './types.ts';
