import type { PreflightRule } from '../../../preflight/types.ts';
import { ALIBABA_UNPAID_ORDER_CODE } from '../policies.ts';
import { alibabaError } from './alibabaError.ts';

/**
 * Alibaba unpaid-order rule: the instance may have no unpaid order (every
 * revision of the API page), else 403 `OperationDenied.UnpaidOrder` (the newer
 * of the error table's two codes; the older is `INST_HAS_UNPAID_ORDER`). No
 * describe response says so: the fact is the caller's (`facts.instance.unpaidOrder`).
 *
 * @param _payload The payload (unused: the order is a fact).
 * @param facts The facts.
 *
 * @returns The finding, if the instance has an unpaid order.
 */
export const checkAlibabaUnpaidOrder: PreflightRule = (_payload, facts) =>
  facts.instance?.unpaidOrder === true ? [{ finding: { rule: 'preflight/unpaid-order' }, path: [], vendor: alibabaError(ALIBABA_UNPAID_ORDER_CODE) }] : [];
