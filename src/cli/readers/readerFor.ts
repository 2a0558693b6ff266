import type { Reader } from '../types.ts';
import { readJson } from './readJson.ts';
import { readQueryLines } from './readQueryLines.ts';

/** The YAML reader once it is loaded. */
let yaml: Reader | undefined;

/** Imports the YAML reader and keeps it for the files after. */
async function loadYaml(): Promise<Reader> {
  yaml = (await import('./readYaml.ts')).readYaml;
  return yaml;
}

/**
 * Chooses the reader of a file by its extension: `.json`; `.yaml` / `.yml`; `.txt` / `.url` (request
 * lines). Standard input and other extensions are read as JSON when the text starts with `{` or `[`,
 * else as YAML.
 *
 * @param path The file path (`-` for standard input).
 * @param text The file text.
 *
 * @returns The reader, or the promise of the YAML one before its first use (the `yaml` library is the CLI's
 * largest import). A loaded reader is returned as it is, so a run awaits nothing per file.
 */
export function readerFor(path: string, text: string): Reader | Promise<Reader> {
  // The common case, told without slicing and lower-casing the name.
  if (path.endsWith('.json')) return readJson;
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  if (extension === 'json') return readJson;
  if (extension === 'txt' || extension === 'url') return readQueryLines;
  if (extension === 'yaml' || extension === 'yml' || !/^\uFEFF?\s*[[{]/.test(text)) return yaml ?? loadYaml();
  return readJson;
}
