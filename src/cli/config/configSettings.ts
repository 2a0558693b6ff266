import type { Os } from '../../rules/finding.ts';
import type { LoadedConfig } from './loadConfig.ts';
import { configMatcher } from './applyConfig.ts';

/** Config settings interface: the API and OS a config gives one file. */
export interface ConfigSettings {
  /** The API id. */
  readonly api?: string;
  /** The target OS. */
  readonly os?: Os;
}

/**
 * Creates the per-file lookup of a config's API and OS: the top-level defaults, then every matching
 * override in order (a later override wins).
 *
 * @param loaded The config.
 *
 * @returns The settings of a file by absolute path (`undefined`, standard input, matches no override).
 */
export function configSettings(loaded: LoadedConfig): (path: string | undefined) => ConfigSettings {
  const overrides = (loaded.config.overrides ?? []).map((override) => ({ ...override, matches: configMatcher(override.files, loaded.dir) }));
  return (path) => {
    let api = loaded.config.api;
    let os = loaded.config.os;
    for (const override of overrides) {
      if (!override.matches(path)) continue;
      api = override.api ?? api;
      os = override.os ?? os;
    }
    return { ...(api ? { api } : {}), ...(os ? { os } : {}) };
  };
}
