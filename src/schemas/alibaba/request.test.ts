import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { FieldMap } from '../../engine/spec/types.ts';
import type { Complete } from '../../../test/fixtures/requestFields.ts';
import { specKeys, valueKeys } from '../../../test/fixtures/requestFields.ts';
import { validate } from '../../validate.ts';
import type { AlibabaReplaceSystemDiskRequest } from './request.ts';
import { REPLACE_SYSTEM_DISK } from './replaceSystemDisk.ts';

/** Every parameter given, at every depth. */
const COMPLETE: Complete<AlibabaReplaceSystemDiskRequest> = {
  Action: 'ReplaceSystemDisk',
  Version: '2014-05-26',
  InstanceId: 'i-bp67acfmxazb4ph1qxyz',
  ImageId: 'm-bp67acfmxazb4ph1abcd',
  DiskId: 'd-bp67acfmxazb4ph1efgh',
  SystemDisk: { Size: 80 },
  Password: 'EcsV587!',
  PasswordInherit: false,
  KeyPairName: 'testKeyPairName',
  ClientToken: '123e4567-e89b-12d3-a456-426655440000',
  SecurityEnhancementStrategy: 'Deactive',
  UseAdditionalService: true,
  Encrypted: true,
  KMSKeyId: 'e522b26d-abf6-4e0d-b5da-04b7a1b2c33c',
  EncryptAlgorithm: 'AES256',
  Arn: [{ RoleType: 'service', Rolearn: 'acs:ram::123456:role/a', AssumeRoleFor: 0 }],
  Platform: 'CentOS',
  Architecture: 'x86_64',
  OwnerId: 1234567890123456,
  ResourceOwnerId: 1234567890123456,
  OwnerAccount: 'owner',
  ResourceOwnerAccount: 'resource-owner',
};

/** The SDK model's wire names (`names()`) and value types (`types()`), with its nested models'. */
interface Model {
  names(): Record<string, string>;
  types(): Record<string, unknown>;
}
const require = createRequire(import.meta.url);
const sdk = require('@alicloud/ecs20140526') as { ReplaceSystemDiskRequest: Model };

/** The spec's JSON type of each SDK type: `types()` names scalars by string and nested models by class. */
function wireTypes(model: Model, prefix = ''): Record<string, string> {
  const names = model.names();
  const out: Record<string, string> = {};
  for (const [field, type] of Object.entries(model.types())) {
    const key = `${prefix}${names[field] ?? field}`;
    if (typeof type === 'string') out[key] = type === 'number' ? 'integer' : type;
    else if (typeof type === 'object' && type !== null && 'itemType' in type) {
      out[key] = 'array';
      Object.assign(out, wireTypes(type.itemType as Model, `${key}[].`));
    } else {
      out[key] = 'object';
      Object.assign(out, wireTypes(type as Model, `${key}.`));
    }
  }
  return out;
}

function specTypes(fields: FieldMap, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, field] of Object.entries(fields)) {
    const key = `${prefix}${name}`;
    out[key] = field.type;
    if (field.type === 'object') Object.assign(out, specTypes(field.fields, `${key}.`));
    if (field.type === 'array' && field.items.type === 'object') Object.assign(out, specTypes(field.items.fields, `${key}[].`));
  }
  return out;
}

describe('Alibaba request type', () => {
  it('names every parameter of the spec, at every depth, and no other', () => {
    expect(valueKeys(COMPLETE)).toEqual(specKeys(REPLACE_SYSTEM_DISK.fields));
  });

  it('types each parameter as the spec does: a complete request has no structural issue', () => {
    const structural = validate('alibaba.ecs.ReplaceSystemDisk', COMPLETE, { os: 'linux' }).issues.filter((issue) =>
      ['parameter/type', 'parameter/enum', 'parameter/unknown', 'parameter/required'].includes(issue.rule),
    );
    expect(structural).toEqual([]);
  });

  it('has the SDK model’s wire names and types (@alicloud/ecs20140526 names() and types()), plus Action and Version', () => {
    const { Action: _action, Version: _version, ...body } = specTypes(REPLACE_SYSTEM_DISK.fields);
    expect(body).toEqual(wireTypes(sdk.ReplaceSystemDiskRequest));
  });
});
