import { describe, expect, it } from 'vitest';
import { validate } from '../../validate.ts';
import { TENCENT_API2 as API2, TENCENT_API3 as API3 } from '../../../test/fixtures/completeRequests.ts';
import { specKeys, valueKeys } from '../../../test/fixtures/requestFields.ts';
import { RESET_INSTANCE, RESET_INSTANCE_API2 } from './resetInstance.ts';

const STRUCTURAL = ['parameter/type', 'parameter/enum', 'parameter/unknown', 'parameter/required'];

describe('Tencent request types', () => {
  it('name every parameter of their spec, at every depth, and no other', () => {
    expect(valueKeys(API3)).toEqual(specKeys(RESET_INSTANCE.fields));
    expect(valueKeys(API2)).toEqual(specKeys(RESET_INSTANCE_API2.fields));
  });

  it('type each parameter as the spec does: a complete request has no structural issue', () => {
    for (const [id, request] of [['tencent.cvm.ResetInstance', API3], ['tencent.cvm.ResetInstance@api2', API2]] as const) {
      const structural = validate(id, request, { os: 'linux' }).issues.filter((issue) => STRUCTURAL.includes(issue.rule));
      expect(structural, id).toEqual([]);
    }
  });
});
