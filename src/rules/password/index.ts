export * from './checkPassword.ts';
export * from './checkPasswordSequences.ts';
export type * from './types.ts';
