import { fc } from '@fast-check/vitest';
import { expect } from 'vitest';
import type { ApiId, Report, ValidateOptions } from '../../../src/index.ts';
import { validate } from '../../../src/validate.ts';

/** Any JSON-like value, including null-prototype objects, the shapes `validate` must survive. */
export const anyValue = fc.anything({ withNullPrototype: true, withObjectString: true, maxDepth: 6 });

/**
 * Validates a payload and asserts the invariants every call keeps: a report
 * comes back (nothing thrown) and the payload is left as it was.
 *
 * @param api The API id.
 * @param payload The payload.
 * @param options The validate options.
 *
 * @returns The report.
 */
export function validateUnchanged(api: ApiId, payload: unknown, options: ValidateOptions): Report {
  const before = structuredClone(payload);
  const report = validate(api, payload, options);
  expect(typeof report.ok).toBe('boolean');
  expect(payload).toEqual(before);
  return report;
}
