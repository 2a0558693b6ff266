import type { ImageFacts } from '../../../facts/types.ts';
import type { JdImageConstraint } from './types.ts';

/**
 * Creates the image facts a JD Cloud VM `describeImageConstraints` result's
 * `imageConstraints` gives: the instance types the image supports. An
 * `includes` list is that list; an `excludes` list says something only about
 * a known instance type (supported unless listed). Private images have no constraint.
 *
 * @example
 * ```ts
 * import { jdImageConstraintFacts } from 'instance-preflight/facts';
 *
 * jdImageConstraintFacts({ imageInstanceTypeConstraint: { constraintsType: 'excludes', instanceTypes: ['g.n2.medium'] } }, 'g.n2.medium');
 * // { supportedInstanceTypes: [] }
 * ```
 *
 * @param constraint `result.imageConstraints`, as `jdcloud-sdk-js` resolves it.
 * @param instanceType The instance's type, for an `excludes` list.
 *
 * @returns `{ supportedInstanceTypes }`, or `{}` when the constraint says nothing about this instance.
 */
export function jdImageConstraintFacts(constraint: JdImageConstraint, instanceType?: string): Pick<ImageFacts, 'supportedInstanceTypes'> {
  const rule = constraint.imageInstanceTypeConstraint;
  const types = Array.isArray(rule?.instanceTypes) ? rule.instanceTypes.filter((item): item is string => typeof item === 'string') : undefined;
  if (types === undefined) return {};
  if (rule?.constraintsType === 'includes') return { supportedInstanceTypes: types };
  if (rule?.constraintsType === 'excludes' && instanceType !== undefined) {
    return { supportedInstanceTypes: types.includes(instanceType) ? [] : [instanceType] };
  }
  return {};
}
