export * from './decodeUserdata.ts';
export * from './encodeUserdata.ts';
export * from './generatePassword.ts';
export * from './toHostname.ts';
export type * from './types.ts';
