import type { LocatedFinding } from './types.ts';
import { typeFinding } from './structuralFindings.ts';

/**
 * Runs one read of a payload behind the guard every entry point shares: a
 * payload whose getters throw, a revoked Proxy or a trap that throws is not
 * JSON, so it is the finding "use a JSON object here" at `[]`, never a throw.
 *
 * @param read The read: a checker call, a form decoding, the preflight pass.
 * @param expected The JSON type the message asks for (`object`, or `query` for a form request).
 *
 * @returns What `read` returns, or that one finding when it throws.
 */
export function guarded<TFinding extends LocatedFinding>(read: () => TFinding[], expected = 'object'): (TFinding | LocatedFinding)[] {
  try {
    return read();
  } catch {
    return [{ finding: typeFinding(expected), path: [] }];
  }
}
