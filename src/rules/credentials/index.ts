export * from './checkCredentials.ts';
export type * from './types.ts';
