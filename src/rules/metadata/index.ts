export * from './checkMetadata.ts';
export * from './codePointLength.ts';
export * from './utf8ByteLength.ts';
export type * from './types.ts';
