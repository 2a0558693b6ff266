/**
 * Facts from the vendors' own describe responses: pure functions (no SDK
 * import, browser-safe) from a describe result, as the vendor's SDK types it,
 * to the `facts` that `validate()` takes. An unknown platform string maps to
 * no OS (both readings stay open); an unknown state or category is kept as given.
 *
 * @module instance-preflight/facts
 */
export * from '../registry/facts.ts';
export type { ImageFacts, InstanceFacts } from './types.ts';
export type { Facts } from '../preflight/facts.ts';
export type { Os } from '../rules/finding.ts';
