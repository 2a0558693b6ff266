import type { Reader } from '../types.ts';
import { readJson } from './readJson.ts';
import { readQueryLines } from './readQueryLines.ts';
import { readYaml } from './readYaml.ts';

/**
 * Chooses the reader of a file by its extension: `.json`; `.yaml` / `.yml`; `.txt` / `.url` (request
 * lines). Standard input and other extensions are read as JSON when the text starts with `{` or `[`,
 * else as YAML.
 *
 * @param path The file path (`-` for standard input).
 * @param text The file text.
 *
 * @returns The reader.
 */
export function readerFor(path: string, text: string): Reader {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  if (extension === 'json') return readJson;
  if (extension === 'yaml' || extension === 'yml') return readYaml;
  if (extension === 'txt' || extension === 'url') return readQueryLines;
  return /^\uFEFF?\s*[[{]/.test(text) ? readJson : readYaml;
}
