export * from './checkTimezone.ts';
export * from './isKnownTimeZone.ts';
