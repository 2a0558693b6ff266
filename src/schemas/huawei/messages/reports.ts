import type { SchemaReports } from '../../../errors/messages/variants.ts';

/**
 * What Huawei's schemas (the four reinstall and change-OS factories) report beyond the walk's structural
 * checks, which the generator reads from the payload specs: the source of `./tables.ts` (`npm run messages:vendors`).
 * Not here: `preflight/` (needs facts), `parameter/flattening` (query encoding) and what only the CLI reports.
 */
export const reports: SchemaReports = {
  rules: {
    // v2: metadata.user_data when adminpass and keyname are both empty.
    parameter: ['required-when-empty'],
    identifier: ['format'],
    password: ['length', 'charset', 'classes', 'contains-username'],
    userdata: ['base64', 'padding', 'size', 'framing'],
    // Not both adminpass and keyname; v1 needs one; v1 key pairs on Windows; adminpass beside Linux user data.
    credentials: ['conflict', 'missing', 'unsupported', 'ignored'],
  },
  variants: {
    // HUAWEI_USERDATA sets maxDecodedBytes only, so inspectBase64 reports `decoded-bytes`.
    'userdata/size': 'decoded-bytes',
  },
};
