export * from './coerceValue.ts';
export * from './decodeQuery.ts';
export * from './readQuery.ts';
export * from './rebuildPayload.ts';
export type * from './types.ts';
