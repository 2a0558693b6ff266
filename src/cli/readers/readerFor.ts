import type { Reader } from '../types.ts';
import { readJson } from './readJson.ts';
import { readQueryLines } from './readQueryLines.ts';

/**
 * Chooses the reader of a file by its extension: `.json`; `.yaml` / `.yml`; `.txt` / `.url` (request
 * lines). Standard input and other extensions are read as JSON when the text starts with `{` or `[`,
 * else as YAML.
 *
 * @param path The file path (`-` for standard input).
 * @param text The file text.
 *
 * @returns The reader (the YAML one is loaded on first use: the `yaml` library is the CLI's largest import).
 */
export async function readerFor(path: string, text: string): Promise<Reader> {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  if (extension === 'json') return readJson;
  if (extension === 'yaml' || extension === 'yml') return (await import('./readYaml.ts')).readYaml;
  if (extension === 'txt' || extension === 'url') return readQueryLines;
  return /^\uFEFF?\s*[[{]/.test(text) ? readJson : (await import('./readYaml.ts')).readYaml;
}
