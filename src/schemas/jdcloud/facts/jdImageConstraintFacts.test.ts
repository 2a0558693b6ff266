import { describe, expect, it } from 'vitest';
import { CONSTRAINTS } from '../../../../test/guard/fixtures/jdcloud.ts';
import { jdImageConstraintFacts } from './jdImageConstraintFacts.ts';

describe('jdImageConstraintFacts', () => {
  it('reads an excludes list against the instance type', () => {
    expect(jdImageConstraintFacts(CONSTRAINTS, 'g.n2.large')).toEqual({ supportedInstanceTypes: ['g.n2.large'] });
    expect(jdImageConstraintFacts(CONSTRAINTS, 'g.s1.micro')).toEqual({ supportedInstanceTypes: [] });
    expect(jdImageConstraintFacts(CONSTRAINTS)).toEqual({});
  });

  it('reads an includes list as the supported types', () => {
    const includes = { imageInstanceTypeConstraint: { constraintsType: 'includes', instanceTypes: ['g.n2.large'] } };
    expect(jdImageConstraintFacts(includes, 'g.n2.medium')).toEqual({ supportedInstanceTypes: ['g.n2.large'] });
  });

  it('says nothing for a private image (no constraint) or an unknown constraint type', () => {
    expect(jdImageConstraintFacts({}, 'g.n2.medium')).toEqual({});
    expect(jdImageConstraintFacts({ imageInstanceTypeConstraint: { constraintsType: 'other', instanceTypes: [] } }, 'g.n2.medium')).toEqual({});
  });
});
