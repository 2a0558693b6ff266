export * from './base64DecodedLength.ts';
export * from './checkBase64.ts';
export * from './decodeBase64.ts';
export type * from './types.ts';
