import { describe, expect, it } from 'vitest';
import { validate } from '../../validate.ts';
import { ZENLAYER } from '../../../test/fixtures/completeRequests.ts';
import { specKeys, valueKeys } from '../../../test/fixtures/requestFields.ts';
import { RESET_INSTANCE } from './resetInstance.ts';

const STRUCTURAL = ['parameter/type', 'parameter/enum', 'parameter/unknown', 'parameter/required'];

describe('Zenlayer request type', () => {
  it('names every parameter of the spec and no other', () => {
    expect(valueKeys(ZENLAYER)).toEqual(specKeys(RESET_INSTANCE.fields));
  });

  it('types each parameter as the spec does: a complete request has no structural issue', () => {
    const structural = validate('zenlayer.zec.ResetInstance', ZENLAYER, { os: 'linux' }).issues.filter((issue) =>
      STRUCTURAL.includes(issue.rule),
    );
    expect(structural).toEqual([]);
  });
});
