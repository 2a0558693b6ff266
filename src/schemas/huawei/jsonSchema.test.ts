import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { toJsonSchema, UNCHECKED } from '../../jsonSchema/toJsonSchema.ts';

const FIXTURES = new URL('../../../test/conformance/fixtures/huawei/huaweicloud-sdk-nodejs-v3/', import.meta.url);
const PATH = { project_id: '0123456789abcdef0123456789abcdef', server_id: 'b0a9d2b4-2cae-4b66-a6ba-6af70f3bd7f8' };

interface Case {
  readonly file: string;
  readonly api: string;
  readonly expected?: { readonly rule: string };
}

const cases = JSON.parse(readFileSync(new URL('cases.json', FIXTURES), 'utf8')) as Case[];
const compile = (api: string) => new Ajv2020({ allErrors: true, keywords: [UNCHECKED] }).compile(toJsonSchema(api as never) as object);

describe('Huawei JSON Schema', () => {
  it('accepts every body the official SDK sent, with its path parameters, but the one missing imageid', () => {
    for (const { file, api, expected } of cases) {
      const body = JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8')) as Record<string, unknown>;
      expect({ file, valid: compile(api)({ ...PATH, ...body }) }).toEqual({ file, valid: expected?.rule !== 'parameter/required' });
    }
  });

  it('requires the path parameters and the body member, and says what it cannot express', () => {
    const schema = toJsonSchema('huawei.ecs.ChangeServerOsWithCloudInit') as { required: string[]; properties: Record<string, Record<string, unknown>> };
    expect(schema.required).toEqual(['project_id', 'server_id', 'os-change']);
    expect(schema.properties['os-change']?.[UNCHECKED]).toBeDefined();
    expect(compile('huawei.ecs.ChangeServerOsWithCloudInit')({ ...PATH, 'os-change': { imageid: 1 } })).toBe(false);
  });
});
