import { describe, expect, it } from 'vitest';
import { validate } from '../../validate.ts';
import { JD_103, JD_V1 } from '../../../test/fixtures/completeRequests.ts';
import { specKeys, valueKeys } from '../../../test/fixtures/requestFields.ts';
import { REBUILD_INSTANCE, REBUILD_INSTANCE_103 } from './rebuildInstance.ts';

const STRUCTURAL = ['parameter/type', 'parameter/enum', 'parameter/unknown', 'parameter/required'];

describe('JD Cloud request types', () => {
  it('name every parameter of their spec, at every depth, and no other', () => {
    expect(valueKeys(JD_V1)).toEqual(specKeys(REBUILD_INSTANCE.fields));
    expect(valueKeys(JD_103)).toEqual(specKeys(REBUILD_INSTANCE_103.fields));
  });

  it('type each parameter as the spec does: a complete request has no structural issue', () => {
    for (const [id, request] of [['jdcloud.vm.rebuildInstance', JD_V1], ['jdcloud.vm.rebuildInstance@1.0.3', JD_103]] as const) {
      const structural = validate(id, request, { os: 'linux' }).issues.filter((issue) => STRUCTURAL.includes(issue.rule));
      expect(structural, id).toEqual([]);
    }
  });
});
