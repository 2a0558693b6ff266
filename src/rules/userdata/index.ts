export * from './checkFraming.ts';
export * from './checkTextSize.ts';
export * from './detectFramingOs.ts';
export type * from './types.ts';
