import type { SchemaReports } from '../../../errors/messages/variants.ts';

/**
 * What JD Cloud's schemas (`rebuildInstance()`, `rebuildInstance103()`) report beyond the walk's structural
 * checks, which the generator reads from the payload specs: the source of `./tables.ts`
 * (`npm run messages:vendors`). Not here: `preflight/` (needs facts) and what only the CLI reports.
 */
export const reports: SchemaReports = {
  rules: {
    identifier: ['format'],
    // Banned words and runs of consecutive characters too.
    password: ['length', 'charset', 'classes', 'banned-word', 'sequence'],
    hostname: ['length', 'charset', 'edge', 'consecutive', 'all-digits', 'dot', 'label-length'],
    metadata: ['count', 'key-length', 'value-size', 'empty-key', 'duplicate-key', 'ignored-key'],
    // The launch script: Base64, size and framing.
    userdata: ['base64', 'padding', 'size', 'framing'],
    // Login settings that Windows or `imageInherit` refuse or ignore.
    credentials: ['unsupported', 'ignored'],
  },
  variants: {
    // Every JD id policy (region, instance, image, key name) documents an alphabet: no id is opaque.
    'identifier/format': 'shaped',
    // JD_PASSWORD has no disputedSpecials, so checkPassword never sets `disputed`.
    'password/charset': 'invalid',
    // JD_USERDATA sets maxDecodedBytes only, so inspectBase64 reports `decoded-bytes`.
    'userdata/size': 'decoded-bytes',
  },
};
