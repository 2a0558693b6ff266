import type { SchemaReports } from '../../../errors/messages/variants.ts';

/**
 * What Alibaba's schema (`replaceSystemDisk()`) reports beyond the walk's structural checks, which the
 * generator reads from the payload spec: the source of `./tables.ts` (`npm run messages:vendors`).
 * Not here: `preflight/` (needs facts), `parameter/flattening` (query encoding) and what only the CLI reports.
 */
export const reports: SchemaReports = {
  rules: {
    // replaceSystemDisk.ts: ImageId with DiskId, deprecated and unavailable parameters, the ClientToken limits.
    parameter: ['conflict', 'deprecated', 'charset', 'length'],
    identifier: ['format'],
    password: ['length', 'charset', 'classes'],
    // PasswordInherit with a Password; a key pair on Windows, a password beside a Linux key pair.
    credentials: ['conflict', 'ignored'],
    'system-disk': ['size'],
  },
  variants: {
    // ALIBABA_INSTANCE_ID has an alphabet, and the empty id's finding names it too.
    'identifier/format': 'shaped',
    // Without facts the spec reports SystemDisk.Size against bounds only.
    'system-disk/size': 'range',
  },
};
