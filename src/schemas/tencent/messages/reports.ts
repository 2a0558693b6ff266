import type { SchemaReports } from '../../../errors/messages/variants.ts';

/**
 * What Tencent's schemas (`resetInstance()`, `resetInstanceApi2()`) report beyond the walk's structural checks,
 * which the generator reads from the payload specs: the source of `./tables.ts` (`npm run messages:vendors`).
 * Not here: `preflight/` (needs facts), `parameter/flattening` (query encoding) and what only the CLI reports.
 */
export const reports: SchemaReports = {
  rules: {
    // resetInstance.ts: the DiskName length and the shared SystemDisk fields a reset does not take.
    parameter: ['length', 'unused'],
    identifier: ['format'],
    password: ['length', 'charset', 'classes'],
    hostname: ['length', 'charset', 'edge', 'consecutive', 'all-digits', 'dot', 'label-length'],
    userdata: ['base64', 'padding', 'size'],
    // One login method at most, and no key pairs on Windows.
    credentials: ['conflict', 'unsupported'],
    'system-disk': ['size', 'type'],
  },
  variants: {
    // Every Tencent id policy (instance, image, key pair) is a prefix plus `lower-alnum`.
    'identifier/format': 'lower-alnum',
    // TENCENT_PASSWORD has no disputedSpecials, so checkPassword never sets `disputed`.
    'password/charset': 'invalid',
    // TENCENT_USERDATA sets maxEncodedLength only, so inspectBase64 reports `encoded-chars`.
    'userdata/size': 'encoded-chars',
  },
};
