import type { SchemaReports } from '../../../errors/messages/variants.ts';

/**
 * What Zenlayer's schema (`resetInstance()`) reports beyond the walk's structural checks, which the generator
 * reads from the payload spec: the source of `./tables.ts` (`npm run messages:vendors`). Not here:
 * `preflight/` (needs facts) and what only the CLI reports.
 */
export const reports: SchemaReports = {
  rules: {
    // Both shapes: instance and image ids are opaque (checkOpaqueId), key ids `key-` plus `alnum`.
    identifier: ['format'],
    // Both charset shapes: ZENLAYER_PASSWORD's disputedSpecials warn, any other character fails.
    password: ['length', 'charset', 'classes'],
    'instance-name': ['length', 'charset'],
    timezone: ['unknown'],
    userdata: ['size'],
    // Exactly one login method on Linux, none on Windows.
    credentials: ['conflict', 'missing', 'unsupported'],
  },
  variants: {
    // userData is opaque text: resetInstance.ts measures it in `utf8-bytes` only.
    'userdata/size': 'utf8-bytes',
  },
};
