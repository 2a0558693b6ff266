import type { PathSegment, VendorError } from '../errors/issue.ts';
import type { Finding } from '../rules/finding.ts';
import type { Facts } from './facts.ts';

/** Preflight finding interface: a precondition the request would break, with the vendor's answer. */
export interface PreflightFinding {
  /** The finding. */
  readonly finding: Finding;
  /** The wire path of the parameter the fix belongs to; `[]` when it is the instance or image itself. */
  readonly path: readonly PathSegment[];
  /** What the vendor's server answers. */
  readonly vendor?: VendorError;
}

/** A preflight rule: payload and facts in, the preconditions the request would break out. Silent without its facts. */
export type PreflightRule = (payload: Readonly<Record<string, unknown>>, facts: Facts) => readonly PreflightFinding[];
