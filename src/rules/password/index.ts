export * from './checkPassword.ts';
export type * from './types.ts';
