import type { Facts } from '../preflight/facts.ts';

/** What a describe response says about the instance: `Facts['instance']`. */
export type InstanceFacts = NonNullable<Facts['instance']>;

/** What a describe response says about the image: `Facts['image']`. */
export type ImageFacts = NonNullable<Facts['image']>;
