import type { PreflightFinding, PreflightRule } from '../../../preflight/types.ts';
import { ALIBABA_LOCK_REASONS } from '../policies.ts';

/**
 * Alibaba instance-lock rule: a lock in `OperationLocks` the sources tie to a
 * refusal, one warning per lock. A `security` lock: the API page says the
 * system disk cannot be replaced (`InstanceLockedForSecurity`), the older
 * revisions of "API behavior when an instance is locked for security
 * reasons" say `ReplaceSystemDisk` is unaffected; a `financial` (or
 * `dedicatedhostfinancial`) lock is an overdue payment, which the error table
 * answers with `InstanceExpiredOrInArrears`, by inference only. Both are
 * disputed, so each is a warning and predicts no vendor code. Other reasons
 * (`Recycling`, `refunded`) no source ties to this API: no finding.
 * Needs `facts.instance.locks`.
 *
 * @param _payload The payload (unused: the locks are a fact).
 * @param facts The facts.
 *
 * @returns A warning per lock that may refuse the request.
 */
export const checkAlibabaInstanceLock: PreflightRule = (_payload, facts) => {
  const out: PreflightFinding[] = [];
  for (const lock of facts.instance?.locks ?? []) {
    const reason = Object.hasOwn(ALIBABA_LOCK_REASONS, lock) ? ALIBABA_LOCK_REASONS[lock] : undefined;
    if (reason !== undefined && !out.some((found) => found.finding.params?.['reason'] === reason)) {
      out.push({ finding: { rule: 'preflight/instance-lock', severity: 'warning', params: { reason } }, path: [] });
    }
  }
  return out;
};
