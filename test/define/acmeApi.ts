import {
  byOs,
  checkIdentifier,
  checkPassword,
  type ApiSpec,
  type IdentifierPolicy,
  type PasswordPolicy,
  type PayloadAbout,
  type PayloadSpec,
  type PreflightRule,
} from '../../src/define.ts';

/**
 * A fictional vendor, "Acme", with one API, Rebuild, defined only through the
 * public surface (`instance-preflight/define`, here its source file so a stale
 * `dist/` cannot hide a break): its policies, payload spec, about text,
 * preflight rule and API record, as a third party's package would hold them.
 */

/** Acme's server id: `srv-` and 8 lower-case letters or digits. */
export const ACME_SERVER_ID: IdentifierPolicy = { prefix: 'srv-', alphabet: 'lower-alnum', length: 8 };

/** Acme's admin password: 10-32 characters, three of four classes. */
export const ACME_PASSWORD: PasswordPolicy = {
  minLength: 10,
  maxLength: 32,
  specials: '!@#%^*-_+=',
  classes: ['lower', 'upper', 'digit', 'special'],
  minClasses: 3,
};

/** The one state Acme rebuilds from. */
export const ACME_REBUILD_STATE = 'SHUTOFF';

/** The payload spec: a server id, an optional admin password (Linux only) and up to 3 tags. */
export const ACME_REBUILD_PAYLOAD: PayloadSpec = {
  fields: {
    ServerId: { type: 'string', required: true, check: (value) => checkIdentifier(ACME_SERVER_ID, value) },
    AdminPass: {
      type: 'string',
      check: (value, context) =>
        byOs(context.os, (os) => (os === 'windows' ? [{ rule: 'credentials/unsupported', params: { name: 'AdminPass' } }] : checkPassword(ACME_PASSWORD, value))),
    },
    Tags: { type: 'array', items: { type: 'string' }, maxItems: 3 },
    DryRun: { type: 'boolean' },
  },
  unknownSeverity: 'error',
  checks: [],
};

/** Descriptions, secrecy and Acme's error codes. */
export const ACME_REBUILD_ABOUT: PayloadAbout = {
  fields: {
    ServerId: { description: 'The server to rebuild, e.g. srv-1a2b3c4d.' },
    AdminPass: { description: 'The new admin password (Linux images only).', secret: true, vendor: { 'password/*': { code: 'InvalidAdminPass', status: 400 } } },
    Tags: { description: 'Up to 3 tags.' },
    'Tags[]': { description: 'One tag.' },
    DryRun: { description: 'Checks the request without rebuilding.', default: 'false' },
  },
  vendor: { '*': { code: 'InvalidParameter', status: 400 } },
};

/** The server must be shut off. */
export const checkAcmeState: PreflightRule = (_payload, facts) => {
  const state = facts.instance?.state;
  if (state === undefined || state === ACME_REBUILD_STATE) return [];
  return [{ finding: { rule: 'preflight/instance-state', params: { state, allowed: [ACME_REBUILD_STATE] } }, path: [], vendor: { code: 'ServerNotShutoff', status: 409 } }];
};

/** The API record. */
export const ACME_REBUILD: ApiSpec<'acme.vm.Rebuild', 'acme'> = {
  id: 'acme.vm.Rebuild',
  vendor: 'acme',
  action: 'Rebuild',
  version: '2030-01-01',
  endpoint: 'https://vm.acme.example/v1/servers/{ServerId}/rebuild',
  method: 'POST',
  wire: 'json-or-query',
  doc: 'https://docs.acme.example/vm/rebuild',
  source: 'Acme VM Rebuild reference',
  payload: ACME_REBUILD_PAYLOAD,
  about: ACME_REBUILD_ABOUT,
  formFactory: 'rebuild',
  errorCodes: [
    { code: 'InvalidAdminPass', status: 400, description: 'The admin password breaks the password policy.', source: 'seed' },
    { code: 'ServerNotShutoff', status: 409, description: 'The server is not shut off.', source: 'seed' },
  ],
  policies: { password: { linux: ACME_PASSWORD }, identifiers: { ServerId: ACME_SERVER_ID } },
  preflight: [checkAcmeState],
  transportParameters: ['Signature', 'AccessKey'],
};
