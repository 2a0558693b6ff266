export * from './checkTimezone.ts';
export * from './knownTimeZones.ts';
