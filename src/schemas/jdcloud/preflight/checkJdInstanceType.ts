import type { PreflightRule } from '../../../preflight/types.ts';
import { pathIfGiven } from '../../../preflight/pathIfGiven.ts';
import { JD_FAILED_PRECONDITION } from '../policies.ts';

/**
 * JD instance-type rule: the image must support the instance type
 * (`DescribeImageConstraints`), else 400 `FAILED_PRECONDITION` `Image
 * constraints. Doesn't support instanceType 'xx'`. Needs the instance type and the image's supported types.
 *
 * @param payload The payload.
 * @param facts The facts.
 *
 * @returns The finding, at `imageId` when given.
 */
export const checkJdInstanceType: PreflightRule = (payload, facts) => {
  const instanceType = facts.instance?.instanceType;
  const supported = facts.image?.supportedInstanceTypes;
  if (instanceType === undefined || supported === undefined || supported.includes(instanceType)) return [];
  return [
    {
      finding: { rule: 'preflight/instance-type', params: { instanceType } },
      path: pathIfGiven(payload, 'imageId'),
      vendor: JD_FAILED_PRECONDITION,
    },
  ];
};
