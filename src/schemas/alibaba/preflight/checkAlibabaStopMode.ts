import type { PreflightRule } from '../../../preflight/types.ts';
import { ALIBABA_ECONOMICAL_STOP_MODE } from '../policies.ts';

/**
 * Alibaba stop-mode rule: a pay-as-you-go VPC instance stopped in economical
 * mode (`StoppedMode` `StopCharging`) has released its vCPUs and memory; the
 * API page asks to stop it in standard mode first, so that it can restart
 * after the system disk is replaced. Advice, not a rejection: a warning, no
 * code. Needs `facts.instance.stopMode`.
 *
 * @param _payload The payload (unused: the stop mode is a fact).
 * @param facts The facts.
 *
 * @returns The warning, if the instance was stopped in economical mode.
 */
export const checkAlibabaStopMode: PreflightRule = (_payload, facts) =>
  facts.instance?.stopMode === ALIBABA_ECONOMICAL_STOP_MODE ? [{ finding: { rule: 'preflight/stop-mode', severity: 'warning' }, path: [] }] : [];
