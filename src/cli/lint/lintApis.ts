import type { ApiSpec } from '../../engine/spec/api.ts';
import type { ValidationEntry } from '../../runValidation.ts';
import { apis } from '../../apis.ts';
import { createChecker } from '../../engine/createChecker.ts';
import { suggestName } from '../../engine/spec/suggestName.ts';
import { isShowableKey } from '../../errors/isShowableKey.ts';

/** Lint APIs interface: the APIs a run lints against, the package's and those a config's `apis` modules define. */
export interface LintApis {
  /** Every API, the package's first, then the config's in the order its modules named them. */
  readonly all: readonly ApiSpec[];
  /** Their ids, in the same order (the candidates of `lint/api-unknown`, the "did you mean" pool). */
  readonly ids: readonly string[];
  /** Every API by its id (the first of `all` with it). */
  readonly byId: ReadonlyMap<string, ApiSpec>;
  /** The config's APIs by id, each with its checker, built once. */
  readonly external: ReadonlyMap<string, ValidationEntry>;
  /** Every parameter name of every API (and `$api`), split at dots: the names a pointer may show, as they are public. */
  readonly publicNames: ReadonlySet<string>;
}

/** The parameter names of an API's about text, split at dots, list markers dropped. */
const namesOf = (api: ApiSpec): string[] => Object.keys(api.about.fields).flatMap((key) => key.split('.').map((segment) => segment.replace(/\[\]$/, '')));

/**
 * Creates the APIs of a run: the package's, plus the records a config's `apis` modules export (their
 * checkers are built here, once, as `createValidator` builds one).
 *
 * @param external The config's API records, checked to be records with ids the package does not use.
 *
 * @returns The APIs.
 */
export function lintApis(external: readonly ApiSpec[]): LintApis {
  const all: readonly ApiSpec[] = [...apis, ...external];
  return {
    all,
    ids: all.map((api) => api.id),
    byId: new Map(all.toReversed().map((api) => [api.id, api])),
    external: new Map(external.map((api) => [api.id, { api, check: createChecker(api.payload, { suggest: suggestName, quote: isShowableKey }) }])),
    publicNames: new Set(['$api', ...all.flatMap(namesOf)]),
  };
}

/** The package's APIs only: a run without a config, or with a config that names no `apis`. */
export const BUILT_IN_APIS: LintApis = lintApis([]);
