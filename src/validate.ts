import type { Os } from './rules/finding.ts';
import type { Issue, Lang, Report } from './errors/issue.ts';
import type { MessageTable } from './errors/messages/types.ts';
import type { Checker, LocatedFinding } from './schemas/build/types.ts';
import type { ApiSpec } from './schemas/spec/api.ts';
import { apis, type ApiId } from './apis.ts';
import { createChecker } from './schemas/build/createChecker.ts';
import { en } from './errors/messages/en.ts';
import { zhCN } from './errors/messages/zhCN.ts';
import { toIssue } from './errors/toIssue.ts';
import { vendorCodeFor } from './schemas/spec/vendorCodeFor.ts';

/** Facts interface: what a tool already knows about the instance and the target image. */
export interface Facts {
  /** The instance being reset. */
  readonly instance?: {
    readonly state?: string;
    readonly os?: Os;
    readonly systemDisk?: {
      readonly category?: 'local' | 'cloud';
      readonly type?: string;
      readonly sizeGB?: number;
      readonly encrypted?: boolean;
    };
    readonly instanceType?: string;
    readonly region?: string;
  };
  /** The target image (or the current one when the payload names none). */
  readonly image?: {
    readonly os?: Os;
    readonly category?: string;
    readonly rootDeviceType?: 'localDisk' | 'cloudDisk';
    readonly sizeGB?: number;
    readonly status?: string;
    readonly encrypted?: boolean;
    readonly source?: 'public' | 'custom' | 'shared' | 'marketplace' | 'imported';
    readonly supportedInstanceTypes?: readonly string[];
    readonly supportsPassword?: boolean;
    readonly supportsKeyPair?: boolean;
    readonly supportsAgent?: boolean;
  };
}

/** Validate options interface. */
export interface ValidateOptions {
  /** The target image's OS; absent = unknown (OS-dependent rules run for both). */
  readonly os?: Os;
  /** The message language (default `en`). */
  readonly lang?: Lang;
  /** What is known about the instance and image; `facts.image.os`, else `facts.instance.os`, stands in for `os`. */
  readonly facts?: Facts;
}

const TABLES: Readonly<Record<Lang, MessageTable>> = { en, 'zh-CN': zhCN };

const checkers = new Map<string, { readonly api: ApiSpec; readonly check: Checker }>();

function entryFor(id: string): { readonly api: ApiSpec; readonly check: Checker } {
  const cached = checkers.get(id);
  if (cached) return cached;
  const api = apis.find((candidate) => candidate.id === id);
  if (!api) throw new TypeError(`Unknown API id "${String(id)}". Known ids: ${apis.map((known) => known.id).join(', ')}.`);
  const entry = { api, check: createChecker(api.payload) };
  checkers.set(id, entry);
  return entry;
}

/** A payload whose own getters throw (a Proxy, say) is not JSON; report it rather than throw. */
function run(check: Checker, payload: unknown, os: Os | undefined): LocatedFinding[] {
  try {
    return check(payload, { os });
  } catch {
    return [{ finding: { rule: 'parameter/type', params: { expected: 'object' } }, path: [] }];
  }
}

/**
 * Validates a request payload against one vendor API's documented rules.
 * Never throws on any payload and never mutates it.
 *
 * @example
 * ```ts
 * import { validate } from 'instance-preflight';
 *
 * const report = validate('tencent.cvm.ResetInstance', {
 *   InstanceId: 'ins-r8hr2upy',
 *   LoginSettings: { Password: 'short' },
 * }, { os: 'linux' });
 * // report.ok === false; report.issues[0].rule === 'password/length'
 * ```
 *
 * @param api The API id, e.g. `tencent.cvm.ResetInstance`.
 * @param payload The request parameters as the vendor SDK models them.
 * @param options The OS, message language and known facts.
 *
 * @returns The report: every issue, with rule id, wire path, message and vendor code.
 *
 * @throws {TypeError} When `api` is not a known API id (a programming error, not bad data).
 */
export function validate<TApi extends ApiId>(api: TApi, payload: unknown, options: ValidateOptions = {}): Report<TApi> {
  const entry = entryFor(api);
  const os = options.os ?? options.facts?.image?.os ?? options.facts?.instance?.os;
  const table = TABLES[options.lang ?? 'en'] ?? en;
  const issues: Issue[] = [];
  let ok = true;
  for (const { finding, path } of run(entry.check, payload, os)) {
    const issue = toIssue(finding, path, table, vendorCodeFor(entry.api.payload, finding.rule, path));
    if (issue.severity === 'error') ok = false;
    issues.push(issue);
  }
  return { api, ok, issues };
}
