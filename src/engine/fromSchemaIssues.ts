import type * as v from 'valibot';
import type { Severity } from '../rules/finding.ts';
import type { RuleId } from '../rules/ruleId.ts';
import type { Issue, PathSegment } from '../errors/issue.ts';
import type { ApiSpec } from './spec/api.ts';
import { predictsVendorCode } from '../errors/predictsVendorCode.ts';
import { vendorCodeFor } from './spec/vendorCodeFor.ts';
import { TYPE_RULE } from './structuralFindings.ts';

/**
 * Maps the issues of a schema built by `createSchema` to the library's
 * `Issue` model, with the vendor's error code, so a form and `validate()`
 * report alike. Valibot's own type issues (`string`, `number`, `array` ...)
 * become `parameter/type` errors. It takes the API record, not the payload
 * spec: the vendor codes live in its `about` object, which form bundles leave out.
 *
 * @param api The API the schema was built for, e.g. `TENCENT_RESET_INSTANCE`.
 * @param issues The valibot issues.
 *
 * @returns The issues.
 */
export function fromSchemaIssues(api: ApiSpec, issues: readonly v.BaseIssue<unknown>[]): Issue[] {
  return issues.map((issue) => {
    const { rule = TYPE_RULE, severity = 'error', demoted } = issue as { rule?: RuleId; severity?: Severity; demoted?: true };
    const path: PathSegment[] = (issue.path ?? []).map((item) => item.key as PathSegment);
    const vendor = predictsVendorCode(demoted ? { severity, demoted } : { severity }) ? vendorCodeFor(api.about, rule, path) : undefined;
    const mapped: Issue = { rule, severity, path, message: issue.message };
    return vendor ? { ...mapped, vendor } : mapped;
  });
}
