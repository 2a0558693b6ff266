import { Ajv2020 } from 'ajv/dist/2020.js';
import AjvDraft04Module from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { apis } from '../apis.ts';
import { validate } from '../validate.ts';
import { structuralPayloads } from '../../test/browser/support/payloads.ts';
import { toJsonSchema, UNCHECKED } from './toJsonSchema.ts';

const STRUCTURAL = new Set(['parameter/required', 'parameter/type', 'parameter/unknown', 'parameter/enum', 'parameter/count']);

/** The vendor documents' own example requests (docs/vendors/), each valid on the wire. */
const EXAMPLES: Readonly<Record<string, readonly unknown[]>> = {
  'tencent.cvm.ResetInstance': [
    {
      InstanceId: 'ins-r8hr2upy',
      ImageId: 'img-pmqg1cw7',
      SystemDisk: { DiskSize: 60 },
      LoginSettings: { Password: 'Qcloud@TestApi123++' },
      EnhancedService: { SecurityService: { Enabled: true }, MonitorService: { Enabled: true } },
    },
  ],
  'tencent.cvm.ResetInstance@api2': [{ InstanceId: 'ins-r8hr2upy', ImageId: 'img-pmqg1cw7', LoginSettings: { Password: 'Qcloud@TestApi123++' } }],
};

// ajv-draft-04 is CommonJS: under NodeNext its default import is the module object, the class is its `default`.
const AjvDraft04 = AjvDraft04Module.default;

const compilers = {
  'draft-2020-12': () => new Ajv2020({ allErrors: true, keywords: [UNCHECKED] }),
  'openapi-3.0': () => new AjvDraft04({ allErrors: true, keywords: [UNCHECKED] }),
} as const;

describe('toJsonSchema', () => {
  for (const api of apis) {
    for (const target of ['draft-2020-12', 'openapi-3.0'] as const) {
      it(`agrees with validate() on the structural rules: ${api.id}, ${target}`, () => {
        const check = compilers[target]().compile(toJsonSchema(api.id, { target }) as object);
        const payloads = [...structuralPayloads(api.payload), ...(EXAMPLES[api.id] ?? [])];
        for (const payload of payloads) {
          const structuralErrors = validate(api.id, payload).issues.filter(
            (issue) => issue.severity === 'error' && STRUCTURAL.has(issue.rule),
          );
          expect({ payload, valid: check(payload) }).toEqual({ payload, valid: structuralErrors.length === 0 });
        }
      });
    }
  }

  it('accepts the vendor examples', () => {
    for (const [id, examples] of Object.entries(EXAMPLES)) {
      const check = compilers['draft-2020-12']().compile(toJsonSchema(id as never) as object);
      for (const example of examples) expect(check(example)).toBe(true);
    }
  });

  it('lists what it cannot express on the property, never drops it', () => {
    const schema = toJsonSchema('tencent.cvm.ResetInstance', { os: 'windows' }) as { properties: Record<string, Record<string, unknown>> };
    expect(schema.properties['HostName']?.[UNCHECKED]).toEqual(['field']);
    expect(schema.properties['LoginSettings']?.[UNCHECKED]).toEqual(['cross-field']);
    expect(schema.properties['Region']?.[UNCHECKED]).toBeUndefined();
    expect(schema.properties['Version']?.['enum']).toEqual(['2017-03-12', null]);
  });

  it.each(['draft-2020-12', 'openapi-3.0'] as const)('takes null as absent at every depth, as validate() does (%s)', (target) => {
    const tencent = compilers[target]().compile(toJsonSchema('tencent.cvm.ResetInstance', { target }) as object);
    expect(tencent({ InstanceId: 'ins-r8hr2upy', HostName: null, SystemDisk: null, LoginSettings: { Password: null, KeyIds: null }, Unlisted: null })).toBe(true);
    expect(tencent({ InstanceId: null })).toBe(false);
    expect(tencent({ InstanceId: 'ins-r8hr2upy', Version: null, LoginSettings: { KeyIds: [null] } })).toBe(false);
    const jd = compilers[target]().compile(toJsonSchema('jdcloud.vm.rebuildInstance', { target }) as object);
    const base = { regionId: 'cn-north-1', instanceId: 'i-eumm1234d6' };
    expect(jd({ ...base, password: null, keyNames: null, metadata: null, userdata: null })).toBe(true);
    expect(jd({ ...base, metadata: [{ key: 'index', value: null }] })).toBe(false);
  });

  it('rejects an unknown API id', () => {
    expect(() => toJsonSchema('nope.ResetInstance' as never)).toThrow(TypeError);
  });
});
