import type { PreflightRule } from '../../../preflight/types.ts';
import { HUAWEI_PRECONDITION_ERRORS } from '../policies.ts';

/**
 * Huawei system-disk rule: "You are not allowed to reinstall the OS of an ECS that does not have the system
 * disk" / "Only an ECS with a system disk supports changing OS" (every revision, both versions), else 400
 * `Ecs.0105` "No system disk found" (docs/vendors/huawei.md#system-disk). Needs `facts.instance.hasSystemDisk`.
 *
 * @param _payload The payload (unused: the disk is a fact).
 * @param facts The facts.
 *
 * @returns The finding, when the instance has no system disk.
 */
export const checkHuaweiSystemDisk: PreflightRule = (_payload, facts) =>
  facts.instance?.hasSystemDisk === false ? [{ finding: { rule: 'preflight/system-disk', params: {} }, path: [], vendor: HUAWEI_PRECONDITION_ERRORS.systemDisk }] : [];
