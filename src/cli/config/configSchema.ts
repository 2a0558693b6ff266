import * as v from 'valibot';
import { RULE_IDS } from '../../errors/catalog.ts';
import { isHttpUrl } from './isHttpUrl.ts';
import { suggestApi } from '../detect/suggestApi.ts';

const FAMILIES = [...new Set(RULE_IDS.map((id) => `${id.slice(0, id.indexOf('/'))}/*`))];
const RULE_PATTERNS: readonly string[] = [...RULE_IDS, ...FAMILIES];

const isRulePattern = (value: string): boolean => RULE_PATTERNS.includes(value);
const rulePattern = v.pipe(
  v.string('Use a rule id as a string.'),
  v.check(isRulePattern, `Use a rule id (e.g. "password/length") or a family ("password/*"); families: ${FAMILIES.join(', ')}.`),
);
const globs = v.union(
  [v.pipe(v.string(), v.nonEmpty('Use a non-empty glob.')), v.pipe(v.array(v.pipe(v.string(), v.nonEmpty('Use non-empty globs.'))), v.nonEmpty('Give at least one glob.'))],
  'Use a glob or a list of globs, relative to the config file.',
);
/** The `api` value: one of the run's API ids, a mistyped one answered with the nearest. */
const apiOf = (ids: readonly string[]) =>
  v.picklist(ids, (issue) => {
    const suggestion = typeof issue.input === 'string' ? suggestApi(issue.input, ids) : undefined;
    return `${suggestion ? `Did you mean "${suggestion}"? ` : ''}Use one of the API ids: ${ids.join(', ')}.`;
  });
// ESLint configs say "warn": accept it as "warning" rather than fail the run over a spelling.
const setting = v.pipe(
  v.picklist(['off', 'info', 'warn', 'warning', 'error'], 'Use "off", "info", "warning" (or "warn") or "error".'),
  v.transform((value) => (value === 'warn' ? 'warning' : value)),
);
const os = v.picklist(['linux', 'windows'], 'Use "linux" or "windows".');

/** The config's keys, as its errors list them. */
export const CONFIG_KEYS = '$schema, files, apis, api, os, docsBaseUrl, overrides, rules and ignores';

/**
 * The `apis` value: the modules that define APIs of their own, as paths relative to the config file (read
 * before the rest of the config, whose `api` values may name their APIs).
 */
export const ApisSchema = v.pipe(
  v.array(v.pipe(v.string('Use a module path as a string.'), v.nonEmpty('Use a non-empty module path.')), 'Use a list of module paths, relative to the config file, e.g. ["./acme-api.mjs"].'),
  v.nonEmpty('Give at least one module path, or leave "apis" out.'),
);

/**
 * Creates the config file schema (`.instance-preflightrc.json` / `instance-preflight.config.json`). `files`
 * names what a run without paths lints (globs relative to the config file); `api` takes the run's API ids:
 * the package's, and those of the modules `apis` names.
 *
 * @param apiIds The API ids an `api` value may name.
 *
 * @returns The schema.
 */
export const configSchema = (apiIds: readonly string[]) => {
  const api = apiOf(apiIds);
  return v.strictObject(
    {
      $schema: v.optional(v.string()),
      files: v.optional(globs),
      apis: v.optional(ApisSchema),
      api: v.optional(api),
      os: v.optional(os),
      docsBaseUrl: v.optional(v.pipe(v.string(), v.check(isHttpUrl, 'Use an absolute http or https URL, e.g. "https://github.com/owner/repo/blob/main/".'))),
      overrides: v.optional(
        v.array(
          v.strictObject(
            { files: globs, api: v.optional(api), os: v.optional(os) },
            'Use { "files": ..., "api"?: ..., "os"?: ... } with no other keys.',
          ),
        ),
      ),
      rules: v.optional(
        v.record(rulePattern, setting),
      ),
      ignores: v.optional(
        v.array(
          v.strictObject(
            {
              files: globs,
              pointer: v.optional(v.pipe(v.string(), v.regex(/^(?:\/[^/]*)*$/, 'Use a JSON Pointer such as "/LoginSettings/Password".'))),
              rule: rulePattern,
              reason: v.pipe(v.string('Give the reason for the ignore.'), v.trim(), v.nonEmpty('Give the reason for the ignore.')),
            },
            'Use { "files", "rule", "reason", "pointer"? } with no other keys; "reason" is required.',
          ),
        ),
      ),
    },
    `Use a JSON object with only the keys ${CONFIG_KEYS}.`,
  );
};

/** The validated config. */
export type Config = v.InferOutput<ReturnType<typeof configSchema>>;
