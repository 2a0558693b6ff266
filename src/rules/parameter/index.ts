export * from './checkRequiredWhenEmpty.ts';
