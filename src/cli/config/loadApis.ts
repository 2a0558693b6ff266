import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as v from 'valibot';
import type { ApiSpec } from '../../engine/spec/api.ts';
import { apis } from '../../apis.ts';
import { escapeText, MAX_PATH_SHOWN } from '../formatters/escapeText.ts';
import { ApiRecordSchema } from './apiRecordSchema.ts';

/** A module's problem, said at its entry of `apis` (`index`): a config error line. */
export interface ApiModuleProblem {
  /** The entry's index in `apis`. */
  readonly index: number;
  /** What is wrong, quoting no value the module holds. */
  readonly message: string;
}

/** Loaded APIs interface: the API records the config's modules export, or what is wrong with them. */
export type LoadedApis = { readonly records: readonly ApiSpec[] } | { readonly problems: readonly ApiModuleProblem[] };

const BUILT_IN_IDS: ReadonlySet<string> = new Set(apis.map((api) => api.id));

/** A load failure's error code (`ERR_MODULE_NOT_FOUND`) or class (`SyntaxError`): never its message, which may quote the module's source. */
function failureOf(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code === 'string' && /^[A-Z][A-Z0-9_]{0,63}$/.test(code)) return code;
  const name = error instanceof Error ? error.name : '';
  return /^[A-Za-z]\w{0,63}$/.test(name) ? name : 'error';
}

/** An export that means to be an API record: an object with an `id` and a `payload`. */
const isCandidate = (value: unknown): value is object => typeof value === 'object' && value !== null && 'id' in value && 'payload' in value;

/** The record candidates among a module's exports (each export, or each element of an exported list), each once. */
function candidatesOf(namespace: Readonly<Record<string, unknown>>): { readonly name: string; readonly value: object }[] {
  const seen = new Set<object>();
  const found: { name: string; value: object }[] = [];
  for (const [name, exported] of Object.entries(namespace)) {
    const values = Array.isArray(exported) ? exported.map((value, at) => ({ name: `${name}[${at}]`, value })) : [{ name, value: exported }];
    for (const { name: shown, value } of values) {
      if (!isCandidate(value) || seen.has(value)) continue;
      seen.add(value);
      found.push({ name: shown, value });
    }
  }
  return found;
}

/**
 * Loads the API modules a config's `apis` names (paths relative to the config file): each is imported, and
 * every export that is an API record (or a list of them), as `instance-preflight/define` builds them, is
 * checked for the structure the linter relies on. A module that cannot be loaded, exports no record, or
 * exports a malformed one, and an id the package or another module already uses, are problems: each says
 * which entry, and none quotes the module's source, values or error messages (they may hold secrets).
 *
 * @param entries The config's `apis` entries.
 * @param dir The config file's directory.
 *
 * @returns The records, in the order of the entries and their exports, or the problems.
 */
export async function loadApis(entries: readonly string[], dir: string): Promise<LoadedApis> {
  const records: ApiSpec[] = [];
  const problems: ApiModuleProblem[] = [];
  const owners = new Map<string, number>();
  for (const [index, entry] of entries.entries()) {
    const shown = `"${escapeText(entry, MAX_PATH_SHOWN)}"`;
    let namespace: Readonly<Record<string, unknown>>;
    try {
      namespace = (await import(pathToFileURL(resolve(dir, entry)).href)) as Readonly<Record<string, unknown>>;
    } catch (error) {
      problems.push({ index, message: `cannot load the module ${shown} (${failureOf(error)}).` });
      continue;
    }
    let candidates;
    try {
      candidates = candidatesOf(namespace);
    } catch (error) {
      problems.push({ index, message: `cannot read the exports of the module ${shown} (${failureOf(error)}).` });
      continue;
    }
    if (candidates.length === 0) {
      problems.push({ index, message: `the module ${shown} exports no API record (an ApiSpec object with an "id" and a "payload", built with instance-preflight/define).` });
      continue;
    }
    for (const { name, value } of candidates) {
      const where = `the export ${escapeText(name, 200)} of ${shown}`;
      let result;
      try {
        result = v.safeParse(ApiRecordSchema, value);
      } catch (error) {
        // A getter or a proxy of the module's own.
        problems.push({ index, message: `${where} cannot be read (${failureOf(error)}).` });
        continue;
      }
      if (!result.success) {
        const [issue] = result.issues;
        const path = (issue.path ?? []).map((item) => String(item.key)).join('.');
        problems.push({ index, message: `${where} is not a valid API record: ${path ? `${escapeText(path, 200)}: ` : ''}${issue.message}` });
        continue;
      }
      const { id } = result.output;
      const owner = owners.get(id);
      if (BUILT_IN_IDS.has(id) || owner !== undefined) {
        problems.push({ index, message: `${where} defines the API id "${id}", which ${owner === undefined ? 'the package defines' : `apis.${owner} defines`} already: give it an id of its own.` });
        continue;
      }
      owners.set(id, index);
      records.push(value as ApiSpec);
    }
  }
  return problems.length > 0 ? { problems } : { records };
}
