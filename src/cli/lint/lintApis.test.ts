import { describe, expect, test } from 'vitest';
import { apis } from '../../apis.ts';
import type { ApiSpec } from '../../engine/spec/api.ts';
import { checkIdentifier } from '../../rules/index.ts';
import { BUILT_IN_APIS, lintApis } from './lintApis.ts';

const ACME_REBUILD: ApiSpec = {
  id: 'acme.vm.Rebuild',
  vendor: 'acme',
  action: 'Rebuild',
  endpoint: 'https://vm.acme.example/v1/servers/{ServerId}/rebuild',
  method: 'POST',
  wire: 'json',
  doc: 'https://docs.acme.example/vm/rebuild',
  source: 'Acme VM Rebuild reference',
  payload: {
    fields: { ServerId: { type: 'string', required: true, check: (value) => checkIdentifier({ prefix: 'srv-', alphabet: 'lower-alnum', length: 8 }, value) } },
    unknownSeverity: 'error',
    checks: [],
  },
  about: { fields: { ServerId: { description: 'The server.' }, 'AcmeOptions.AcmeTags[]': { description: 'A tag.' } }, vendor: {} },
  formFactory: 'rebuild',
};

describe('lintApis', () => {
  test('the package APIs first, then the config ones, each external with its checker', () => {
    const known = lintApis([ACME_REBUILD]);
    expect(known.ids).toEqual([...apis.map((api) => api.id), 'acme.vm.Rebuild']);
    expect([...known.external.keys()]).toEqual(['acme.vm.Rebuild']);
    const findings = known.external.get('acme.vm.Rebuild')?.check({ ServerId: 'vm-1' }, { os: 'linux' });
    expect(findings?.map((found) => found.finding.rule)).toEqual(['identifier/format']);
  });

  test('the names a pointer may show are every API parameter name, split at dots, and $api', () => {
    expect(BUILT_IN_APIS.publicNames.has('$api')).toBe(true);
    expect(BUILT_IN_APIS.publicNames.has('AcmeTags')).toBe(false);
    const names = lintApis([ACME_REBUILD]).publicNames;
    for (const name of ['ServerId', 'AcmeOptions', 'AcmeTags']) expect(names.has(name), name).toBe(true);
  });
});
